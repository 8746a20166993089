import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import { startCore, type Core } from '../../electron/core/start-core'
import { verifyDatabaseFile } from '../../electron/db/integrity'
import { createWorkerVerifier } from '../../electron/services/backup/worker-verifier'
import {
  callerAs,
  completeSetup,
  createTestCore,
  fixedClock,
  sequentialIds,
  TEST_ADMIN_PIN,
} from '../helpers/test-core'
import type { TestCore } from '../helpers/test-core'
import { saleId, stockedProduct } from '../helpers/builders'
import { mustAs, receiveStock } from '../helpers/receive-stock'

const sell = (core: Pick<Core, 'call'>, productId: string, qty = 1) =>
  core.call('sales:checkout', {
    id: saleId(),
    lines: [{ productId, qty }],
    payments: [{ methodId: 'tunai', amount: 15_000 * qty }],
  })

describe('backups, export and their checks', () => {
  let core: TestCore
  // A shift open: some of these sell, and every sale needs one.
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('writes a verified backup with a manifest, lists it and previews it for restore', async () => {
    const product = await stockedProduct(core, 20)
    await sell(core, product.id, 2)
    const run = await core.must('data:backupNow', {})
    expect(run).toMatchObject({ kind: 'backup', trigger: 'manual', ok: true, problem: null })
    const folder = join(core.dataDir, 'backups')
    const files = readdirSync(folder)
    expect(files.filter((f) => f.endsWith('.sqlite'))).toEqual([run.file])
    expect(files.filter((f) => f.endsWith('.json'))).toHaveLength(1)
    expect(files.some((f) => f.includes('.partial'))).toBe(false)

    const list = await core.must('data:backups', {})
    expect(list.backups).toHaveLength(1)
    const backup = list.backups[0]!
    expect(backup.verification).toMatchObject({ ok: true, problem: null })
    expect(backup.verification.chainChecked).toBeGreaterThan(0)
    expect(backup.counts?.rows.sales).toBe(1)
    expect(backup.counts?.salesTotal).toBe(30_000)
    expect(list.lastBackupAt).toBe(backup.createdAt)
    expect(list.runs[0]).toMatchObject({ kind: 'backup', ok: true })

    // A single-file copy: opens read-only with no -wal beside it.
    const copy = new BetterSqlite3(join(folder, backup.file), { readonly: true })
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete')
    copy.close()

    const preview = await core.must('data:restorePreview', { id: backup.id })
    expect(preview.verification.ok).toBe(true)
    expect(preview.current?.rows.sales).toBe(1)

    const audit = core.database.raw
      .prepare("select count(*) from audit_log where action = 'data.backup'")
      .pluck()
      .get()
    expect(audit).toBe(1)
  })

  it('cleans what an interrupted backup left and never lists it', async () => {
    const folder = join(core.dataDir, 'backups')
    await core.must('data:backupNow', {})
    writeFileSync(join(folder, '.etalase-20261127-030000.sqlite.partial'), 'half a file')
    writeFileSync(join(folder, '.etalase-20261127-030000.sqlite.partial-journal'), 'x')
    expect((await core.must('data:backups', {})).backups).toHaveLength(1)
    core.clock.advance(60_000)
    await core.must('data:backupNow', {})
    expect(readdirSync(folder).some((f) => f.includes('.partial'))).toBe(false)
  })

  it('marks a changed backup file as failed when it is previewed', async () => {
    const run = await core.must('data:backupNow', {})
    const file = join(core.dataDir, 'backups', run.file!)
    const db = new BetterSqlite3(file)
    // A table without history triggers: a settings row needs the app's functions since 0016.
    db.exec(
      "insert into categories (id, name, device_id, created_at) values ('tampered', 'Tampered', 'x', 0)",
    )
    db.close()
    const preview = await core.must('data:restorePreview', { id: `primary:${run.file!}` })
    expect(preview.verification).toMatchObject({ ok: false, problem: 'changed' })
  })

  it('copies each backup to a second folder when it is there, and says when it is not', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'etalase-usb-'))
    try {
      await core.must('data:saveSettings', {
        intervalMinutes: 30,
        everySales: 50,
        secondFolder: usb,
      })
      const run = await core.must('data:backupNow', {})
      expect(run.second).toBe('copied')
      expect(readdirSync(usb).filter((f) => f.endsWith('.sqlite'))).toEqual([run.file])
      const list = await core.must('data:backups', {})
      expect(list.backups.map((b) => b.destination).sort()).toEqual(['primary', 'second'])
      expect(list.secondFolder).toEqual({ path: usb, available: true })
      rmSync(usb, { recursive: true, force: true })
      core.clock.advance(2 * 3_600_000)
      const unplugged = await core.must('data:backupNow', {})
      expect(unplugged).toMatchObject({ ok: true, second: 'unavailable' })
    } finally {
      rmSync(usb, { recursive: true, force: true })
    }
  })

  it('refuses a second folder that does not exist, next to the field', async () => {
    const result = await core.call('data:saveSettings', {
      intervalMinutes: 30,
      everySales: 50,
      secondFolder: join(tmpdir(), 'no-such-stick-here'),
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe('VALIDATION')
      expect(result.issues?.[0]?.path).toBe('secondFolder')
    }
  })

  it('exports a consistent copy that opens read-only with the same data', async () => {
    const product = await stockedProduct(core, 5)
    await sell(core, product.id)
    const download = await core.must('data:export', { folder: null })
    expect(download.file?.filename).toMatch(/^etalase-export-\d{8}-\d{6}\.sqlite$/)
    const bytes = Buffer.from(download.file!.base64, 'base64')
    expect(bytes.subarray(0, 15).toString()).toBe('SQLite format 3')

    const auditor = mkdtempSync(join(tmpdir(), 'etalase-auditor-'))
    try {
      const written = await core.must('data:export', { folder: auditor })
      const copy = new BetterSqlite3(written.path!, { readonly: true, fileMustExist: true })
      expect(copy.prepare('select count(*) from sales').pluck().get()).toBe(1)
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
      copy.close()
      // The copy and its manifest (the anchor it ends at), nothing else.
      const name = written.path!.split('/').pop()!
      expect(readdirSync(auditor).sort()).toEqual([name.replace(/\.sqlite$/, '.json'), name])
    } finally {
      rmSync(auditor, { recursive: true, force: true })
    }
  })

  it('lets only settings.manage use backups, restore and export', async () => {
    const base = await core.currentCaller()
    for (const role of ['cashier', 'stock'] as const) {
      for (const channel of ['data:backups', 'data:backupNow', 'data:settings'] as const) {
        const result = await core.route(channel, {}, callerAs(role, base))
        expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      }
    }
    expect(await core.route('data:recovery', {}, { actor: null, locale: 'id' })).toEqual({
      ok: true,
      data: { mode: 'ready' },
    })
  })

  it('verifies in a worker thread exactly as in-process (built worker, when present)', async () => {
    const worker = join(process.cwd(), 'out/main/verify-worker.js')
    const run = await core.must('data:backupNow', {})
    const file = join(core.dataDir, 'backups', run.file!)
    const inProcess = verifyDatabaseFile(file)
    const threaded = await createWorkerVerifier(worker)(file)
    expect({
      ...threaded,
      durationMs: 0,
      integrity: { ...threaded.integrity, durationMs: 0 },
    }).toEqual({
      ...inProcess,
      durationMs: 0,
      integrity: { ...inProcess.integrity, durationMs: 0 },
    })
  })

  it('records the start-up quick check and a full check', async () => {
    const checks = core.database.raw
      .prepare("select trigger, ok from backup_runs where kind = 'check'")
      .all()
    expect(checks).toEqual([{ trigger: 'start', ok: 1 }])
    const product = await stockedProduct(core, 3, { price: 10_000 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 10_000 }],
    })
    const full = await core.dataSafety.checkNow('shift')
    expect(full).toMatchObject({ kind: 'check', ok: true })
    // The shift-close check reads the live file on its own connection and walks the chain.
    const detail = core.database.raw
      .prepare("select detail from backup_runs where kind = 'check' and trigger = 'shift'")
      .pluck()
      .get() as string
    expect(JSON.parse(detail).chain).toMatchObject({ ok: true, checked: expect.any(Number) })
    expect(JSON.parse(detail).chain.checked).toBeGreaterThan(0)
  })
})

