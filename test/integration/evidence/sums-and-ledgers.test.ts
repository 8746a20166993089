import type BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../electron/db/schema'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { parseVerifyArgs, runVerify } from '../../../electron/tools/verify-command'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { dropGuards, fullLedger, openAsInsider, recomputeChain } from './tamper-kit'

/**
 * The checks of `npm run verify` that do not rest on the chain: each sale adds up, stock
 * levels equal the stock ledger, report rollups equal the transactions. An insider who edits
 * a figure and relinks the keyless chain still leaves the books inconsistent, and verify
 * names the record in words.
 */

async function verifyWith(tool: BetterSqlite3.Database) {
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: tool }) })
  return verifyEvidence(tool, db)
}

async function verifyCommand(core: TestCore) {
  const lines: string[] = []
  const code = await runVerify(parseVerifyArgs([], core.dataDir), (line) => lines.push(line))
  return { code, text: lines.join('\n') }
}

describe('verify finds sums, stock levels and rollups that no longer agree', () => {
  let core: TestCore
  let tool: BetterSqlite3.Database | null = null
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => {
    tool?.close()
    tool = null
    await core.dispose()
  })

  it('a clean till day passes every one of these checks', async () => {
    await fullLedger(core)
    const report = await verifyEvidence(core.database.raw, core.db)
    for (const name of ['sale_sums', 'stock', 'rollups'])
      expect(report.checks.find((c) => c.check === name)!.failure, name).toBeNull()
  })

  it("a sale line's quantity edited and the chain relinked: the sale no longer adds up", async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    // Three sold becomes two, the line's own totals follow (its CHECKs hold), the chain is
    // recomputed without the key; only the sale's header still says three.
    tool
      .prepare(
        `update sale_lines set qty = qty - 1, line_total = line_total - unit_price,
           net_total = net_total - unit_price where sale_id = ?`,
      )
      .run(kept.id)
    recomputeChain(tool)
    const report = await verifyWith(tool)
    expect(report.chain.ok, 'the keyless chain was relinked').toBe(true)
    expect(report.first).toMatchObject({ check: 'sale_sums', table: 'sales', id: kept.id })
    expect(report.first!.words.en).toContain(
      `Receipt ${kept.receiptNo}: its lines, discounts and payments do not add up to its total`,
    )
    expect(report.first!.words.en).toContain('total 75000, lines 50000')
    expect(report.first!.words.id).toContain(`Struk ${kept.receiptNo}`)
    expect(report.first!.words.id).toContain('tidak berjumlah ke totalnya')
  })

  it("a sale line's price edited alone, CHECK constraints switched off, is found", async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    // The schema's own CHECK (line_total = qty * unit_price - line_discount) is one pragma away.
    tool.pragma('ignore_check_constraints = ON')
    tool
      .prepare('update sale_lines set unit_price = unit_price - 5000 where sale_id = ?')
      .run(kept.id)
    recomputeChain(tool)
    const report = await verifyWith(tool)
    expect(report.first).toMatchObject({ check: 'sale_sums', table: 'sales', id: kept.id })
    expect(report.first!.words.en).toContain(`Receipt ${kept.receiptNo}`)
  })

  it('a payment amount edited and the chain relinked: the sale is named', async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    // The cashier pockets 25 000 of the cash taken: the payment is written down and the change
    // given written up, so the payment row's own CHECK still holds.
    tool
      .prepare(
        'update payments set amount = amount - 25000, change = change + 25000 where sale_id = ?',
      )
      .run(kept.id)
    recomputeChain(tool)
    const report = await verifyWith(tool)
    expect(report.chain.ok).toBe(true)
    expect(report.first).toMatchObject({ check: 'sale_sums', table: 'sales', id: kept.id })
    expect(report.first!.words.en).toContain('total 75000, lines 75000, paid 50000')
    expect(report.first!.words.id).toContain('dibayar 50000')
  })

  it('a stock level edited: npm run verify names the product and location', async () => {
    const { product } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    const level = tool
      .prepare('select location_id, on_hand from stock_levels where product_id = ? limit 1')
      .get(product.id) as { location_id: string; on_hand: number }
    tool
      .prepare(
        'update stock_levels set on_hand = on_hand + 5 where product_id = ? and location_id = ?',
      )
      .run(product.id, level.location_id)
    tool.close()
    tool = null
    const { code, text } = await verifyCommand(core)
    expect(code).toBe(1)
    expect(text).toContain('stock: GAGAL / FAILED')
    expect(text).toContain(`FIRST FAILURE: stock — stock_levels ${product.id}@${level.location_id}`)
    expect(text).toContain('A stored stock level differs from the stock ledger')
    expect(text).toContain('Stok tersimpan tidak sama dengan buku mutasi stok')
    expect(text).toContain(`"cached":${level.on_hand + 5},"fromMovements":${level.on_hand}`)
  })

  it('a report rollup edited: npm run verify names the rollup row', async () => {
    const { kept } = await fullLedger(core)
    await core.close()
    tool = openAsInsider(core)
    dropGuards(tool)
    const row = tool
      .prepare(
        `select day, location_id, user_id, subtotal from report_sales_daily
         where location_id = (select location_id from sales where id = ?)`,
      )
      .get(kept.id) as { day: string; location_id: string; user_id: string; subtotal: number }
    // The day's sales shown 100 000 lower in the reports.
    tool
      .prepare(
        'update report_sales_daily set subtotal = subtotal - 100000 where day = ? and location_id = ? and user_id = ?',
      )
      .run(row.day, row.location_id, row.user_id)
    tool.close()
    tool = null
    const { code, text } = await verifyCommand(core)
    expect(code).toBe(1)
    expect(text).toContain('stock: ok')
    expect(text).toContain('rollups: GAGAL / FAILED')
    const key = `${row.day}|${row.location_id}|${row.user_id}`
    expect(text).toContain(`FIRST FAILURE: rollups — report_sales_daily ${key}`)
    expect(text).toContain(
      `Report rollup report_sales_daily [${key}] differs from the transactions`,
    )
    expect(text).toContain('Ringkasan laporan report_sales_daily')
  })
})
