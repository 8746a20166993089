import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import type { SaleDto } from '../../shared/sales/sales-dto'
import { priceCart, refundShare, type CashRounding } from '../../shared/till/pricing'
import { ledgerOnHand, saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { receiveStock } from '../helpers/receive-stock'

/**
 * Model-based: random sequences of receive / sale / void / partial return run against a
 * real core and a few lines of in-memory bookkeeping. After each sequence the ledger, the
 * cached levels and the model must agree. One core serves every run; each run works on
 * its own fresh products, so runs do not disturb each other's model.
 */

type Op =
  | { type: 'receive'; p: number; qty: number }
  | {
      type: 'sale'
      items: Array<{ p: number; qty: number; percent: number | null }>
      cartPercent: number | null
      pay: 'cash' | 'qris' | 'split'
      extra: number
    }
  | { type: 'void'; s: number }
  | {
      type: 'return'
      s: number
      lines: Array<{ l: number; qty: number; disposition: 'restock' | 'damaged' }>
    }
  /** Every unit of the sale not yet returned comes back (one request, every line). */
  | { type: 'returnRest'; s: number; disposition: 'restock' | 'damaged' }

const disposition = fc.constantFrom('restock' as const, 'damaged' as const)
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('receive' as const),
    p: fc.nat(),
    qty: fc.integer({ min: 1, max: 5 }),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('sale' as const),
      items: fc.array(
        fc.record({
          p: fc.nat(),
          qty: fc.integer({ min: 1, max: 4 }),
          percent: fc.option(fc.integer({ min: 1, max: 50 })),
        }),
        { minLength: 1, maxLength: 3 },
      ),
      cartPercent: fc.option(fc.integer({ min: 1, max: 30 })),
      pay: fc.constantFrom('cash' as const, 'qris' as const, 'split' as const),
      extra: fc.integer({ min: 0, max: 20_000 }),
    }),
  },
  fc.record({ type: fc.constant('void' as const), s: fc.nat() }),
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('return' as const),
      s: fc.nat(),
      lines: fc.array(
        fc.record({ l: fc.nat(), qty: fc.integer({ min: 1, max: 3 }), disposition }),
        { minLength: 1, maxLength: 3 },
      ),
    }),
  },
  fc.record({ type: fc.constant('returnRest' as const), s: fc.nat(), disposition }),
)

const scenario = fc.record({
  products: fc.array(
    fc.record({
      price: fc.constantFrom(15_000, 27_500, 10_001, 7_777, 4_999, 125_000),
      stock: fc.integer({ min: 0, max: 12 }),
    }),
    { minLength: 2, maxLength: 3 },
  ),
  allowNegativeStock: fc.boolean(),
  rounding: fc.record({
    unit: fc.constantFrom(0 as const, 100 as const, 500 as const, 1000 as const),
    mode: fc.constantFrom('down' as const, 'nearest' as const, 'up' as const),
  }),
  ops: fc.array(op, { minLength: 1, maxLength: 20 }),
})

interface ModelSale {
  id: string
  lines: Array<{ id: string; productId: string; qty: number; net: number; returned: number }>
  voided: boolean
  returns: number
}

/** Checks a recorded sale against the shared pricing and the tender rules. */
function expectSaleConsistent(sale: SaleDto, expected: ReturnType<typeof priceCart>) {
  expect(sale.subtotal).toBe(expected.subtotal)
  expect(sale.cartDiscount).toBe(expected.cartDiscount)
  expect(sale.rounding).toBe(expected.rounding)
  expect(sale.total).toBe(expected.total)
  expect(sale.lines.map((l) => l.netTotal)).toEqual(expected.lines.map((l) => l.net))
  expect(sale.change).toBe(sale.paid - sale.total)
  expect(sale.change).toBeGreaterThanOrEqual(0)
  expect(sale.payments.reduce((s, p) => s + p.amount, 0)).toBe(sale.total)
  expect(sale.payments.reduce((s, p) => s + p.change, 0)).toBe(sale.change)
  for (const p of sale.payments) {
    if (p.kind === 'noncash') expect(p.change).toBe(0)
    expect(p.tendered).toBe(p.amount + p.change)
  }
}

