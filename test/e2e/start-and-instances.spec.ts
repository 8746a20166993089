import { spawn, type ChildProcess } from 'node:child_process'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { expect, test } from '@playwright/test'
import { apiCall } from './support/api'
import { electronBinary } from './support/electron-binary'
import { startWebApp } from './support/web-app'

// The shells as a person starts them: `npm start` where Electron cannot run, and a second
// start on a data folder that is already in use.

const SERVER = join(process.cwd(), 'out', 'main', 'web.js')

interface Run {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function run(command: string, args: string[], detached = false): Run {
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    // No rebuild inside the suite: other specs serve out/ meanwhile (scripts/start.ts).
    env: { ...process.env, ETALASE_WEB_TOKEN: undefined, ETALASE_START_NO_BUILD: '1' },
    detached,
  })
  let out = ''
  let err = ''
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()))
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve))
  return { child, stdout: () => out, stderr: () => err, exited }
}

const readyOf = (text: string) => {
  const line = text.split('\n').find((l) => l.startsWith('ETALASE_WEB_READY '))
  return line
    ? (JSON.parse(line.slice('ETALASE_WEB_READY '.length)) as {
        url: string
        port: number
        token: string
      })
    : null
}

test.describe('npm start without Electron', () => {
  const binary = electronBinary()
  const reason =
    'Electron is installed here, so `npm start` opens Electron instead of browser mode.'
  if (binary) console.log(`[npm start spec] skipped: ${reason}`)
  test.skip(binary !== null, reason)

  test('says why in one line and serves the same app in browser mode', async ({ page }) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etalase-npm-start-'))
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
    // Its own process group, so the whole tree (npm → tsx → server) is stopped at the end.
    const start = run(
      npm,
      ['start', '--', `--data-dir=${dataDir}`, '--port=0', '--no-browser'],
      true,
    )
    try {
      await expect.poll(() => readyOf(start.stdout()), { timeout: 90_000 }).not.toBeNull()
      const notices = start
        .stdout()
        .split('\n')
        .filter((l) => l.startsWith('[etalase]'))
      expect(notices).toEqual([
        expect.stringContaining('the Electron binary is not installed here'),
      ])
      const started = readyOf(start.stdout())!
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]+$/)
      expect(start.stdout()).toContain(`Open: ${started.url}`)
      await page.goto(started.url)
      // An empty data folder: the same app opens on its first-run wizard.
      await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
      expect((await apiCall(started, 'app:info', {})).dataDir).toBe(dataDir)
    } finally {
      if (start.child.pid && start.child.exitCode === null)
        process.kill(-start.child.pid, 'SIGTERM')
      await start.exited
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(chainKeyPath(dataDir), { force: true })
    }
  })
})

test('a second browser-mode server on the same data folder is refused; the first keeps working', async ({
  page,
}) => {
  const first = await startWebApp()
  try {
    const second = run(process.execPath, [SERVER, `--data-dir=${first.dataDir}`, '--port=0'])
    expect(await second.exited).toBe(1)
    expect(readyOf(second.stdout())).toBeNull()
    expect(second.stderr()).toContain('ETALASE_START_REFUSED ALREADY_RUNNING')
    expect(second.stderr()).toContain('Etalase sudah berjalan dengan folder data ini')
    expect(second.stderr()).toContain('Etalase is already running on this data folder')

    await page.goto(first.url)
    // The first server answers its page: on its empty folder, the first-run wizard.
    await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
    expect((await apiCall(first, 'app:info', {})).dataDir).toBe(first.dataDir)
  } finally {
    await first.stop()
  }
})

test('a database from a newer Etalase stops browser mode with the message, not a stack', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'etalase-newer-'))
  try {
    const first = run(process.execPath, [SERVER, `--data-dir=${dataDir}`, '--port=0'])
    await expect.poll(() => readyOf(first.stdout()), { timeout: 20_000 }).not.toBeNull()
    first.child.kill('SIGTERM')
    await first.exited
    const db = new BetterSqlite3(join(dataDir, 'etalase.sqlite'))
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run(
      '0999_from_the_future',
      new Date().toISOString(),
    )
    db.close()

    const again = run(process.execPath, [SERVER, `--data-dir=${dataDir}`, '--port=0'])
    expect(await again.exited).toBe(1)
    expect(again.stderr()).toContain('ETALASE_START_REFUSED DATABASE_NEWER')
    expect(again.stderr()).toContain('versi Etalase yang lebih baru')
    expect(again.stderr()).toContain('newer version of Etalase')
    expect(again.stderr()).not.toMatch(/\n\s+at /)
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(chainKeyPath(dataDir), { force: true })
  }
})
