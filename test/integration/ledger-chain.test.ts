import { readFileSync, writeFileSync } from 'node:fs'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../electron/core/data-dir'
import {
  CHAINED_COLUMNS,
  registerChainFunctions,
  verifyLedgerChain,
} from '../../electron/db/ledger-chain'
import { chainedColumns } from '../../electron/db/migrations/0002_till'
import { chainedColumns as opnameChainedColumns } from '../../electron/db/migrations/0005_opname'
import { chainedColumns as evidenceChainedColumns } from '../../electron/db/migrations/0014_evidence'
import { chainedColumns as historyChainedColumns } from '../../electron/db/migrations/0016_master_history'
import { chainedColumns as consignmentChainedColumns } from '../../electron/db/migrations/0019_consignment'
import { chainedColumns as versionChainedColumns } from '../../electron/db/migrations/0020_record_versions'
import { saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

async function someLedger(core: TestCore) {
  const product = await stockedProduct(core, 10, { name: 'Tas Anyaman Rotan' })
  const sale = await core.must('sales:checkout', {
    id: saleId(),
    lines: [{ productId: product.id, qty: 2 }],
    payments: [{ methodId: 'tunai', amount: 50000 }],
  })
  await core.must('sales:void', { saleId: sale.id, reason: 'Salah input kasir' })
  const second = await core.must('sales:checkout', {
    id: saleId(),
    lines: [{ productId: product.id, qty: 3 }],
    payments: [{ methodId: 'tunai', amount: 45000 }],
  })
  return { product, sale, second }
}

describe('tamper-evident ledger chain', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('the verifier and the migration agree on every canonical form', () => {
    expect(CHAINED_COLUMNS).toEqual({
      ...chainedColumns,
      ...opnameChainedColumns,
      ...evidenceChainedColumns,
      ...historyChainedColumns,
      ...consignmentChainedColumns,
      ...versionChainedColumns,
    })
  })

  it('links every ledger row, in order, and verifies', async () => {
    await someLedger(core)
    const raw = core.database.raw
    const rows = Object.keys(CHAINED_COLUMNS).reduce(
      (sum, table) => sum + (raw.prepare(`select count(*) from ${table}`).pluck().get() as number),
      0,
    )
    expect(verifyLedgerChain(raw)).toMatchObject({ ok: true, checked: rows })
  })

  it('names the first record changed with a SQLite tool (triggers dropped)', async () => {
    const { second } = await someLedger(core)
    await core.close()
    const tool = new BetterSqlite3(databasePath(core.dataDir))
    tool.exec('drop trigger sales_no_update')
    // Back-dating a sale by one minute: every constraint still holds.
    tool.prepare('update sales set created_at = created_at - 60000 where id = ?').run(second.id)
    registerChainFunctions(tool)
    const verdict = verifyLedgerChain(tool)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok)
      expect(verdict.broken).toMatchObject({ table: 'sales', rowId: second.id, problem: 'changed' })
    tool.close()
  })

  it('names a record whose bytes were edited directly in the database file', async () => {
    await someLedger(core)
    await core.close()
    const file = databasePath(core.dataDir)
    // Fold the WAL into the main file so the bytes we edit are the ones SQLite reads.
    const checkpoint = new BetterSqlite3(file)
    checkpoint.pragma('wal_checkpoint(TRUNCATE)')
    checkpoint.close()
    const bytes = readFileSync(file)
    const needle = Buffer.from('Salah input kasir')
    const at = bytes.indexOf(needle)
    expect(at).toBeGreaterThan(0)
    bytes.write('Salah input KASIR', at) // same length: the page stays well-formed
    writeFileSync(file, bytes)
    const tool = new BetterSqlite3(file, { readonly: true })
    expect(tool.pragma('integrity_check', { simple: true })).toBe('ok') // SQLite itself cannot tell
    const verdict = verifyLedgerChain(tool)
    expect(verdict.ok).toBe(false)
    if (!verdict.ok) expect(verdict.broken.table).toMatch(/sale_voids|stock_movements|audit_log/)
    tool.close()
  })

  it('names a deleted record', async () => {
    const { sale } = await someLedger(core)
    await core.close()
    const tool = new BetterSqlite3(databasePath(core.dataDir))
    tool.pragma('foreign_keys = off')
    tool.exec('drop trigger sale_voids_no_delete')
    tool.prepare('delete from sale_voids where sale_id = ?').run(sale.id)
    const verdict = verifyLedgerChain(tool)
    expect(verdict).toMatchObject({
      ok: false,
      broken: { table: 'sale_voids', problem: 'missing' },
    })
    tool.close()
  })
})
