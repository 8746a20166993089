import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { ParsedInputOf } from '../../shared/contract'
import type { SaleDto } from '../../shared/dto'
import { formatRupiah } from '../../shared/money'
import type { Database } from '../db/schema'
import type { Actor, ServiceContext } from './context'
import { AppError } from './errors'
import { formatReceiptNo, nextReceiptSeq } from './receipt-number'
import { postMovement } from './stock-ledger'

type CheckoutInput = ParsedInputOf<'sales:checkout'>

export interface CheckoutDeps {
  deviceCode: () => Promise<string>
  defaultLocationId: () => Promise<string>
}

/** Canonical hash of what the cashier submitted, so a replay with other contents is caught. */
function requestHash(input: CheckoutInput, locationId: string): string {
  const canonical = JSON.stringify({
    locationId,
    lines: input.lines.map((l) => [l.productId, l.qty]),
    payments: input.payments.map((p) => [p.methodId, p.amount, p.reference ?? null]),
  })
  return createHash('sha256').update(canonical).digest('hex')
}

export async function loadSale(db: Kysely<Database>, id: string): Promise<SaleDto> {
  const sale = await db
    .selectFrom('sales as s')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.receipt_no',
      's.created_at',
      's.location_id',
      'l.name as location_name',
      'u.name as cashier_name',
      's.subtotal',
      's.total',
      's.paid',
      's.change',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst()
  if (!sale) throw new AppError('NOT_FOUND')
  const [lines, payments] = await Promise.all([
    db.selectFrom('sale_lines').selectAll().where('sale_id', '=', id).orderBy('line_no').execute(),
    db.selectFrom('payments').selectAll().where('sale_id', '=', id).orderBy('tender_no').execute(),
  ])
  return {
    id: sale.id,
    receiptNo: sale.receipt_no,
    createdAt: new Date(sale.created_at).toISOString(),
    locationId: sale.location_id,
    locationName: sale.location_name,
    cashierName: sale.cashier_name,
    subtotal: sale.subtotal,
    total: sale.total,
    paid: sale.paid,
    change: sale.change,
    lines: lines.map((l) => ({
      lineNo: l.line_no,
      productId: l.product_id,
      name: l.name,
      sku: l.sku,
      qty: l.qty,
      unitPrice: l.unit_price,
      lineTotal: l.line_total,
    })),
    payments: payments.map((p) => ({
      methodId: p.method_id,
      methodName: p.method_name,
      kind: p.kind,
      amount: p.amount,
      tendered: p.tendered,
      change: p.change,
      reference: p.reference,
    })),
  }
}

