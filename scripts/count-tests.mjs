// Sums the JSON reports of Vitest and Playwright into the one line CI reads:
// `N passed, N failed` (plus skipped). A missing report means that stage never ran;
// it is counted as one failure so a broken run can never look green.
import { existsSync, readFileSync } from 'node:fs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

let passed = 0
let failed = 0
let skipped = 0

const vitest = read('reports/vitest.json')
if (vitest) {
  passed += vitest.numPassedTests
  failed += vitest.numFailedTests + (vitest.numRuntimeErrorTestSuites ?? 0)
  skipped += vitest.numPendingTests + vitest.numTodoTests
} else {
  console.log('vitest: no report (the unit/integration stage did not run)')
  failed += 1
}

const playwright = read('reports/playwright.json')
if (playwright) {
  const s = playwright.stats
  passed += s.expected + s.flaky
  failed += s.unexpected + (playwright.errors?.length ?? 0)
  skipped += s.skipped
} else {
  console.log('playwright: no report (the e2e stage did not run)')
  failed += 1
}

console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(failed > 0 ? 1 : 0)
