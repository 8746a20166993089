import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countPlaywright, countVitest } from '../../scripts/test-report-counts.mjs'

// Runs the REAL runners with the project's own configs, in CI mode, on throw-away test files
// in a temp folder: a `.only` must fail the run, and a file that does not import must be
// counted as a failure by the CI counter. (A few seconds: two short runner starts.)

const repo = join(import.meta.dirname, '../..')
const vitestCli = join(repo, 'node_modules/vitest/vitest.mjs')
const playwrightCli = join(repo, 'node_modules/@playwright/test/cli.js')

/** The child's environment: CI on, and none of this Vitest worker's own variables. */
function ciEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [k, v] of Object.entries(process.env)) {
    if (!k.startsWith('VITEST') && k !== 'NODE_OPTIONS' && k !== 'TEST') env[k] = v
  }
  return { ...env, CI: 'true', FORCE_COLOR: '0' }
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-guards-'))
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'), 'dir')
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe('Vitest with vitest.config.ts in CI', () => {
  it('fails a `.only`, and a file that does not import is counted as failed', () => {
    const root = join(dir, 'vitest')
    mkdirSync(join(root, 'test/unit'), { recursive: true })
    writeFileSync(
      join(root, 'test/unit/focused.test.ts'),
      "import { expect, it } from 'vitest'\n" +
        "it.only('focused', () => expect(1).toBe(1))\n" +
        "it('hidden by the only', () => expect(1).toBe(1))\n",
    )
    writeFileSync(
      join(root, 'test/unit/broken-import.test.ts'),
      "import { it } from 'vitest'\nimport { gone } from './does-not-exist'\n" +
        "it('never runs', () => void gone)\n",
    )
    const child = spawnSync(
      process.execPath,
      [vitestCli, 'run', '--config', join(repo, 'vitest.config.ts'), '--root', root],
      { cwd: repo, env: ciEnv(), encoding: 'utf8', timeout: 120_000 },
    )
    expect(child.status, child.stdout + child.stderr).toBe(1)
    expect(child.stdout + child.stderr).toContain('Unexpected .only modifier')

    const report = JSON.parse(readFileSync(join(root, 'reports/vitest.json'), 'utf8'))
    expect(countVitest(report)).toMatchObject({ passed: 0, failed: 2, skipped: 1 })
  })
})

describe('Playwright with playwright.config.ts in CI', () => {
  it('refuses a `.only` before running anything, and the counter counts it', () => {
    const specs = join(dir, 'specs')
    mkdirSync(specs)
    writeFileSync(
      join(specs, 'focused.spec.ts'),
      "import { test } from '@playwright/test'\n" +
        "test.only('focused', () => {})\ntest('hidden by the only', () => {})\n",
    )
    const reportFile = join(dir, 'playwright.json')
    const config = join(dir, 'playwright.config.ts')
    writeFileSync(
      config,
      `import base from ${JSON.stringify(join(repo, 'playwright.config.ts'))}\n` +
        `export default { ...base, testDir: ${JSON.stringify(specs)},\n` +
        `  reporter: [['json', { outputFile: ${JSON.stringify(reportFile)} }]] }\n`,
    )
    const child = spawnSync(
      process.execPath,
      [playwrightCli, 'test', '--config', config, '--list'],
      {
        cwd: repo,
        env: ciEnv(),
        encoding: 'utf8',
        timeout: 120_000,
      },
    )
    expect(child.status, child.stdout + child.stderr).toBe(1)

    const report = JSON.parse(readFileSync(reportFile, 'utf8'))
    expect(report.errors[0].message).toContain("not allowed due to the 'forbidOnly' option")
    expect(countPlaywright(report)).toMatchObject({ passed: 0, failed: 1 })
  })
})
