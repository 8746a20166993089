import { closeSync, openSync, rmSync, writeSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { chainKeyPath } from '../../electron/core/chain-key-store'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import type { StartCheckDto } from '../../shared/app/app-dto'
import type { CheckResult } from '../../electron/db/integrity'
import { quickCheckFile } from '../../electron/db/quick-check-file'
import {
  inProcessStartCheck,
  type StartCheckRunner,
} from '../../electron/services/start-check/start-check-runner'
import { saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, fixedClock, TEST_ADMIN_PIN } from '../helpers/test-core'

/**
 * The start-up quick_check runs beside the open window (issue 18): selling waits while its
 * result is unknown — refused by main, not only hidden by the screen — opens when it answers
 * ok, and a damaged file it finds ends on the recovery core.
 */
describe('start check beside the open window', () => {
  let host: CoreHost | null = null
  let dataDir = ''
  afterEach(async () => {
    await host?.close()
    host = null
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(chainKeyPath(dataDir), { force: true })
  })

  /** A set-up till with one stocked product and its shift open, closed again. */
  async function preparedTill(): Promise<{ productId: string }> {
    const core = await createTestCore()
    dataDir = core.dataDir
    const product = await stockedProduct(core, 10, { price: 15_000 })
    await core.close()
    return { productId: product.id }
  }

  async function signIn(h: CoreHost) {
    const live = h.core()!
    const userId = live.database.raw
      .prepare("select id from users where role = 'admin'")
      .pluck()
      .get() as string
    const login = await h.route(
      'auth:login',
      { userId, pin: TEST_ADMIN_PIN },
      await h.currentCaller(),
    )
    if (!login.ok) throw new Error(login.message)
    return h.currentCaller()
  }

  const checkout = async (h: CoreHost, productId: string) =>
    h.route(
      'sales:checkout',
      {
        id: saleId(),
        lines: [{ productId, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15_000 }],
      },
      await h.currentCaller(),
    )

  it('refuses a sale while the result is unknown and takes it once the check answers ok', async () => {
    const { productId } = await preparedTill()
    // A runner the test releases: the real quick_check, answered when the test says so.
    let release: () => void = () => {}
    const runner: StartCheckRunner = (file) =>
      new Promise<CheckResult>((resolve) => (release = () => resolve(quickCheckFile(file))))
    host = await openCoreHost({ dataDir, version: 'test', clock: fixedClock(), startCheck: runner })
    expect(host.mode()).toBe('ready')
    const caller = await signIn(host)

    const status = await host.route('app:startCheck', {}, caller)
    expect(status).toMatchObject({ ok: true, data: { state: 'checking' } })
    const progress = status.ok ? (status.data as StartCheckDto).progress : -1
    expect(progress).toBeGreaterThanOrEqual(0)
    expect(progress).toBeLessThan(1)

    // Main refuses the sale itself; the cashier may still find products and build the cart.
    const refused = await checkout(host, productId)
    expect(refused).toMatchObject({ ok: false, code: 'DATA_CHECKING' })
    expect((await host.route('catalog:get', { id: productId }, caller)).ok).toBe(true)
    const raw = host.core()!.database.raw
    expect(raw.prepare('select count(*) from sales').pluck().get()).toBe(0)

    release()
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(await host.route('app:startCheck', {}, caller)).toMatchObject({
      ok: true,
      data: { state: 'ok', progress: 1 },
    })
    const sold = await checkout(host, productId)
    expect(sold.ok).toBe(true)
    expect(raw.prepare('select count(*) from sales').pluck().get()).toBe(1)
    // The answered check is in the data-safety log, as the in-line check always was.
    expect(
      raw
        .prepare("select count(*) from backup_runs where kind = 'check' and trigger = 'start'")
        .pluck()
        .get(),
    ).toBeGreaterThanOrEqual(1)
  })

  it('ends on the recovery core when the check finds a damaged page start never read', async () => {
    await preparedTill()
    const logged: string[] = []
    // A table the app never reads at start, several pages long; then one of its leaf pages is
    // overwritten, so only a whole-file check can find it.
    const file = databasePath(dataDir)
    const db = new BetterSqlite3(file)
    db.exec('create table zz_filler (id integer primary key, body text)')
    const insert = db.prepare('insert into zz_filler (body) values (?)')
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run('x'.repeat(200))
    })()
    db.pragma('wal_checkpoint(TRUNCATE)')
    const pageSize = db.pragma('page_size', { simple: true }) as number
    const root = db
      .prepare("select rootpage from sqlite_schema where name = 'zz_filler'")
      .pluck()
      .get() as number
    db.close()
    const fd = openSync(file, 'r+')
    // A leaf some pages past the root: garbage over its header and cells.
    writeSync(fd, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root + 20 - 1) * pageSize)
    closeSync(fd)
    expect(quickCheckFile(file).ok).toBe(false)

    host = await openCoreHost({
      dataDir,
      version: 'test',
      clock: fixedClock(),
      startCheck: inProcessStartCheck,
      logError: (channel) => logged.push(channel),
    })
    // The window opened on the data; the check then answers and the host turns to recovery.
    for (let i = 0; i < 100 && host.mode() === 'ready'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(host.mode()).toBe('recovery')
    // Found by the check beside the window, not by a start that failed.
    expect(logged).toContain('start check')
    expect(logged).not.toContain('start')
    const caller = await host.currentCaller()
    expect(await host.route('app:info', {}, caller)).toMatchObject({
      ok: false,
      code: 'RECOVERY_MODE',
    })
    expect(await host.route('data:recovery', {}, caller)).toMatchObject({
      ok: true,
      data: { mode: 'recovery', problem: 'integrity' },
    })
  })
})
