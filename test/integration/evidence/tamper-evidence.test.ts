import { randomBytes } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chainKeyPath, fileChainKeyStore } from '../../../electron/core/chain-key-store'
import {
  CHAINED_COLUMNS,
  verifyLedgerChain,
  type ChainAnchor,
  type ChainKey,
} from '../../../electron/db/ledger-chain'
import type { Database } from '../../../electron/db/schema'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { addUser, saleId } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { dropGuards, fullLedger, openAsInsider, recomputeChain } from './tamper-kit'

function tillKey(core: TestCore): ChainKey {
  const key = fileChainKeyStore(chainKeyPath(core.dataDir)).read()
  if (!key) throw new Error('the till has no chain key')
  return key
}

function headOf(raw: BetterSqlite3.Database): ChainAnchor {
  const verdict = verifyLedgerChain(raw)
  if (!verdict.ok || !verdict.head) throw new Error('the clean chain does not verify')
  return { seq: verdict.head.seq, hash: verdict.head.hash.slice(0, 16) }
}

/** The anchor a Z report carries: the position and hash of its own link. */
function zAnchor(raw: BetterSqlite3.Database, shiftId: string): ChainAnchor {
  const link = raw
    .prepare(
      `select seq, hash from ledger_chain where table_name = 'shift_closes'
       and row_id = (select id from shift_closes where shift_id = ?)`,
    )
    .get(shiftId) as { seq: number; hash: string }
  return { seq: link.seq, hash: link.hash.slice(0, 16) }
}

async function verifyWith(
  tool: BetterSqlite3.Database,
  options: { keys?: ChainKey[]; anchors?: ChainAnchor[] } = {},
) {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) })
  return verifyEvidence(tool, db, options)
}

