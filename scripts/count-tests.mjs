// Sums the JSON reports of Vitest and Playwright into the lines CI prints: one per runner,
// then `N passed, N failed, N skipped`, which must stay the LAST line `.ci/run` prints.
// The counting rules are in test-report-counts.mjs (unit-tested with real reports).
import { existsSync, readFileSync } from 'node:fs'
import { countPlaywright, countVitest, missingReport, summaryLines } from './test-report-counts.mjs'

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)

const vitest = read('reports/vitest.json')
const playwright = read('reports/playwright.json')

const { lines, failed } = summaryLines([
  vitest ? countVitest(vitest) : missingReport('vitest', 'unit/integration'),
  playwright ? countPlaywright(playwright) : missingReport('playwright', 'e2e'),
])
for (const l of lines) console.log(l)
process.exit(failed > 0 ? 1 : 0)