describe('stock model', () => {
  let core: TestCore
  beforeAll(async () => (core = await createTestCore()))
  afterAll(async () => core.dispose())

  it('on hand always equals receipts − sales + voids + restocked returns', async () => {
    await fc.assert(
      fc.asyncProperty(scenario, async ({ products: specs, allowNegativeStock, rounding, ops }) => {
        await core.must('settings:updateTill', { allowNegativeStock, cashRounding: rounding })
        const rule: CashRounding = rounding
        const products: ProductDto[] = []
        for (const spec of specs) {
          products.push(await stockedProduct(core, spec.stock, { price: spec.price }))
        }
        const onHand = new Map(products.map((p, i) => [p.id, specs[i]!.stock]))
        const sales: ModelSale[] = []

        for (const step of ops) {
          if (step.type === 'receive') {
            const product = products[step.p % products.length]!
            await receiveStock((c, i) => core.must(c, i), { productId: product.id, qty: step.qty })
            onHand.set(product.id, onHand.get(product.id)! + step.qty)
          } else if (step.type === 'sale') {
            const lines = step.items.map((item) => {
              const product = products[item.p % products.length]!
              return {
                productId: product.id,
                qty: item.qty,
                unitPrice: product.price,
                discount:
                  item.percent === null
                    ? null
                    : { kind: 'percent' as const, value: item.percent, reason: 'Pameran' },
              }
            })
            const cartDiscount =
              step.cartPercent === null
                ? null
                : { kind: 'percent' as const, value: step.cartPercent, reason: 'Ekspor' }
            const withCash = step.pay !== 'qris'
            const expected = priceCart(lines, cartDiscount, rule, withCash)
            const { total } = expected
            let payments: InputOf<'sales:checkout'>['payments']
            if (step.pay === 'qris') {
              payments = [{ methodId: 'qris', amount: total, reference: 'QR-P' }]
            } else if (step.pay === 'split' && total >= 2) {
              const qris = Math.floor(total / 2)
              payments = [
                { methodId: 'qris', amount: qris, reference: 'QR-S' },
                { methodId: 'tunai', amount: total - qris + step.extra || 1000 },
              ]
            } else {
              payments = [{ methodId: 'tunai', amount: total + step.extra || 1000 }]
            }
            const wanted = new Map<string, number>()
            for (const l of lines) wanted.set(l.productId, (wanted.get(l.productId) ?? 0) + l.qty)
            const short = [...wanted].some(([id, qty]) => qty > onHand.get(id)!)

            const result = await core.call('sales:checkout', {
              id: saleId(),
              lines: lines.map((l) => ({
                productId: l.productId,
                qty: l.qty,
                discount: l.discount,
              })),
              cartDiscount,
              payments,
            })
            if (short && !allowNegativeStock) {
              expect(result).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })
              continue
            }
            if (!result.ok) throw new Error(`checkout refused: ${result.code} ${result.message}`)
            expectSaleConsistent(result.data, expected)
            for (const [id, qty] of wanted) onHand.set(id, onHand.get(id)! - qty)
            sales.push({
              id: result.data.id,
              lines: result.data.lines.map((l) => ({
                id: l.id,
                productId: l.productId,
                qty: l.qty,
                net: l.netTotal,
                returned: 0,
              })),
              voided: false,
              returns: 0,
            })
          } else if (step.type === 'void') {
            const sale = sales[step.s % Math.max(1, sales.length)]
            if (!sale) continue
            const result = await core.call('sales:void', { saleId: sale.id, reason: 'Uji' })
            if (sale.voided) {
              expect(result).toMatchObject({ ok: false, code: 'ALREADY_VOIDED' })
            } else if (sale.returns > 0) {
              expect(result).toMatchObject({ ok: false, code: 'HAS_RETURNS' })
            } else {
              expect(result.ok).toBe(true)
              sale.voided = true
              for (const l of sale.lines) onHand.set(l.productId, onHand.get(l.productId)! + l.qty)
            }
          } else {
            const sale = sales[step.s % Math.max(1, sales.length)]
            if (!sale) continue
            const wanted =
              step.type === 'return'
                ? step.lines
                : sale.lines
                    .map((l, index) => ({
                      l: index,
                      qty: l.qty - l.returned,
                      disposition: step.disposition,
                    }))
                    .filter((r) => r.qty > 0)
            if (wanted.length === 0) continue
            // Plan on a copy: a refused return must leave the model as it was.
            const returned = new Map(sale.lines.map((l) => [l.id, l.returned]))
            let exceeds = false
            let refund = 0
            const request = wanted.map((r) => {
              const line = sale.lines[r.l % sale.lines.length]!
              const before = returned.get(line.id)!
              if (before + r.qty > line.qty) exceeds = true
              else refund += refundShare(line.net, line.qty, before, r.qty)
              returned.set(line.id, before + r.qty)
              return { line, qty: r.qty, disposition: r.disposition }
            })
            // The return that brings back the last unit also settles the sale's cash rounding.
            if (!exceeds && sale.lines.every((l) => returned.get(l.id) === l.qty)) {
              refund += (await core.must('sales:get', { id: sale.id })).rounding
            }
            const result = await core.call('sales:return', {
              id: saleId(),
              saleId: sale.id,
              reason: 'Uji retur',
              lines: request.map((r) => ({
                saleLineId: r.line.id,
                qty: r.qty,
                disposition: r.disposition,
              })),
              refunds: refund > 0 ? [{ methodId: 'tunai', amount: refund }] : [],
            })
            if (sale.voided) {
              expect(result).toMatchObject({ ok: false, code: 'SALE_VOIDED' })
            } else if (exceeds) {
              expect(result).toMatchObject({ ok: false, code: 'RETURN_EXCEEDS_SOLD' })
            } else {
              if (!result.ok) throw new Error(`return refused: ${result.code} ${result.message}`)
              expect(result.data.refundTotal).toBe(refund)
              sale.returns += 1
              for (const r of request) {
                r.line.returned += r.qty
                if (r.disposition === 'restock') {
                  onHand.set(r.line.productId, onHand.get(r.line.productId)! + r.qty)
                }
              }
            }
          }
        }

        for (const product of products) {
          const expected = onHand.get(product.id)!
          expect((await core.must('catalog:get', { id: product.id })).onHand).toBe(expected)
          expect(ledgerOnHand(core, product.id)).toBe(expected)
        }
        expect(await verifyStockLevels(core.db)).toEqual([])
        // Refunds never exceed what a sale took, and a sale fully given back refunds its nets.
        for (const sale of sales) {
          const refunded = core.database.raw
            .prepare(
              `select coalesce(sum(amount), 0) from refunds
               where return_id in (select id from returns where sale_id = ?)
                  or void_id in (select id from sale_voids where sale_id = ?)`,
            )
            .pluck()
            .get(sale.id, sale.id) as number
          const dto = await core.must('sales:get', { id: sale.id })
          // A void gives back exactly what was taken, and so do all returns of a sale
          // together: the last one settles the cash rounding.
          if (sale.voided) expect(refunded).toBe(dto.total)
          else
            expect(refunded).toBeLessThanOrEqual(
              Math.max(dto.total, dto.subtotal - dto.cartDiscount),
            )
          if (!sale.voided && sale.lines.every((l) => l.returned === l.qty)) {
            expect(refunded).toBe(dto.total)
          }
        }
      }),
      { numRuns: 50 },
    )
  })
})
