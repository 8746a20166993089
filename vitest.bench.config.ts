import { defineConfig } from 'vitest/config'

// `npm run bench`: performance on a large generated dataset, printed as a table and JSON
// (also written to reports/bench.json). Kept apart from `npm test`: its files end in
// `.bench-run.ts`, which the test globs never match, and it never writes reports/vitest.json.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/bench/**/*.bench-run.ts'],
    globalSetup: ['test/bench/bench-global-setup.ts'],
    reporters: ['default'],
    testTimeout: 20 * 60_000,
    hookTimeout: 60_000,
    // One file, one fork: nothing else competes for the two cores while it measures.
    fileParallelism: false,
    disableConsoleIntercept: true,
  },
})
