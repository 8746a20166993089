import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [react()],
  test: {
    // A `.only` left in a test would make CI run one test and report green. (Vitest's default
    // is the same, via std-env's CI detection; stated here so it cannot drift.)
    allowOnly: !process.env.CI,
    reporters: ['default', ['json', { outputFile: 'reports/vitest.json' }]],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/unit/**/*.test.ts',
            'test/integration/**/*.test.ts',
            'test/drills/**/*.test.ts',
          ],
          testTimeout: 30_000,
          // A test core now passes the first-run wizard (a scrypt PIN hash) in beforeEach: on a
          // loaded machine that outgrows the default 10 s hook bound.
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'jsdom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/helpers/jsdom-setup.ts'],
        },
      },
    ],
  },
})
