import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

/**
 * Disk-full and read-only drill. `PRAGMA max_page_count` caps the file at its current size,
 * so the first write that needs a new page fails exactly as a full disk does (SQLITE_FULL);
 * `query_only` refuses every write as a read-only folder does (SQLITE_READONLY).
 */
describe('disk-full drill: a sale on a full or read-only disk', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => {
    core.database.raw.pragma('max_page_count = 1073741823')
    core.database.raw.pragma('query_only = 0')
    await core.dispose()
  })

  const ledger = () =>
    core.database.raw
      .prepare(
        `select (select count(*) from sales) as sales, (select count(*) from sale_lines) as lines,
                (select count(*) from payments) as payments,
                (select count(*) from stock_movements) as movements,
                (select count(*) from ledger_chain) as chain,
                (select coalesce(max(last_seq), 0) from receipt_counters) as counter`,
      )
      .get()

  async function tryToSell(productId: string) {
    const id = saleId()
    const cart = {
      id,
      lines: [
        { productId, name: 'Drill', sku: 'DRILL', qty: 1, listPrice: 15_000, unitPrice: 15_000 },
      ],
    }
    // The cart is saved while there is room, as the till does on every change.
    core.database.raw.pragma('max_page_count = 1073741823')
    await core.must('till:saveCart', { cart })
    const pages = core.database.raw.pragma('page_count', { simple: true }) as number
    core.database.raw.pragma(`max_page_count = ${pages}`)
    const input = {
      id,
      lines: [{ productId, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 20_000 }],
    }
    return { cart, input, result: await core.call('sales:checkout', input) }
  }

  it('refuses the sale with a clear message, writes nothing, keeps the cart, then succeeds', async () => {
    const product = await stockedProduct(core, 10_000, { name: 'Tas Anyaman Rotan' })
    let attempt: Awaited<ReturnType<typeof tryToSell>> | null = null
    let before: unknown = null
    // Sales fit in the free room of existing pages until one needs a new page: that one
    // meets the full disk, wherever it falls in the transaction.
    for (let i = 0; i < 2_000; i++) {
      before = ledger()
      attempt = await tryToSell(product.id)
      if (!attempt.result.ok) break
    }
    expect(attempt?.result).toMatchObject({ ok: false, code: 'STORAGE_FULL' })
    if (!attempt || attempt.result.ok) return
    expect(attempt.result.message).toMatch(/Penyimpanan penuh/)
    expect(ledger(), 'a refused sale left rows behind').toEqual(before)
    expect(core.database.raw.pragma('integrity_check', { simple: true })).toBe('ok')

    // The cart is still there for the cashier.
    expect(await core.must('till:openCart', {})).toEqual(attempt.cart)

    // Space comes back: the very same sale goes through, once.
    core.database.raw.pragma('max_page_count = 1073741823')
    const sale = await core.must('sales:checkout', attempt.input)
    expect(sale.id).toBe(attempt.input.id)
    const again = await core.must('sales:checkout', attempt.input)
    expect(again.receiptNo).toBe(sale.receiptNo)
    const seqs = core.database.raw
      .prepare('select receipt_seq from sales order by receipt_seq')
      .pluck()
      .all() as number[]
    expect(seqs, 'receipt numbers have a gap').toEqual(seqs.map((_, i) => i + 1))
  })

  it('refuses a sale on a read-only folder in the user’s language, then succeeds', async () => {
    const product = await stockedProduct(core, 10)
    const id = saleId()
    const input = {
      id,
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 30_000 }],
    }
    const before = ledger()
    core.database.raw.pragma('query_only = 1')
    const refused = await core.call('sales:checkout', input, {
      ...(await core.currentCaller()),
      locale: 'en',
    })
    expect(refused).toMatchObject({
      ok: false,
      code: 'READ_ONLY_STORAGE',
      message: 'The data folder is read-only. The sale was not saved.',
    })
    expect(ledger()).toEqual(before)
    core.database.raw.pragma('query_only = 0')
    expect((await core.must('sales:checkout', input)).id).toBe(id)
  })
})
