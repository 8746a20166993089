// Counts from the JSON reports the two test runners write, read the way they REALLY write
// them (Vitest 5's JsonReporter, Playwright's json reporter). Pure functions, so the counting
// rules have their own unit test (test/unit/count-tests.test.ts) with reports captured from
// real runs.

import { basename } from 'node:path'

/**
 * Vitest: `numFailedTests` counts failed tests only. A file that fails before any test runs
 * (an import that does not resolve, a throw at top level, a crashed worker, a failing
 * `afterAll`) has `status: "failed"` in `testResults` and no failed test in it, so it
 * would vanish from `numFailedTests`: each such file counts as one failure here.
 */
export function countVitest(report) {
  const notes = []
  let failed = report.numFailedTests
  const filesFailedOutsideTests = report.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  )
  if (filesFailedOutsideTests.length > 0) {
    failed += filesFailedOutsideTests.length
    notes.push(
      `${filesFailedOutsideTests.length} file(s) failed outside any test: ` +
        filesFailedOutsideTests.map((f) => basename(f.name)).join(', '),
    )
  }
  // The reporter's own verdict (e.g. no test files at all): never let it say green.
  if (report.success === false && failed === 0) {
    failed = 1
    notes.push('the report says success: false without a failed test or file')
  }
  return {
    runner: 'vitest',
    passed: report.numPassedTests,
    failed,
    skipped: report.numPendingTests + report.numTodoTests,
    notes,
  }
}

/**
 * Playwright: `stats.unexpected` counts failed tests; errors outside tests (a config or spec
 * that does not load, a `.only` refused by `forbidOnly`) are in the top-level `errors` array.
 * A flaky test passed on retry and counts as passed.
 */
export function countPlaywright(report) {
  const s = report.stats
  const errors = report.errors ?? []
  const notes = errors.length > 0 ? [`${errors.length} error(s) outside tests`] : []
  return {
    runner: 'playwright',
    passed: s.expected + s.flaky,
    failed: s.unexpected + errors.length,
    skipped: s.skipped,
    notes,
  }
}

/** A missing report means that stage never ran: one failure, so a broken run never looks green. */
export function missingReport(runner, stage) {
  return {
    runner,
    passed: 0,
    failed: 1,
    skipped: 0,
    notes: [`no report (the ${stage} stage did not run)`],
  }
}

const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`

/** One line per runner, then the total — the total is always the LAST line (CI reads it). */
export function summaryLines(counts) {
  const total = { passed: 0, failed: 0, skipped: 0 }
  const lines = counts.map((c) => {
    total.passed += c.passed
    total.failed += c.failed
    total.skipped += c.skipped
    return `${c.runner}: ${line(c)}` + (c.notes.length > 0 ? ` (${c.notes.join('; ')})` : '')
  })
  return { lines: [...lines, line(total)], failed: total.failed }
}
