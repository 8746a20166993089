import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  truncateSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import { startCore } from '../../electron/core/start-core'
import { verifyDatabaseFile } from '../../electron/db/integrity'
import { mustAs, receiveStock } from '../helpers/receive-stock'
import { completeSetup, TEST_ADMIN_PIN } from '../helpers/test-core'

/**
 * Corruption drill: each kind of damage, done to a copy of a real database, must end as
 * designed — a start refused into recovery (with the last verified backup offered), or a
 * start allowed where SQLite cannot see the damage but the ledger hash chain names the
 * changed record.
 */

const MARKER = 'REF-MARKER-7Q'
// The wizard's admin PIN: recovery mode restores only with an admin PIN recorded in the backup.
const ADMIN_PIN = TEST_ADMIN_PIN

let root: string
let original: string
let saleIds: string[]
let markerPaymentId: string
let pageSize: number
let roots: Record<string, number>

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'etalase-corrupt-'))
  original = join(root, 'original')
  const core = await startCore({ dataDir: original, version: 'drill' })
  // The first-run wizard (its admin signed in), and a shift open: every sale needs one.
  await completeSetup(core)
  const shift = await core.call('shifts:open', { openingFloat: 0 })
  if (!shift.ok) throw new Error(shift.message)
  const caller = await core.currentCaller()
  const product = await core.call(
    'catalog:create',
    {
      name: 'Tas Anyaman Rotan',
      sku: 'TAR-1',
      barcode: null,
      categoryId: null,
      unit: 'pcs',
      price: 15_000,
      cost: 6_000,
      workshopId: null,
      active: true,
    },
    caller,
  )
  if (!product.ok) throw new Error(product.message)
  await receiveStock(mustAs(core, caller), { productId: product.data.id, qty: 10_000 })
  saleIds = []
  for (let i = 0; i < 150; i++) {
    const id = `0190b000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`
    const payments =
      i === 75
        ? [{ methodId: 'qris', amount: 15_000, reference: MARKER }]
        : [{ methodId: 'tunai', amount: 20_000 }]
    const sale = await core.call(
      'sales:checkout',
      { id, lines: [{ productId: product.data.id, qty: 1 }], payments },
      caller,
    )
    if (!sale.ok) throw new Error(sale.message)
    saleIds.push(id)
  }
  const backup = await core.call('data:backupNow', {}, caller)
  if (!backup.ok || !backup.data.ok) throw new Error('drill backup failed')
  const raw = core.database.raw
  markerPaymentId = raw
    .prepare('select id from payments where reference = ?')
    .pluck()
    .get(MARKER) as string
  pageSize = raw.pragma('page_size', { simple: true }) as number
  roots = Object.fromEntries(
    (
      raw
        .prepare("select name, rootpage from sqlite_schema where name in ('sales', 'sale_lines')")
        .all() as Array<{ name: string; rootpage: number }>
    ).map((r) => [r.name, r.rootpage]),
  )
  raw.pragma('wal_checkpoint(TRUNCATE)')
  await core.close()
  expect(
    existsSync(`${databasePath(original)}-wal`) &&
      readFileSync(`${databasePath(original)}-wal`).length > 0,
  ).toBe(false)
}, 60_000)

afterAll(() => rmSync(root, { recursive: true, force: true }))

let copies = 0
/** A copy of the whole data folder (database and backups), damaged by `damage`. */
function damagedCopy(damage: (file: string) => void): string {
  const dir = join(root, `copy-${++copies}`)
  cpSync(original, dir, { recursive: true })
  rmSync(`${databasePath(dir)}-wal`, { force: true })
  rmSync(`${databasePath(dir)}-shm`, { force: true })
  damage(databasePath(dir))
  return dir
}

function patch(file: string, offset: number, bytes: Buffer): void {
  const data = readFileSync(file)
  bytes.copy(data, offset)
  writeFileSync(file, data)
}

/** The admin, signed in with the drill's PIN (a reopened till starts locked). */
async function signedIn(host: CoreHost) {
  const userId = host
    .core()!
    .database.raw.prepare("select id from users where role = 'admin'")
    .pluck()
    .get() as string
  const login = await host.route(
    'auth:login',
    { userId, pin: ADMIN_PIN },
    await host.currentCaller(),
  )
  if (!login.ok) throw new Error(login.message)
  return host.currentCaller()
}

async function open(dir: string): Promise<CoreHost> {
  return openCoreHost({ dataDir: dir, version: 'drill' })
}

