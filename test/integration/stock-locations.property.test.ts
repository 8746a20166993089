import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import { refundShare } from '../../shared/till/pricing'
import { ledgerOnHand, locationId, saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

/**
 * Model-based: random intake, sales, returns and transfers (sent, then received whole or in
 * part) across three locations, against a real core and a small in-memory model. After
 * every sequence, on hand per location equals the model, goods in transit are counted at no
 * location (and once in the in-transit total), and the cached levels agree with the ledger.
 */

const L = 3 // Galeri, Gudang, an exhibition
type Op =
  | { type: 'intake'; p: number; loc: number; qty: number }
  | { type: 'sale'; p: number; loc: number; qty: number }
  | { type: 'return'; s: number; qty: number; damaged: boolean }
  | { type: 'send'; p: number; from: number; to: number; qty: number }
  | { type: 'receive'; t: number; damaged: number; missing: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('intake' as const),
      p: fc.nat(),
      loc: fc.nat(1),
      qty: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('sale' as const),
      p: fc.nat(),
      loc: fc.nat(L - 1),
      qty: fc.integer({ min: 1, max: 4 }),
    }),
  },
  fc.record({
    type: fc.constant('return' as const),
    s: fc.nat(),
    qty: fc.integer({ min: 1, max: 3 }),
    damaged: fc.boolean(),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('send' as const),
      p: fc.nat(),
      from: fc.nat(L - 1),
      to: fc.nat(L - 1),
      qty: fc.integer({ min: 1, max: 5 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('receive' as const),
      t: fc.nat(),
      damaged: fc.nat(2),
      missing: fc.nat(2),
    }),
  },
)

interface ModelSale {
  id: string
  lineId: string
  productId: string
  loc: number
  qty: number
  net: number
  returned: number
}
interface ModelTransfer {
  id: string
  productId: string
  to: number
  qty: number
  received: boolean
}

describe('stock across locations (model-based)', () => {
  let core: TestCore
  let locations: string[]
  beforeAll(async () => {
    core = await createTestCore()
    const exhibition = await core.must('stock:saveExhibition', {
      name: 'Pameran Uji',
      place: '',
      startsOn: '2026-11-27',
      endsOn: '2026-12-31',
    })
    locations = [await locationId(core, 'Galeri'), await locationId(core, 'Gudang'), exhibition.id]
  })
  afterAll(async () => core.dispose())

  it('on hand per location equals the model; in transit is never double-counted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 2, max: 3 }),
        async (ops, productCount) => {
          const products = []
          for (let i = 0; i < productCount; i++) products.push(await stockedProduct(core, 0))
          const model = new Map(products.map((p) => [p.id, [0, 0, 0]]))
          const at = (productId: string, loc: number) => model.get(productId)![loc]!
          const add = (productId: string, loc: number, qty: number) => {
            model.get(productId)![loc] = at(productId, loc) + qty
          }
          const sales: ModelSale[] = []
          const transfers: ModelTransfer[] = []

          for (const step of ops) {
            if (step.type === 'intake') {
              const product = products[step.p % products.length]!
              await core.must('stock:postDocument', {
                kind: 'production_in',
                locationId: locations[step.loc]!,
                docDate: '2026-11-27',
                lines: [{ productId: product.id, qty: step.qty }],
              })
              add(product.id, step.loc, step.qty)
            } else if (step.type === 'sale') {
              const product = products[step.p % products.length]!
              const result = await core.call('sales:checkout', {
                id: saleId(),
                locationId: locations[step.loc]!,
                lines: [{ productId: product.id, qty: step.qty }],
                payments: [{ methodId: 'tunai', amount: product.price * step.qty }],
              })
              if (step.qty > at(product.id, step.loc)) {
                expect(result).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })
                continue
              }
              if (!result.ok) throw new Error(`sale refused: ${result.code}`)
              add(product.id, step.loc, -step.qty)
              const line = result.data.lines[0]!
              sales.push({
                id: result.data.id,
                lineId: line.id,
                productId: product.id,
                loc: step.loc,
                qty: line.qty,
                net: line.netTotal,
                returned: 0,
              })
            } else if (step.type === 'return') {
              const sale = sales[step.s % Math.max(1, sales.length)]
              if (!sale) continue
              const qty = Math.min(step.qty, sale.qty - sale.returned)
              if (qty === 0) continue
              const refund = refundShare(sale.net, sale.qty, sale.returned, qty)
              await core.must('sales:return', {
                id: saleId(),
                saleId: sale.id,
                reason: 'Uji',
                lines: [
                  {
                    saleLineId: sale.lineId,
                    qty,
                    disposition: step.damaged ? 'damaged' : 'restock',
                  },
                ],
                refunds: refund > 0 ? [{ methodId: 'tunai', amount: refund }] : [],
              })
              sale.returned += qty
              if (!step.damaged) add(sale.productId, sale.loc, qty)
            } else if (step.type === 'send') {
              if (step.from === step.to) continue
              const product = products[step.p % products.length]!
              const draft = await core.must('stock:saveTransfer', {
                fromId: locations[step.from]!,
                toId: locations[step.to]!,
                lines: [{ productId: product.id, qty: step.qty }],
              })
              const sent = await core.call('stock:sendTransfer', { id: draft.id })
              if (step.qty > at(product.id, step.from)) {
                expect(sent).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })
                await core.must('stock:cancelTransfer', { id: draft.id })
                continue
              }
              if (!sent.ok) throw new Error(`send refused: ${sent.code}`)
              add(product.id, step.from, -step.qty)
              transfers.push({
                id: draft.id,
                productId: product.id,
                to: step.to,
                qty: step.qty,
                received: false,
              })
            } else {
              const pending = transfers.filter((t) => !t.received)
              const transfer = pending[step.t % Math.max(1, pending.length)]
              if (!transfer) continue
              const damaged = Math.min(step.damaged, transfer.qty)
              const missing = Math.min(step.missing, transfer.qty - damaged)
              const received = transfer.qty - damaged - missing
              await core.must('stock:receiveTransfer', {
                id: transfer.id,
                lines: [{ productId: transfer.productId, received, damaged }],
              })
              transfer.received = true
              add(transfer.productId, transfer.to, received)
            }
          }

          const inTransit = new Map<string, number>()
          for (const t of transfers) {
            if (!t.received) inTransit.set(t.productId, (inTransit.get(t.productId) ?? 0) + t.qty)
          }
          for (const product of products) {
            for (let loc = 0; loc < L; loc++) {
              expect(ledgerOnHand(core, product.id, locations[loc])).toBe(at(product.id, loc))
              const page = await core.must('stock:levels', {
                locationId: locations[loc]!,
                query: product.sku,
              })
              const row = page.rows.find((r) => r.productId === product.id)
              expect(row?.onHand ?? 0).toBe(at(product.id, loc))
            }
            // All locations together: the sum of the three, never the goods on the road.
            const all = await core.must('stock:levels', { query: product.sku })
            const row = all.rows.find((r) => r.productId === product.id)!
            expect(row.onHand).toBe(model.get(product.id)!.reduce((a, b) => a + b, 0))
            expect(row.inTransit).toBe(inTransit.get(product.id) ?? 0)
          }
          expect(await verifyStockLevels(core.db)).toEqual([])
        },
      ),
      { numRuns: Number(process.env.STOCK_PROPERTY_RUNS ?? 25) },
    )
  }, 600_000)
})
