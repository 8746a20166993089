import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import { verifyDatabaseFile } from '../../electron/db/integrity'
import { sha256File } from '../../electron/services/backup/backup-files'
import type { RestoreFaults, RestoreStep } from '../../electron/services/backup/restore-files'
import { backupNowOn, openSetUpHost, sellOneOn, stockedHostProduct } from '../helpers/restore-host'
import { fixedClock, sequentialIds, TEST_ADMIN_PIN } from '../helpers/test-core'

// A restore that fails at any step must leave the app answering on its previous data, never
// dead (issue 13, "files and faults"). Each case injects one failure through the restore
// seam (`restoreFaults`), then proves: the failed call got a clear code, the till still
// answers and sells, and the data is exactly what it was.

const faults: RestoreFaults = {}
let dataDir: string
let host: CoreHost
let productId: string
let backupFile: string

const caller = () => host.currentCaller()
const live = () => host.core()!

const sell = () => sellOneOn(host, productId)
const backupNow = () => backupNowOn(host)

/** Signs the admin in with the PIN given (a reopened till starts locked). */
async function signIn(pin: string) {
  const userId = live()
    .database.raw.prepare("select id from users where role = 'admin'")
    .pluck()
    .get() as string
  const login = await host.route('auth:login', { userId, pin }, await host.currentCaller())
  if (!login.ok) throw new Error(login.message)
  return host.currentCaller()
}

const salesNow = () => live().database.raw.prepare('select count(*) from sales').pluck().get()

beforeEach(async () => {
  for (const key of Object.keys(faults)) delete faults[key as keyof RestoreFaults]
  ;({ dataDir, host } = await openSetUpHost({
    prefix: 'etalase-restore-faults-',
    clock: fixedClock(),
    ids: sequentialIds('0000bbbb'),
    restoreFaults: faults,
  }))
  productId = await stockedHostProduct(host, {
    name: 'Gantungan Getah Nyatu',
    sku: 'GN-1',
    unit: 'pcs',
    qty: 50,
  })
  await sell()
  backupFile = await backupNow()
  // Today's data has two sales more than the backup: a restore that half-happened shows.
  await sell()
  await sell()
})

afterEach(async () => {
  await host.close()
  rmSync(dataDir, { recursive: true, force: true })
})

// The wizard's admin PIN: recovery restores only with an admin PIN recorded in the backup.
const ADMIN_PIN = TEST_ADMIN_PIN
const restore = async () =>
  host.route(
    'data:restore',
    { id: `primary:${backupFile}`, ...(host.mode() === 'recovery' ? { pin: ADMIN_PIN } : {}) },
    await caller(),
  )

/** The app answers, on the previous data, intact, and can still sell. */
async function expectPreviousDataIntact(): Promise<void> {
  expect(host.mode()).toBe('ready')
  expect(await host.route('app:info', {}, await caller())).toMatchObject({ ok: true })
  expect(salesNow()).toBe(3)
  const verdict = verifyDatabaseFile(databasePath(dataDir))
  expect(verdict).toMatchObject({ ok: true, problem: null })
  expect(verdict.chain?.ok).toBe(true)
  // Reopened data starts locked: the admin signs in, then the till sells.
  await signIn(ADMIN_PIN)
  await sell()
  expect(salesNow()).toBe(4)
  // Nothing half-done is left: no staged copy, nothing stranded in the safety folder.
  expect(readdirSync(dataDir).filter((n) => n.startsWith('.restore'))).toEqual([])
  const safety = join(dataDir, 'backups', 'safety')
  expect(existsSync(safety) ? readdirSync(safety) : []).toEqual([])
  // The failed attempt is in the log of the data that answers now.
  const failed = live()
    .database.raw.prepare("select file, ok, problem from backup_runs where kind = 'restore'")
    .all()
  expect(failed).toEqual([expect.objectContaining({ file: backupFile, ok: 0 })])
}

const ioError = (code: string) => Object.assign(new Error(`injected ${code}`), { code })

