import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/db/schema'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { locationId } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { dropGuards, fullLedger, openAsInsider } from './tamper-kit'

/** The numbering check's own verdict (the chain check finds a deleted row too, first). */
async function numbering(tool: BetterSqlite3.Database) {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) })
  const report = await verifyEvidence(tool, db)
  return report.checks.find((c) => c.check === 'numbering')!.failure
}

/** Deletes a record and whatever points at it, as an insider hiding it would. */
function remove(tool: BetterSqlite3.Database, statements: Array<[string, string]>) {
  for (const [sql, id] of statements) tool.prepare(sql).run(id)
}

describe('numbers have no gaps per till and per series', () => {
  let core: TestCore
  let tool: BetterSqlite3.Database | null = null
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => {
    tool?.close()
    tool = null
    await core.dispose()
  })

  async function secondDocument() {
    const product = await core.must('catalog:create', {
      name: 'Tikar Purun',
      sku: 'TP-1',
      barcode: null,
      categoryId: null,
      unit: 'pcs',
      price: 80000,
      cost: 30000,
      workshopId: null,
      active: true,
    })
    return core.must('stock:postDocument', {
      kind: 'purchase_in',
      locationId: await locationId(core, 'Galeri'),
      docDate: '2026-11-27',
      lines: [{ productId: product.id, qty: 2, unitCost: 30000 }],
    })
  }

  it('a clean till day has no numbering finding', async () => {
    await fullLedger(core)
    await secondDocument()
    expect(await numbering(core.database.raw)).toBeNull()
  })

  it('a receipt removed from the middle leaves its number missing', async () => {
    const { sale } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    remove(tool, [
      ['delete from sale_voids where sale_id = ?', sale.id],
      ['delete from payments where sale_id = ?', sale.id],
      ['delete from sale_lines where sale_id = ?', sale.id],
      ['delete from sales where id = ?', sale.id],
    ])
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'sales' })
    expect(found!.words.en).toMatch(/receipt numbers 1–1 are missing/)
  })

  it('the last Z report removed: its number was issued, its record is gone', async () => {
    const { closed } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    remove(tool, [['delete from shift_closes where shift_id = ?', closed.id]])
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'shift_closes' })
    expect(found!.words.id).toContain('laporan Z 1–1 sudah terpakai')
  })

  it('a return removed: the return counter says it was issued', async () => {
    await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    const ret = tool.prepare('select id, return_no from returns').get() as {
      id: string
      return_no: string
    }
    remove(tool, [
      ['delete from refunds where return_id = ?', ret.id],
      ['delete from return_lines where return_id = ?', ret.id],
      ['delete from returns where id = ?', ret.id],
    ])
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'returns' })
    expect(found!.words.en).toMatch(/return numbers 1–1 \(.+\) were issued/)
  })

  /** Deletes a stock count and every row that points at it (events, sessions, entries…). */
  function removeCount(tool: BetterSqlite3.Database, countId: string) {
    const children = tool
      .prepare(
        `select m.name from sqlite_schema m join pragma_foreign_key_list(m.name) f
         where m.type = 'table' and f."table" = 'stock_counts' and f."from" = 'count_id'`,
      )
      .pluck()
      .all() as string[]
    expect(children).toContain('stock_count_events')
    for (const table of children)
      tool.prepare(`delete from ${table} where count_id = ?`).run(countId)
    tool.prepare('delete from stock_counts where id = ?').run(countId)
  }

  const secondCount = async () =>
    core.must('opname:create', {
      locationId: await locationId(core, 'Gudang'),
      scope: { kind: 'all' },
      personInCharge: { name: 'Budi Santoso' },
      witness: { name: 'Siti Aminah' },
    })

  it('a stock count (opname) removed from the middle leaves its number missing', async () => {
    const { count } = await fullLedger(core)
    const second = await secondCount()
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    removeCount(tool, count.id)
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'stock_counts', id: second.id })
    expect(found!.words.en).toMatch(
      new RegExp(`stock count numbers 1–1 are missing before stock_counts ${second.id}`),
    )
    expect(found!.words.id).toContain('Nomor opname 1–1 hilang')
  })

  it('the last stock count removed: the opname counter says it was issued', async () => {
    await fullLedger(core)
    const second = await secondCount()
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    removeCount(tool, second.id)
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'stock_counts' })
    expect(found!.id).toMatch(/:2$/)
    expect(found!.words.en).toMatch(
      /stock count numbers 2–2 were issued but their records are gone/,
    )
    expect(found!.words.id).toContain('Nomor opname 2–2 sudah terpakai')
  })

  it('a stock document removed from the middle of its series (PMB-…) is named', async () => {
    await fullLedger(core)
    const second = await secondDocument()
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    const first = tool
      .prepare("select id, doc_no from stock_docs where doc_no like 'PMB-%' and doc_no <> ?")
      .get(second.docNo) as { id: string; doc_no: string }
    expect(first.doc_no).toMatch(/-0001$/)
    remove(tool, [
      ['delete from stock_doc_lines where doc_id = ?', first.id],
      ["delete from stock_movements where ref_id = ? and ref_type = 'stock_doc'", first.id],
      ['delete from stock_docs where id = ?', first.id],
    ])
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering', table: 'stock_docs' })
    expect(found!.words.en).toContain(`missing before ${second.docNo}`)
    expect(found!.words.id).toContain(first.doc_no.replace(/-0001$/, ''))
  })

  it('the last transfer removed: the shared document counter finds it', async () => {
    const { product } = await fullLedger(core)
    const transfer = await core.must('stock:saveTransfer', {
      fromId: await locationId(core, 'Galeri'),
      toId: await locationId(core, 'Gudang'),
      lines: [{ productId: product.id, qty: 1 }],
    })
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    remove(tool, [
      ['delete from transfer_lines where transfer_id = ?', transfer.id],
      ['delete from transfers where id = ?', transfer.id],
    ])
    const found = await numbering(tool)
    expect(found).toMatchObject({ check: 'numbering' })
    // One number, the last of the series (the kit's consignments took the first ones).
    expect(found!.words.en).toMatch(/stock document numbers (\d+)–\1 \(TRF-.+\) were issued/)
  })
})
