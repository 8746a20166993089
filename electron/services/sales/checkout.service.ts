import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { SaleDto } from '../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../shared/money'
import { MAX_AMOUNT, priceCart, PricingError } from '../../../shared/till/pricing'
import { recordAudit } from '../core/audit-writer'
import type { Actor, Authorize, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { alreadyRecorded } from '../core/idempotent-request'
import { formatReceiptNo, nextSeq } from '../core/receipt-number'
import { loadSale } from './sale-read'
import { sellingLocation } from './selling-location'
import { openShiftOf } from '../shifts/shifts.service'
import { insertPayment, insertSaleHeader, insertSaleLine } from './sale-writer'
import type { TillSettingsService } from '../till/till-settings.service'

export type CheckoutInput = ParsedInputOf<'sales:checkout'>

export type { Authorize } from '../core/context'

/** Canonical hash of what the cashier submitted, so a replay with other contents is caught. */
function requestHash(input: CheckoutInput, locationId: string): string {
  const canonical = JSON.stringify({
    locationId,
    lines: input.lines.map((l) => [
      l.productId,
      l.qty,
      l.unitPrice ?? null,
      l.overrideReason ?? null,
      l.discount ?? null,
    ]),
    cartDiscount: input.cartDiscount ?? null,
    payments: input.payments.map((p) => [p.methodId, p.amount, p.reference ?? null]),
  })
  return createHash('sha256').update(canonical).digest('hex')
}

export function createCheckoutService(
  ctx: ServiceContext,
  till: TillSettingsService,
  /** Shifts are required once people sign in with PINs (not during first-run setup). */
  requireShift: () => Promise<boolean> = async () => false,
) {
  const { db } = ctx

  /**
   * Sale, lines, payments, stock movements, audit entries and the receipt number commit
   * together or not at all. The client-generated id makes a resubmit (double click, retry
   * after a crash between commit and reply) return the sale already recorded.
   */
  async function checkout(
    actor: Actor,
    input: CheckoutInput,
    authorize: Authorize,
  ): Promise<SaleDto> {
    const settings = await till.get()
    const shiftRequired = await requireShift()
    const locationId = sellingLocation(actor, input.locationId, settings.locationId)
    const hash = requestHash(input, locationId)

    // A replay answers with the sale as it stands now; a new sale has no voids or returns yet.
    let justMade = false
    const saleId = await db.transaction().execute(async (trx) => {
      const existing = await alreadyRecorded(trx, 'sales', input.id, hash)
      if (existing) return existing

      const shift = await openShiftOf(trx, ctx.deviceId)
      if (!shift && shiftRequired) throw new AppError('SHIFT_REQUIRED')

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
      for (const line of input.lines) {
        wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.qty)
      }
      const oversold: Array<{ productId: string; name: string; available: number; sold: number }> =
        []
      for (const [productId, qty] of wanted) {
        const product = byId.get(productId)
        if (!product) throw new AppError('NOT_FOUND')
        if (product.active !== 1) throw new AppError('INACTIVE_PRODUCT', { name: product.name })
        const available = product.on_hand ?? 0
        if (qty > available) {
          if (!settings.allowNegativeStock) {
            throw new AppError('INSUFFICIENT_STOCK', {
              name: product.name,
              available,
              requested: qty,
            })
          }
          oversold.push({ productId, name: product.name, available, sold: qty })
        }
      }

      const lines = input.lines.map((line, index) => {
        const product = byId.get(line.productId)!
        const unitPrice = line.unitPrice ?? product.price
        const overridden = unitPrice !== product.price
        if (overridden) {
          authorize('price.override')
          if (!line.overrideReason) {
            throw new AppError('VALIDATION', undefined, [
              { path: `lines.${index}.overrideReason`, code: 'REASON_REQUIRED' },
            ])
          }
        }
        if (line.discount) authorize('discount')
        return { ...line, index, product, unitPrice, overridden }
      })
      if (input.cartDiscount) authorize('discount')

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
      const paidWithCash = tenders.some((t) => t.method.kind === 'cash')

      let priced
      try {
        priced = priceCart(lines, input.cartDiscount, settings.cashRounding, paidWithCash)
      } catch (error) {
        if (error instanceof PricingError) {
          if (error.code === 'AMOUNT_TOO_LARGE') {
            throw new AppError('VALIDATION', undefined, [
              {
                path: error.lineIndex === null ? 'lines' : `lines.${error.lineIndex}.qty`,
                code: 'TOO_BIG',
                params: { max: formatRupiah(MAX_AMOUNT) },
              },
            ])
          }
          throw new AppError('DISCOUNT_TOO_LARGE')
        }
        throw error
      }
      const { total } = priced
      const nonCash = tenders
        .filter((t) => t.method.kind === 'noncash')
        .reduce((s, t) => s + t.amount, 0)
      if (nonCash > total) throw new AppError('NONCASH_EXCEEDS_DUE')
      const paid = tenders.reduce((s, t) => s + t.amount, 0)
      if (paid < total) {
        throw new AppError('INSUFFICIENT_PAYMENT', { shortfall: formatRupiah(total - paid) })
      }
      const change = paid - total

      const now = ctx.clock.now()
      const seq = await nextSeq(trx, 'receipt_counters', ctx.deviceId)
      await insertSaleHeader(trx, ctx, {
        id: input.id,
        receiptSeq: seq,
        receiptNo: formatReceiptNo(settings.receipt, seq, now),
        locationId,
        userId: actor.userId,
        shiftId: shift?.id ?? null,
        subtotal: priced.subtotal,
        cartDiscount: priced.cartDiscount,
        cartDiscountKind: input.cartDiscount?.kind ?? null,
        cartDiscountValue: input.cartDiscount?.value ?? null,
        cartDiscountReason: input.cartDiscount?.reason ?? null,
        rounding: priced.rounding,
        total,
        paid,
        change,
        requestHash: hash,
        createdAt: now,
      })

      for (const line of lines) {
        const money = priced.lines[line.index]!
        await insertSaleLine(trx, ctx, {
          saleId: input.id,
          lineNo: line.index + 1,
          locationId,
          product: line.product,
          qty: line.qty,
          unitPrice: line.unitPrice,
          overrideReason: line.overridden ? (line.overrideReason ?? null) : null,
          lineDiscount: money.discount,
          discountKind: line.discount?.kind ?? null,
          discountValue: line.discount?.value ?? null,
          discountReason: line.discount?.reason ?? null,
          lineTotal: money.total,
          netTotal: money.net,
          userId: actor.userId,
          createdAt: now,
        })
        if (line.overridden) {
          await recordAudit(trx, ctx, actor, {
            action: 'sale.priceOverride',
            reason: line.overrideReason ?? null,
            refType: 'sale',
            refId: input.id,
            detail: { product: line.product.name, from: line.product.price, to: line.unitPrice },
          })
        }
        if (line.discount) {
          await recordAudit(trx, ctx, actor, {
            action: 'sale.lineDiscount',
            reason: line.discount.reason,
            refType: 'sale',
            refId: input.id,
            detail: { product: line.product.name, ...line.discount, amount: money.discount },
          })
        }
      }
      if (input.cartDiscount) {
        await recordAudit(trx, ctx, actor, {
          action: 'sale.cartDiscount',
          reason: input.cartDiscount.reason,
          refType: 'sale',
          refId: input.id,
          detail: { ...input.cartDiscount, amount: priced.cartDiscount },
        })
      }
      if (oversold.length > 0) {
        await recordAudit(trx, ctx, actor, {
          action: 'sale.oversell',
          reason: 'allowNegativeStock',
          refType: 'sale',
          refId: input.id,
          detail: { items: oversold },
        })
      }

      // Change comes out of the cash tendered last; non-cash never exceeds what is due.
      let changeLeft = change
      const rows = tenders
        .map((t, order) => ({ t, order, give: 0 }))
        .reverse()
        .map((row) => {
          const give = row.t.method.kind === 'cash' ? Math.min(changeLeft, row.t.amount) : 0
          changeLeft -= give
          return { ...row, give }
        })
        .reverse()
      for (const { t, order, give } of rows) {
        await insertPayment(trx, ctx, {
          saleId: input.id,
          tenderNo: order + 1,
          method: t.method,
          amount: t.amount - give,
          tendered: t.amount,
          change: give,
          reference: t.reference ?? null,
          createdAt: now,
        })
      }
      // The cart became this sale: the till starts empty after a crash from here on. Only
      // that cart: a different open cart is not paid, and emptying it is a removal to audit.
      await trx
        .deleteFrom('open_carts')
        .where('device_id', '=', ctx.deviceId)
        .where(sql<string>`json_extract(cart, '$.id')`, '=', input.id)
        .execute()
      justMade = true
      return input.id
    })
    return loadSale(db, saleId, { justMade })
  }

  return { checkout, get: (id: string) => loadSale(db, id) }
}

export type CheckoutService = ReturnType<typeof createCheckoutService>