describe('automatic backups', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('backs up on the interval: the first tick, then only when the set minutes have passed', async () => {
    const intervalRuns = () =>
      core.database.raw
        .prepare("select count(*) from backup_runs where kind = 'backup' and trigger = 'interval'")
        .pluck()
        .get() as number
    await core.must('data:saveSettings', {
      intervalMinutes: 30,
      everySales: 50,
      secondFolder: null,
    })
    // No backup yet: the first tick makes one.
    await core.dataSafety.tick()
    expect(intervalRuns()).toBe(1)
    await core.dataSafety.tick()
    expect(intervalRuns()).toBe(1)
    core.clock.advance(29 * 60_000)
    await core.dataSafety.tick()
    expect(intervalRuns()).toBe(1)
    core.clock.advance(60_000)
    await core.dataSafety.tick()
    expect(intervalRuns()).toBe(2)
  })

  it('backs up every N sales and at shift close (with a full check), after replying', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'etalase-auto-'))
    const core = await startCore({ dataDir, version: 'test', autoBackup: true })
    try {
      await completeSetup(core)
      const caller = await core.currentCaller()
      await core.call('data:saveSettings', {
        intervalMinutes: 30,
        everySales: 3,
        secondFolder: null,
      })
      const product = await core.call('catalog:create', {
        name: 'Tas Rotan',
        sku: 'TR-1',
        barcode: null,
        categoryId: null,
        unit: 'pcs',
        price: 15_000,
        cost: 6_000,
        workshopId: null,
        active: true,
      })
      if (!product.ok) throw new Error(product.message)
      await receiveStock(mustAs(core, caller), { productId: product.data.id, qty: 50 })
      const runs = (kind: string, trigger: string) =>
        core.database.raw
          .prepare('select count(*) from backup_runs where kind = ? and trigger = ? and ok = 1')
          .pluck()
          .get(kind, trigger) as number
      // Every sale needs an open shift; closing it is what backs up.
      await core.call('shifts:open', { openingFloat: 0 })
      for (let i = 0; i < 3; i++) await sell(core, product.data.id)
      await expect.poll(() => runs('backup', 'sales'), { timeout: 10_000 }).toBe(1)
      await core.call('shifts:close', { countedCash: 0 })
      await expect.poll(() => runs('backup', 'shift'), { timeout: 10_000 }).toBe(1)
      expect(runs('check', 'shift')).toBe(1)
    } finally {
      await core.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(chainKeyPath(dataDir), { force: true })
    }
  })
})