export function createCheckoutService(ctx: ServiceContext, deps: CheckoutDeps) {
  const { db } = ctx

  /**
   * Sale, lines, payments, stock movements and the receipt number commit together or not
   * at all. The client-generated id makes a resubmit (double click, retry after a crash
   * between commit and reply) return the sale already recorded.
   */
  async function checkout(actor: Actor, input: CheckoutInput): Promise<SaleDto> {
    const locationId = input.locationId ?? (await deps.defaultLocationId())
    const hash = requestHash(input, locationId)
    const deviceCode = await deps.deviceCode()

    const saleId = await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('sales')
        .select(['id', 'request_hash'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (existing) {
        if (existing.request_hash !== hash) throw new AppError('IDEMPOTENCY_MISMATCH')
        return existing.id
      }

      const location = await trx
        .selectFrom('locations')
        .select('id')
        .where('id', '=', locationId)
        .executeTakeFirst()
      if (!location) throw new AppError('NOT_FOUND')

      const productIds = [...new Set(input.lines.map((l) => l.productId))]
      const products = await trx
        .selectFrom('products as p')
        .leftJoin('stock_levels as s', (join) =>
          join.onRef('s.product_id', '=', 'p.id').on('s.location_id', '=', locationId),
        )
        .select([
          'p.id',
          'p.name',
          'p.sku',
          'p.price',
          'p.cost',
          'p.active',
          'p.workshop_id',
          'p.category_id',
          's.on_hand',
        ])
        .where('p.id', 'in', productIds)
        .execute()
      const byId = new Map(products.map((p) => [p.id, p]))

      const wanted = new Map<string, number>()
      for (const line of input.lines)
        wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.qty)
      for (const [productId, qty] of wanted) {
        const product = byId.get(productId)
        if (!product) throw new AppError('NOT_FOUND')
        if (product.active !== 1) throw new AppError('INACTIVE_PRODUCT', { name: product.name })
        const available = product.on_hand ?? 0
        if (qty > available) {
          throw new AppError('INSUFFICIENT_STOCK', {
            name: product.name,
            available,
            requested: qty,
          })
        }
      }

      const lines = input.lines.map((line, index) => {
        const product = byId.get(line.productId)!
        return { ...line, lineNo: index + 1, product, lineTotal: product.price * line.qty }
      })
      const subtotal = lines.reduce((sum, l) => sum + l.lineTotal, 0)
      const total = subtotal

      const methods = await trx
        .selectFrom('payment_methods')
        .selectAll()
        .where('active', '=', 1)
        .execute()
      const methodById = new Map(methods.map((m) => [m.id, m]))
      const tenders = input.payments.map((p) => {
        const method = methodById.get(p.methodId)
        if (!method) throw new AppError('NOT_FOUND')
        if (method.requires_reference === 1 && !p.reference) {
          throw new AppError('REFERENCE_REQUIRED', { method: method.name })
        }
        return { ...p, method }
      })
      const nonCash = tenders
        .filter((t) => t.method.kind === 'noncash')
        .reduce((s, t) => s + t.amount, 0)
      if (nonCash > total) throw new AppError('NONCASH_EXCEEDS_DUE')
      const paid = tenders.reduce((s, t) => s + t.amount, 0)
      if (paid < total)
        throw new AppError('INSUFFICIENT_PAYMENT', { shortfall: formatRupiah(total - paid) })
      const change = paid - total

      const now = ctx.clock.now()
      const seq = await nextReceiptSeq(trx, ctx.deviceId)
      await trx
        .insertInto('sales')
        .values({
          id: input.id,
          device_id: ctx.deviceId,
          receipt_seq: seq,
          receipt_no: formatReceiptNo(deviceCode, seq, now),
          location_id: locationId,
          user_id: actor.userId,
          subtotal,
          total,
          paid,
          change,
          request_hash: hash,
          created_at: now,
        })
        .execute()

      for (const line of lines) {
        await trx
          .insertInto('sale_lines')
          .values({
            id: ctx.ids.next(),
            sale_id: input.id,
            line_no: line.lineNo,
            product_id: line.product.id,
            name: line.product.name,
            sku: line.product.sku,
            qty: line.qty,
            unit_price: line.product.price,
            line_total: line.lineTotal,
            unit_cost: line.product.cost,
            workshop_id: line.product.workshop_id,
            category_id: line.product.category_id,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
        await postMovement(trx, {
          id: ctx.ids.next(),
          productId: line.product.id,
          locationId,
          qty: -line.qty,
          reason: 'sale',
          unitCost: line.product.cost,
          workshopId: line.product.workshop_id,
          refType: 'sale',
          refId: input.id,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        })
      }

      // Change comes out of the cash tendered last; non-cash never exceeds what is due.
      let changeLeft = change
      const rows = tenders
        .map((t, order) => ({ t, order }))
        .reverse()
        .map(({ t, order }) => {
          const give = t.method.kind === 'cash' ? Math.min(changeLeft, t.amount) : 0
          changeLeft -= give
          return { t, order, give }
        })
        .reverse()
      for (const { t, order, give } of rows) {
        await trx
          .insertInto('payments')
          .values({
            id: ctx.ids.next(),
            sale_id: input.id,
            tender_no: order + 1,
            method_id: t.method.id,
            method_name: t.method.name,
            kind: t.method.kind,
            amount: t.amount - give,
            tendered: t.amount,
            change: give,
            reference: t.reference ?? null,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
      return input.id
    })
    return loadSale(db, saleId)
  }

  return { checkout, get: (id: string) => loadSale(db, id) }
}

export type CheckoutService = ReturnType<typeof createCheckoutService>
