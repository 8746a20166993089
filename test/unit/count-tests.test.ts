import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  countPlaywright,
  countVitest,
  missingReport,
  summaryLines,
} from '../../scripts/test-report-counts.mjs'

// The fixtures are reports captured from real runs of Vitest 5 and Playwright 1.65 (paths
// replaced by /fixture, stacks cut to their first line): see each file's `testResults`.
const fixtures = join(import.meta.dirname, 'fixtures/test-reports')
const fixture = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'))
const script = join(import.meta.dirname, '../../scripts/count-tests.mjs')

describe('counting the Vitest JSON report', () => {
  it('counts a file that fails to import, and one that throws at top level, as failed', () => {
    // The real report: 1 failed test, 1 passed, 1 skipped, and 2 files with no tests that
    // failed before any ran. numFailedTests says 1; the run had 3 failures.
    const report = fixture('vitest-import-failure.json') as { numFailedTests: number }
    expect(report.numFailedTests).toBe(1)
    const counts = countVitest(report)
    expect(counts).toMatchObject({ runner: 'vitest', passed: 1, failed: 3, skipped: 1 })
    expect(counts.notes.join()).toContain('broken-import.test.ts, throws.test.ts')
  })

  it('counts a `.only` refused in CI as a failure and the test it hid as skipped', () => {
    expect(countVitest(fixture('vitest-only-in-ci.json'))).toMatchObject({
      passed: 0,
      failed: 1,
      skipped: 1,
    })
  })

  it('counts a green run as green, todo tests as skipped', () => {
    expect(countVitest(fixture('vitest-all-passed.json'))).toEqual({
      runner: 'vitest',
      passed: 2,
      failed: 0,
      skipped: 1,
      notes: [],
    })
  })

  it('never reports green when Vitest itself says the run failed', () => {
    const report = {
      ...(fixture('vitest-all-passed.json') as object),
      success: false,
    }
    expect(countVitest(report).failed).toBe(1)
  })
})

describe('counting the Playwright JSON report', () => {
  it('counts failed tests and skipped tests', () => {
    expect(countPlaywright(fixture('playwright-one-failed.json'))).toEqual({
      runner: 'playwright',
      passed: 1,
      failed: 1,
      skipped: 1,
      notes: [],
    })
  })

  it('counts an error outside any test (a `.only` refused by forbidOnly) as a failure', () => {
    const counts = countPlaywright(fixture('playwright-only-forbidden.json'))
    expect(counts).toMatchObject({ passed: 0, failed: 1, skipped: 0 })
    expect(counts.notes).toEqual(['1 error(s) outside tests'])
  })
})

describe('the summary', () => {
  it('names each runner, then ends with the total line', () => {
    const { lines, failed } = summaryLines([
      countVitest(fixture('vitest-all-passed.json')),
      countPlaywright(fixture('playwright-one-failed.json')),
    ])
    expect(lines).toEqual([
      'vitest: 2 passed, 0 failed, 1 skipped',
      'playwright: 1 passed, 1 failed, 1 skipped',
      '3 passed, 1 failed, 2 skipped',
    ])
    expect(failed).toBe(1)
  })

  it('counts a stage that wrote no report as one failure', () => {
    expect(summaryLines([missingReport('playwright', 'e2e')]).lines.at(-1)).toBe(
      '0 passed, 1 failed, 0 skipped',
    )
  })
})

describe('scripts/count-tests.mjs', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })

  const run = (reports: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'count-tests-'))
    dirs.push(dir)
    mkdirSync(join(dir, 'reports'))
    for (const [target, source] of Object.entries(reports)) {
      copyFileSync(join(fixtures, source), join(dir, 'reports', target))
    }
    const child = spawnSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' })
    return { lines: child.stdout.trimEnd().split('\n'), status: child.status }
  }

  it('prints one line per runner and the total LAST, exiting 1 on a failure', () => {
    const { lines, status } = run({
      'vitest.json': 'vitest-import-failure.json',
      'playwright.json': 'playwright-one-failed.json',
    })
    expect(lines[0]).toMatch(/^vitest: 1 passed, 3 failed, 1 skipped \(/)
    expect(lines[1]).toBe('playwright: 1 passed, 1 failed, 1 skipped')
    expect(lines.at(-1)).toBe('2 passed, 4 failed, 2 skipped')
    expect(status).toBe(1)
  })

  it('exits 0 only when both reports exist and nothing failed', () => {
    const green = run({
      'vitest.json': 'vitest-all-passed.json',
      'playwright.json': 'playwright-all-passed.json',
    })
    expect(green.lines.at(-1)).toBe('4 passed, 0 failed, 1 skipped')
    expect(green.status).toBe(0)
    const noE2e = run({ 'vitest.json': 'vitest-all-passed.json' })
    expect(noE2e.lines).toContain(
      'playwright: 0 passed, 1 failed, 0 skipped (no report (the e2e stage did not run))',
    )
    expect(noE2e.status).toBe(1)
  })
})
