import { createHash } from 'node:crypto'
import type { ParsedInputOf } from '../../../shared/contract'
import type { OrderDto } from '../../../shared/orders/orders-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { formatReceiptNo, nextSeq } from '../core/receipt-number'
import { postMovement } from '../stock/stock-ledger'
import type { TillSettingsService } from '../till/till-settings.service'
import { lockedOrder, moneyOf, recordStatus, requireStatus } from './order-common'
import { loadOrder } from './order-read'

/** The tender an order sale is paid with: the money came in as order payments. */
export const ORDER_ACCOUNT_METHOD = 'order-account'

/**
 * Shipping sells the order, whole or in parts: each shipment is one transaction that writes an
 * ordinary sale (the till's next receipt number, the shipped lines at the order's agreed
 * prices, the product's workshop and cost), its stock movements out of the order's location
 * and the shipment's record. The order takes its `shipped` step with the shipment that
 * leaves nothing behind. Reports, hasil
 * kerja and PNBP read sales, so they count the order once, on the day it ships.
 */
export function createOrderShipping(ctx: ServiceContext, till: TillSettingsService) {
  const { db } = ctx

  async function ship(actor: Actor, input: ParsedInputOf<'orders:ship'>): Promise<OrderDto> {
    const settings = await till.get()
    const orderId = input.id
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, orderId)
      requireStatus(order, ['confirmed', 'in_production', 'ready'])
      const all = await trx
        .selectFrom('order_lines as x')
        .innerJoin('products as p', 'p.id', 'x.product_id')
        .leftJoin('stock_levels as s', (j) =>
          j.onRef('s.product_id', '=', 'p.id').on('s.location_id', '=', order.location_id),
        )
        .select([
          'x.id',
          'x.line_no',
          'x.product_id',
          'x.qty',
          'x.list_price',
          'x.unit_price',
          'x.price_reason',
          'p.name',
          'p.sku',
          'p.cost',
          'p.workshop_id',
          'p.category_id',
          's.on_hand',
          (eb) =>
            eb
              .selectFrom('order_carton_lines as c')
              .select((c) => c.fn.coalesce(c.fn.sum<number>('c.qty'), c.lit(0)).as('n'))
              .whereRef('c.order_line_id', '=', 'x.id')
              .as('packed'),
          (eb) =>
            eb
              .selectFrom('order_shipment_lines as h')
              .select((h) => h.fn.coalesce(h.fn.sum<number>('h.qty'), h.lit(0)).as('n'))
              .whereRef('h.order_line_id', '=', 'x.id')
              .as('shipped'),
        ])
        .where('x.order_id', '=', order.id)
        .orderBy('x.line_no')
        .execute()
      // Without a list, the shipment takes everything still to go (the whole order at first).
      const wanted = new Map(input.lines?.map((l) => [l.productId, l.qty]))
      input.lines?.forEach((l, index) => {
        if (!all.some((x) => x.product_id === l.productId)) {
          throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        }
      })
      const lines = all
        .map((line) => {
          const shippedBefore = Number(line.shipped ?? 0)
          const remaining = line.qty - shippedBefore
          const qty = input.lines ? (wanted.get(line.product_id) ?? 0) : remaining
          return { ...line, shippedBefore, remaining, qty }
        })
        .filter((line) => line.qty > 0)
      if (lines.length === 0) throw new AppError('NOTHING_TO_SHIP')
      for (const line of lines) {
        if (line.qty > line.remaining) {
          throw new AppError('SHIP_EXCEEDS_ORDERED', {
            name: line.name,
            remaining: line.remaining,
            qty: line.qty,
          })
        }
        // What goes must have been packed: the cartons hold every piece shipped so far.
        const packed = Number(line.packed ?? 0)
        if (packed < line.shippedBefore + line.qty) {
          throw new AppError('PACKING_INCOMPLETE', {
            name: line.name,
            ordered: line.shippedBefore + line.qty,
            packed,
          })
        }
        if ((line.on_hand ?? 0) < line.qty) {
          throw new AppError('INSUFFICIENT_STOCK', {
            name: line.name,
            available: line.on_hand ?? 0,
            requested: line.qty,
          })
        }
      }
      const complete = all.every((x) => {
        const going = lines.find((l) => l.id === x.id)?.qty ?? 0
        return Number(x.shipped ?? 0) + going === x.qty
      })
      const shipmentNo =
        Number(
          (
            await trx
              .selectFrom('order_shipments')
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .where('order_id', '=', order.id)
              .executeTakeFirst()
          )?.n ?? 0,
        ) + 1

      const now = ctx.clock.now()
      const saleId = ctx.ids.next()
      const total = lines.reduce((sum, line) => sum + line.qty * line.unit_price, 0)
      const seq = await nextSeq(trx, 'receipt_counters', ctx.deviceId)
      await trx
        .insertInto('sales')
        .values({
          id: saleId,
          device_id: ctx.deviceId,
          receipt_seq: seq,
          receipt_no: formatReceiptNo(settings.receipt, seq, now),
          location_id: order.location_id,
          user_id: actor.userId,
          // Not a drawer sale: the order's cash was counted into a shift when it was paid.
          shift_id: null,
          subtotal: total,
          cart_discount: 0,
          cart_discount_kind: null,
          cart_discount_value: null,
          cart_discount_reason: null,
          rounding: 0,
          total,
          paid: total,
          change: 0,
          request_hash: createHash('sha256')
            .update(`order:${order.id}:${shipmentNo}`)
            .digest('hex'),
          created_at: now,
        })
        .execute()
      for (const line of lines) {
        const lineTotal = line.qty * line.unit_price
        await trx
          .insertInto('sale_lines')
          .values({
            id: ctx.ids.next(),
            sale_id: saleId,
            line_no: line.line_no,
            product_id: line.product_id,
            name: line.name,
            sku: line.sku,
            qty: line.qty,
            list_price: line.list_price,
            unit_price: line.unit_price,
            override_reason:
              line.unit_price !== line.list_price
                ? `${order.order_no}: ${line.price_reason ?? ''}`.slice(0, 200)
                : null,
            line_discount: 0,
            discount_kind: null,
            discount_value: null,
            discount_reason: null,
            line_total: lineTotal,
            net_total: lineTotal,
            unit_cost: line.cost,
            workshop_id: line.workshop_id,
            category_id: line.category_id,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
        await postMovement(trx, {
          id: ctx.ids.next(),
          productId: line.product_id,
          locationId: order.location_id,
          qty: -line.qty,
          reason: 'sale',
          unitCost: line.cost,
          workshopId: line.workshop_id,
          refType: 'sale',
          refId: saleId,
          note: order.order_no,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        })
      }
      if (total > 0) {
        await trx
          .insertInto('payment_methods')
          .values({
            id: ORDER_ACCOUNT_METHOD,
            name: 'Pesanan',
            kind: 'noncash',
            requires_reference: 0,
            active: 0,
            sort: 99,
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute()
        await trx
          .insertInto('payments')
          .values({
            id: ctx.ids.next(),
            sale_id: saleId,
            tender_no: 1,
            method_id: ORDER_ACCOUNT_METHOD,
            method_name: 'Pesanan',
            kind: 'noncash',
            amount: total,
            tendered: total,
            change: 0,
            reference: order.order_no,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
      const shipmentId = ctx.ids.next()
      await trx
        .insertInto('order_shipments')
        .values({
          id: shipmentId,
          order_id: order.id,
          shipment_no: shipmentNo,
          sale_id: saleId,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      for (const line of lines) {
        await trx
          .insertInto('order_shipment_lines')
          .values({ shipment_id: shipmentId, order_line_id: line.id, qty: line.qty })
          .execute()
      }
      // The order is shipped once nothing is left to go; until then it stays where it was.
      if (complete) {
        await recordStatus(trx, ctx, actor, order.id, 'shipped', { saleId })
        const money = await moneyOf(trx, { ...order, status: 'shipped' })
        if (money.balanceDue === 0) await recordStatus(trx, ctx, actor, order.id, 'paid')
      }
      await recordAudit(trx, ctx, actor, {
        action: complete ? 'order.ship' : 'order.shipPart',
        refType: 'order',
        refId: order.id,
        detail: { orderNo: order.order_no, saleId, total, shipmentNo },
      })
    })
    return loadOrder(db, orderId, ctx.clock.now())
  }

  return { ship }
}