describe('tamper evidence that survives someone with the database file', () => {
  let core: TestCore
  let tool: BetterSqlite3.Database | null = null
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => {
    tool?.close()
    tool = null
    await core.dispose()
  })

  it('a real till day verifies completely: structure, every signature, its anchors', async () => {
    const { closed } = await fullLedger(core)
    const raw = core.database.raw
    for (const table of Object.keys(CHAINED_COLUMNS)) {
      const rows = raw.prepare(`select count(*) from ${table}`).pluck().get() as number
      expect(rows, `${table} has rows in the test day`).toBeGreaterThan(0)
    }
    const anchors = [headOf(raw), zAnchor(raw, closed.id)]
    const report = await verifyEvidence(raw, core.db, { keys: [tillKey(core)], anchors })
    expect(report.first).toBeNull()
    expect(report.chain).toMatchObject({ ok: true, authenticated: true })
    // Every link carries a signature by the till's key.
    const unsigned = raw
      .prepare(
        'select count(*) from ledger_chain c where not exists (select 1 from ledger_chain_macs m where m.seq = c.seq)',
      )
      .pluck()
      .get()
    expect(unsigned).toBe(0)
  })

  it('a void forged with the chain trigger dropped is found, by table and id', async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    tool.exec('drop trigger sale_voids_chain')
    const admin = tool.prepare("select id from users where role = 'admin'").pluck().get()
    tool
      .prepare(
        `insert into sale_voids (id, sale_id, reason, user_id, approved_by, device_id, created_at)
         values ('forged-void', ?, 'Pembeli batal', ?, null, 'dev', 1)`,
      )
      .run(kept.id, admin)
    const report = await verifyWith(tool)
    expect(report.first).toMatchObject({
      check: 'unlinked',
      table: 'sale_voids',
      id: 'forged-void',
    })
    expect(report.first!.words.id).toContain('tidak ada di rantai')
    expect(report.first!.words.en).toContain('not in the chain')
  })

  it('a void forged through the chain with a made-up signature fails with the key', async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    // The insider copies the key id from the file and signs with random bytes.
    const keyId = tool.prepare('select key_id from ledger_chain_macs limit 1').pluck().get()
    tool.function('chain_key_id', () => keyId)
    tool.function('chain_mac', (_seq: unknown, _hash: unknown) => randomBytes(32).toString('hex'))
    const admin = tool.prepare("select id from users where role = 'admin'").pluck().get()
    tool
      .prepare(
        `insert into sale_voids (id, sale_id, reason, user_id, approved_by, device_id, created_at)
         values ('forged-void', ?, 'Pembeli batal', ?, null, 'dev', 1)`,
      )
      .run(kept.id, admin)
    const report = await verifyWith(tool, { keys: [tillKey(core)] })
    expect(report.first).toMatchObject({ check: 'chain', table: 'sale_voids', id: 'forged-void' })
    expect(report.chain).toMatchObject({ ok: false, broken: { problem: 'forged' } })
  })

  it('a sale edited, the chain recomputed and the rollups adjusted: the key and the Z anchor find it', async () => {
    const { kept, sale, closed } = await fullLedger(core)
    addUser(core, { id: 'kasir-lain', name: 'Kasir Lain', role: 'cashier' })
    const printedZ = zAnchor(core.database.raw, closed.id)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    // Blame both sales on another cashier, keep every figure consistent, relink every hash.
    tool.prepare("update sales set user_id = 'kasir-lain' where id in (?, ?)").run(kept.id, sale.id)
    // Only their rollup rows: the consignment sale at the partner's location keeps its own.
    tool
      .prepare(
        `update report_sales_daily set user_id = 'kasir-lain'
         where location_id in (select location_id from sales where id in (?, ?))`,
      )
      .run(kept.id, sale.id)
    recomputeChain(tool)

    const keyless = await verifyWith(tool)
    expect(keyless.first, 'without key or anchor the rewrite is consistent').toBeNull()
    expect(keyless.chain).toMatchObject({ ok: true, authenticated: false })

    const keyed = await verifyWith(tool, { keys: [tillKey(core)] })
    // The first edited sale is the earlier one (voided later in the day).
    expect(keyed.first).toMatchObject({ check: 'chain', table: 'sales', id: sale.id })
    expect(keyed.chain).toMatchObject({ ok: false, broken: { problem: 'forged' } })

    const anchored = await verifyWith(tool, { anchors: [printedZ] })
    expect(anchored.chain).toMatchObject({
      ok: false,
      broken: { problem: 'anchor_mismatch', seq: printedZ.seq },
    })
  })

  it('deleting the tail is found by an anchor written before it', async () => {
    await fullLedger(core)
    const before = headOf(core.database.raw)
    await core.must('shifts:open', { openingFloat: 100000 })
    await core.must('shifts:cash', { kind: 'out', amount: 75000, reason: 'Beli plastik' })
    const backupAnchor = headOf(core.database.raw)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    const tail = tool
      .prepare('select table_name, row_id from ledger_chain where seq > ?')
      .all(before.seq) as Array<{ table_name: string; row_id: string }>
    expect(tail.map((l) => l.table_name)).toContain('shift_cash_moves')
    for (const link of tail)
      tool.prepare(`delete from ${link.table_name} where id = ?`).run(link.row_id)
    tool.prepare('delete from ledger_chain_macs where seq > ?').run(before.seq)
    // The hub's outbox (0017) points at each link: a careful insider cuts it too.
    tool.prepare('delete from sync_outbox where seq > ?').run(before.seq)
    tool.prepare('delete from ledger_chain where seq > ?').run(before.seq)

    expect((await verifyWith(tool, { keys: [tillKey(core)] })).first, 'a clean cut').toBeNull()
    const report = await verifyWith(tool, { anchors: [backupAnchor] })
    expect(report.chain).toMatchObject({
      ok: false,
      broken: { problem: 'truncated', seq: backupAnchor.seq },
    })
    expect(report.first!.words.en).toContain('records at the end of the chain were deleted')
  })

  it('a row deleted from each chained table, with its link, and the chain relinked, is found', async () => {
    await fullLedger(core)
    const key = tillKey(core)
    const anchor = headOf(core.database.raw)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    for (const table of Object.keys(CHAINED_COLUMNS)) {
      const insider = tool
      insider.exec('begin')
      try {
        const link = insider
          .prepare('select seq, row_id from ledger_chain where table_name = ? order by seq limit 1')
          .get(table) as { seq: number; row_id: string }
        insider.prepare(`delete from ${table} where id = ?`).run(link.row_id)
        insider.prepare('delete from ledger_chain_macs where seq = ?').run(link.seq)
        insider.prepare('delete from ledger_chain where seq = ?').run(link.seq)

        const unlinked = await verifyWith(insider)
        expect(unlinked.chain, `${table}: relinked`).toMatchObject({
          ok: false,
          broken: { problem: 'relinked' },
        })

        recomputeChain(insider)
        const keyed = await verifyWith(insider, { keys: [key] })
        expect(keyed.chain, `${table}: forged with the key`).toMatchObject({
          ok: false,
          broken: { problem: 'forged' },
        })
        const anchored = await verifyWith(insider, { anchors: [anchor] })
        expect(anchored.chain.ok, `${table}: the anchor no longer matches`).toBe(false)
      } finally {
        insider.exec('rollback')
      }
    }
  })

  it('a row deleted with its link kept names the table and the row', async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    tool.prepare('delete from payments where sale_id = ?').run(kept.id)
    const report = await verifyWith(tool)
    expect(report.first).toMatchObject({ check: 'chain', table: 'payments' })
    expect(report.first!.words.id).toContain('dihapus')
  })

  it('the wrong key is told apart from the right one', async () => {
    await fullLedger(core)
    const raw = core.database.raw
    const wrong = await verifyEvidence(raw, core.db, { keys: [randomBytes(32)] })
    expect(wrong.chain).toMatchObject({ ok: false, broken: { problem: 'unknown_key', seq: 1 } })
    expect(wrong.first!.words.en).toContain('signed by a key other than the one given')
    const right = await verifyEvidence(raw, core.db, { keys: [tillKey(core)] })
    expect(right.chain).toMatchObject({ ok: true, authenticated: true })
  })

  it('a tool without the key cannot append to a ledger', async () => {
    await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    const admin = tool.prepare("select id from users where role = 'admin'").pluck().get()
    expect(() =>
      tool!
        .prepare(
          `insert into audit_log (id, action, user_id, detail, device_id, created_at)
           values (?, 'auth.login', ?, '{}', 'dev', 1)`,
        )
        .run(saleId(), admin),
    ).toThrow(/no chain key/)
  })
})