describe('a failed restore leaves the app answering on its previous data', () => {
  const steps: RestoreStep[] = [
    'stage-copy',
    'stage-fsync',
    'exclusive',
    'set-aside',
    'rename',
    'fsync',
    'reopen',
  ]
  for (const step of steps) {
    it(`fails at "${step}": RESTORE_FAILED, previous data back and answering`, async () => {
      let injected = 0
      faults.beforeStep = (at) => {
        if (at !== step) return
        injected++
        throw ioError('EIO')
      }
      const result = await restore()
      expect(injected).toBe(1)
      expect(result).toMatchObject({ ok: false, code: 'RESTORE_FAILED' })
      expect(!result.ok && result.message).toContain('Data sebelumnya dibuka kembali')
      delete faults.beforeStep
      await expectPreviousDataIntact()
    })
  }

  it('USB stick pulled mid-copy (the source ends early): RESTORE_SOURCE_LOST, nothing swapped', async () => {
    const source = join(dataDir, 'backups', backupFile)
    faults.chunkBytes = 16 * 1024
    let chunks = 0
    faults.afterChunk = () => {
      // After the first chunk the stick is gone: the file reads short from here on.
      if (++chunks === 1) truncateSync(source, 16 * 1024)
    }
    const result = await restore()
    expect(chunks).toBe(1)
    expect(result).toMatchObject({ ok: false, code: 'RESTORE_SOURCE_LOST' })
    expect(!result.ok && result.message).toContain(backupFile)
    await expectPreviousDataIntact()
  })

  it('disk full while copying the backup in: RESTORE_DISK_FULL, previous data untouched', async () => {
    faults.chunkBytes = 16 * 1024
    faults.afterChunk = (copied) => {
      if (copied >= 48 * 1024) throw ioError('ENOSPC')
    }
    const result = await restore()
    expect(result).toMatchObject({ ok: false, code: 'RESTORE_DISK_FULL' })
    await expectPreviousDataIntact()
  })

  it('the restored data cannot open (written by a newer Etalase): previous data reopened', async () => {
    // A real reopen failure, not an injected one: the backup checks out (integrity, chain)
    // but carries a migration this app does not know, so startCore refuses it.
    const path = join(dataDir, 'backups', backupFile)
    const raw = new BetterSqlite3(path)
    raw
      .prepare('insert into kysely_migration (name, timestamp) values (?, ?)')
      .run('9999_from_the_future', new Date().toISOString())
    raw.close()
    const manifestPath = path.replace(/\.sqlite$/, '.json')
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sha256: string }
    manifest.sha256 = await sha256File(path)
    writeFileSync(manifestPath, JSON.stringify(manifest))

    const result = await restore()
    expect(result).toMatchObject({ ok: false, code: 'RESTORE_FAILED' })
    await expectPreviousDataIntact()
  })

  it('keeps answering parallel calls while a restore fails under them', async () => {
    faults.beforeStep = (at) => {
      if (at === 'rename') throw ioError('EIO')
    }
    const pings = Array.from({ length: 20 }, async () => host.route('app:info', {}, await caller()))
    const [result, ...answers] = await Promise.all([restore(), ...pings])
    expect(result).toMatchObject({ ok: false, code: 'RESTORE_FAILED' })
    expect(answers.every((a) => a.ok)).toBe(true)
    delete faults.beforeStep
    await expectPreviousDataIntact()
  })

  it('still restores when nothing fails (the seam itself changes nothing)', async () => {
    const seen: RestoreStep[] = []
    faults.beforeStep = (at) => {
      seen.push(at)
    }
    expect(await restore()).toMatchObject({ ok: true, data: { restoredFrom: backupFile } })
    expect(seen).toEqual([
      'stage-copy',
      'stage-fsync',
      'exclusive',
      'set-aside',
      'rename',
      'fsync',
      'reopen',
    ])
    expect(salesNow()).toBe(1)
  })
})

describe('a failed restore out of recovery mode stays in recovery', () => {
  it('answers from the recovery core after the swap failed, and a retry restores', async () => {
    // Recovery restores only with an admin PIN recorded in the backup: the wizard's admin has one.
    const backup = await host.route('data:backupNow', {}, await signIn(ADMIN_PIN))
    if (!backup.ok) throw new Error(backup.message)
    backupFile = (backup.data as { file: string }).file
    await host.close()
    const file = databasePath(dataDir)
    writeFileSync(file, Buffer.alloc(8192, 0x41))
    rmSync(`${file}-wal`, { force: true })
    rmSync(`${file}-shm`, { force: true })
    host = await openCoreHost({
      dataDir,
      version: 'test',
      clock: fixedClock(),
      restoreFaults: faults,
    })
    expect(host.mode()).toBe('recovery')
    faults.beforeStep = (at) => {
      if (at === 'rename') throw ioError('EIO')
    }
    const failed = await restore()
    expect(failed).toMatchObject({ ok: false, code: 'RESTORE_FAILED' })
    expect(host.mode()).toBe('recovery')
    expect(await host.route('data:recovery', {}, await caller())).toMatchObject({
      ok: true,
      data: { mode: 'recovery' },
    })
    delete faults.beforeStep
    expect(await restore()).toMatchObject({ ok: true })
    expect(host.mode()).toBe('ready')
    expect(salesNow()).toBe(3)
  })
})

describe('a restore never pulls the database from under another process', () => {
  it('another process reading the live file (WAL): RESTORE_BUSY, its WAL and our data untouched', async () => {
    const file = databasePath(dataDir)
    // A second program on the same file that got past the folder lock (an old build, a DB
    // browser, `npm run verify`): it holds a read transaction open on the WAL.
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(file)}, { readonly: true });
         db.exec('begin'); db.prepare('select count(*) from sales').get();
         process.stdout.write('READING\\n'); setInterval(() => {}, 60000)`,
      ],
      { stdio: ['ignore', 'pipe', 'pipe'], cwd: process.cwd() },
    )
    try {
      await new Promise<void>((resolve, reject) => {
        reader.stdout.on('data', (c: Buffer) => c.toString().includes('READING') && resolve())
        reader.on('exit', (code) => reject(new Error(`reader exited ${code}`)))
      })
      expect(existsSync(`${file}-wal`)).toBe(true)
      const result = await restore()
      expect(result).toMatchObject({ ok: false, code: 'RESTORE_BUSY' })
      expect(existsSync(`${file}-wal`)).toBe(true)
      await expectPreviousDataIntact()
    } finally {
      reader.kill('SIGKILL')
    }
  })
})