/** The designed outcome of damage SQLite can see: recovery, the backup offered, restored. */
async function expectRecovery(dir: string): Promise<string> {
  const host = await open(dir)
  try {
    expect(host.mode()).toBe('recovery')
    const caller = await host.currentCaller()
    expect(await host.route('sales:list', {}, caller)).toMatchObject({
      ok: false,
      code: 'RECOVERY_MODE',
    })
    const recovery = await host.route('data:recovery', {}, caller)
    if (!recovery.ok) throw new Error(recovery.message)
    const data = recovery.data as {
      mode: string
      problem: string
      backups: Array<{ id: string; verification: { ok: boolean } }>
    }
    expect(data.backups[0]?.verification.ok).toBe(true)
    const restored = await host.route(
      'data:restore',
      { id: data.backups[0]!.id, pin: ADMIN_PIN },
      caller,
    )
    expect(restored).toMatchObject({ ok: true })
    expect(host.mode()).toBe('ready')
    const core = host.core()!
    expect(core.database.raw.prepare('select count(*) from sales').pluck().get()).toBe(150)
    return data.problem
  } finally {
    await host.close()
  }
}

describe('corruption drill: damage to copies of a real database', () => {
  it('garbage page: the start is refused into recovery', async () => {
    const dir = damagedCopy((file) => {
      const garbage = Buffer.alloc(pageSize)
      for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 131 + 17) & 0xff
      patch(file, (roots.sale_lines! - 1) * pageSize, garbage)
    })
    expect(['corrupt', 'integrity']).toContain(await expectRecovery(dir))
  })

  it('flipped bit in a page header: the start is refused into recovery', async () => {
    const dir = damagedCopy((file) => {
      const data = readFileSync(file)
      const at = (roots.sales! - 1) * pageSize // the b-tree page type byte
      data[at] = data[at]! ^ 0x04
      writeFileSync(file, data)
    })
    expect(['corrupt', 'integrity']).toContain(await expectRecovery(dir))
  })

  it('flipped bit in a stored value: SQLite cannot see it, the hash chain names the record', async () => {
    const dir = damagedCopy((file) => {
      const data = readFileSync(file)
      const at = data.indexOf(Buffer.from(MARKER))
      expect(at).toBeGreaterThan(0)
      data[at + 4] = data[at + 4]! ^ 0x01 // 'M' → 'L'
      writeFileSync(file, data)
    })
    const host = await open(dir)
    try {
      expect(host.mode()).toBe('ready')
      const report = await host.route('audit:verify', {}, await signedIn(host))
      expect(report).toMatchObject({
        ok: true,
        data: { chain: { ok: false, broken: { table: 'payments', rowId: markerPaymentId } } },
      })
      // And a backup of it is recorded as failed, for the same reason.
      const run = await host.route('data:backupNow', {}, await signedIn(host))
      expect(run).toMatchObject({ ok: true, data: { ok: false, problem: 'chain' } })
    } finally {
      await host.close()
    }
  })

  it('truncated file: the start is refused into recovery', async () => {
    const dir = damagedCopy((file) => {
      const size = readFileSync(file).length
      truncateSync(file, Math.floor(size / pageSize / 2) * pageSize)
    })
    expect(['corrupt', 'integrity']).toContain(await expectRecovery(dir))
  })

  it('altered header: not a database, the start is refused into recovery', async () => {
    const dir = damagedCopy((file) => patch(file, 0, Buffer.from('Etalase was here')))
    expect(await expectRecovery(dir)).toBe('not_a_database')
  })

  it('altered value with the sha256 function absent: the chain names the changed sale', async () => {
    const target = saleIds[42]!
    const dir = damagedCopy((file) => {
      // A plain SQLite tool: no sha256(), so the append-only trigger is dropped and the total
      // changed by hand, exactly what the chain exists to catch.
      const tool = new BetterSqlite3(file)
      tool.exec('drop trigger sales_no_update')
      tool
        .prepare(
          'update sales set subtotal = subtotal - 5000, total = total - 5000, change = change + 5000 where id = ?',
        )
        .run(target)
      tool.close()
    })
    const verdict = verifyDatabaseFile(databasePath(dir))
    expect(verdict).toMatchObject({
      ok: false,
      problem: 'chain',
      chain: { ok: false, broken: { table: 'sales', rowId: target, problem: 'changed' } },
    })
    const host = await open(dir)
    try {
      expect(host.mode()).toBe('ready')
      const run = await host.route('data:backupNow', {}, await signedIn(host))
      expect(run).toMatchObject({ ok: true, data: { ok: false, problem: 'chain' } })
    } finally {
      await host.close()
    }
  })

  it('the undamaged original still verifies (the drill damages only copies)', () => {
    expect(verifyDatabaseFile(databasePath(original))).toMatchObject({ ok: true, problem: null })
  })
})