describe('restore and recovery through the core host', () => {
  let dataDir: string
  let host: CoreHost
  beforeEach(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'etalase-host-'))
    host = await openCoreHost({
      dataDir,
      version: 'test',
      clock: fixedClock(),
      ids: sequentialIds('0000aaaa'),
    })
    // The first-run wizard (its admin signed in), and a shift open for the sales.
    await completeSetup(host.core()!)
    const shift = await host.route('shifts:open', { openingFloat: 0 }, await host.currentCaller())
    if (!shift.ok) throw new Error(shift.message)
  })
  afterEach(async () => {
    await host.close()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(chainKeyPath(dataDir), { force: true })
  })

  const live = () => host.core()!
  const as = async () => host.currentCaller()

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

  it('restores a chosen backup: safety copy first, stale WAL gone, reopened into it', async () => {
    const product = await live().call('catalog:create', {
      name: 'Gantungan Getah Nyatu',
      sku: 'GN-1',
      barcode: null,
      categoryId: null,
      unit: 'pcs',
      price: 15_000,
      cost: 6_000,
      workshopId: null,
      active: true,
    })
    if (!product.ok) throw new Error(product.message)
    await receiveStock(mustAs(live()), { productId: product.data.id, qty: 10 })
    await sell(live(), product.data.id)
    const backup = await host.route('data:backupNow', {}, await as())
    expect(backup.ok).toBe(true)
    await sell(live(), product.data.id)
    await sell(live(), product.data.id)
    expect(live().database.raw.prepare('select count(*) from sales').pluck().get()).toBe(3)

    const file = backup.ok ? (backup.data as { file: string }).file : ''
    const restored = await host.route('data:restore', { id: `primary:${file}` }, await as())
    expect(restored).toMatchObject({ ok: true, data: { restoredFrom: file } })
    const safety = (restored as { data: { safetyCopy: string } }).data.safetyCopy
    expect(existsSync(safety)).toBe(true)
    const before = new BetterSqlite3(safety, { readonly: true })
    expect(before.prepare('select count(*) from sales').pluck().get()).toBe(3)
    expect(
      before.prepare("select count(*) from audit_log where action = 'data.restore'").pluck().get(),
    ).toBe(1)
    before.close()

    expect(host.mode()).toBe('ready')
    expect(live().database.raw.prepare('select count(*) from sales').pluck().get()).toBe(1)
    const runs = live()
      .database.raw.prepare("select kind, file from backup_runs where kind = 'restore'")
      .all()
    expect(runs).toEqual([{ kind: 'restore', file }])
    // The till works on the restored data (reopened, so locked: the admin signs in again), and
    // receipt numbers continue from it.
    await signIn(TEST_ADMIN_PIN)
    const next = await sell(live(), product.data.id)
    expect(next.ok).toBe(true)
  })

  it('starts in recovery on a damaged file, offers the backups, and restores out of it', async () => {
    // Recovery restores only with an admin PIN recorded in the backup (recovery-restore-pin.test.ts):
    // the wizard's admin has one.
    const backup = await host.route('data:backupNow', {}, await signIn(TEST_ADMIN_PIN))
    expect(backup.ok).toBe(true)
    await host.close()
    // Overwrite the header: SQLite no longer recognises the file.
    const file = databasePath(dataDir)
    writeFileSync(file, Buffer.alloc(8192, 0x41))
    rmSync(`${file}-wal`, { force: true })
    rmSync(`${file}-shm`, { force: true })

    host = await openCoreHost({ dataDir, version: 'test', clock: fixedClock() })
    expect(host.mode()).toBe('recovery')
    const caller = await host.currentCaller()
    expect(await host.route('app:info', {}, caller)).toMatchObject({
      ok: false,
      code: 'RECOVERY_MODE',
    })
    const recovery = await host.route('data:recovery', {}, caller)
    expect(recovery).toMatchObject({
      ok: true,
      data: { mode: 'recovery', problem: 'not_a_database' },
    })
    const offered = (recovery as { data: { backups: Array<{ id: string }> } }).data.backups
    expect(offered).toHaveLength(1)
    const preview = await host.route('data:restorePreview', { id: offered[0]!.id }, caller)
    expect(preview).toMatchObject({ ok: true, data: { verification: { ok: true } } })

    const restored = await host.route(
      'data:restore',
      { id: offered[0]!.id, pin: TEST_ADMIN_PIN },
      caller,
    )
    expect(restored.ok).toBe(true)
    expect(host.mode()).toBe('ready')
    expect((await host.route('app:info', {}, await host.currentCaller())).ok).toBe(true)
  })
})
