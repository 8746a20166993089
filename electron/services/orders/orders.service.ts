import type { Transaction } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import { formatRupiah } from '../../../shared/money'
import type { OrderDto, OrderStatus, OrderSummaryDto } from '../../../shared/orders/orders-dto'
import type { Database } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import type { Actor, Authorize, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { openShiftOf } from '../shifts/shifts.service'
import { readTillLocation, usableLocation } from '../stock/stock-common'
import { lockedOrder, moneyOf, nextOrderNo, recordStatus, requireStatus } from './order-common'
import { loadOrder, orderSummaries } from './order-read'

/** Steps `orders:advance` takes, each from the statuses it may follow. */
const advanceFrom: Record<'confirmed' | 'in_production' | 'ready' | 'delivered', OrderStatus[]> = {
  confirmed: ['quotation'],
  in_production: ['confirmed'],
  ready: ['confirmed', 'in_production'],
  delivered: ['shipped'],
}
/** Before shipping an order may still change course; after, only delivery and payment follow. */
const openForWork: readonly OrderStatus[] = ['confirmed', 'in_production', 'ready']

/**
 * Orders beyond the counter: quotation → confirmed → production → ready → shipped →
 * delivered → paid, or cancelled with a reason. Every step is an event; money against the
 * order is a ledger of payments (deposits, balance, refunds, forfeits).
 */
export function createOrdersService(ctx: ServiceContext) {
  const { db } = ctx
  const get = (id: string): Promise<OrderDto> => loadOrder(db, id, ctx.clock.now())

  async function list(input: ParsedInputOf<'orders:list'>): Promise<OrderSummaryDto[]> {
    return orderSummaries(db, input)
  }

  async function create(
    actor: Actor,
    input: ParsedInputOf<'orders:create'>,
    authorize: Authorize,
  ): Promise<OrderDto> {
    const id = await db.transaction().execute(async (trx) => {
      const buyer = await trx
        .selectFrom('buyers')
        .select(['id', 'active'])
        .where('id', '=', input.buyerId)
        .executeTakeFirst()
      if (!buyer || buyer.active !== 1) throw fieldError('buyerId', 'INVALID_VALUE')
      const locationId = input.locationId ?? (await readTillLocation(trx))
      if (!locationId) throw fieldError('locationId', 'REQUIRED')
      const location = await usableLocation(trx, locationId, 'locationId')
      const products = await trx
        .selectFrom('products')
        .select(['id', 'name', 'price', 'active'])
        .where(
          'id',
          'in',
          input.lines.map((l) => l.productId),
        )
        .execute()
      const byId = new Map(products.map((p) => [p.id, p]))
      const lines = input.lines.map((line, index) => {
        const product = byId.get(line.productId)
        if (!product) throw fieldError(`lines.${index}.productId`, 'INVALID_VALUE')
        if (product.active !== 1) throw new AppError('INACTIVE_PRODUCT', { name: product.name })
        const unitPrice = line.unitPrice ?? product.price
        if (unitPrice !== product.price) {
          authorize('orders.price')
          if (!line.priceReason) throw fieldError(`lines.${index}.priceReason`, 'REASON_REQUIRED')
        }
        return { ...line, product, unitPrice }
      })
      const total = lines.reduce((sum, l) => sum + l.qty * l.unitPrice, 0)
      if (total > 999_999_999_999) {
        throw fieldError('lines', 'TOO_BIG', { max: formatRupiah(999_999_999_999) })
      }
      const now = ctx.clock.now()
      const orderId = ctx.ids.next()
      await trx
        .insertInto('orders')
        .values({
          id: orderId,
          order_no: await nextOrderNo(trx, 'order', now),
          buyer_id: buyer.id,
          location_id: location.id,
          status: 'quotation',
          due_date: input.dueDate ?? null,
          note: input.note ?? null,
          total,
          sale_id: null,
          created_by: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      let lineNo = 0
      for (const line of lines) {
        lineNo += 1
        const agreed = line.unitPrice !== line.product.price
        await trx
          .insertInto('order_lines')
          .values({
            id: ctx.ids.next(),
            order_id: orderId,
            line_no: lineNo,
            product_id: line.product.id,
            qty: line.qty,
            list_price: line.product.price,
            unit_price: line.unitPrice,
            price_reason: agreed ? (line.priceReason ?? null) : null,
            hs_code: line.hsCode ?? null,
            net_weight_g: line.netWeightG ?? null,
            due_date: line.dueDate ?? null,
          })
          .execute()
        if (agreed) {
          await recordAudit(trx, ctx, actor, {
            action: 'order.agreedPrice',
            reason: line.priceReason ?? null,
            refType: 'order',
            refId: orderId,
            detail: { product: line.product.name, from: line.product.price, to: line.unitPrice },
          })
        }
      }
      await trx
        .insertInto('order_events')
        .values({
          id: ctx.ids.next(),
          order_id: orderId,
          status: 'quotation',
          reason: null,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      return orderId
    })
    return get(id)
  }

  async function advance(actor: Actor, input: ParsedInputOf<'orders:advance'>): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, advanceFrom[input.status])
      await recordStatus(trx, ctx, actor, order.id, input.status)
    })
    return get(input.id)
  }

  async function cancel(actor: Actor, input: ParsedInputOf<'orders:cancel'>): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, ['quotation', ...openForWork])
      await recordStatus(trx, ctx, actor, order.id, 'cancelled', { reason: input.reason })
      // Its production requests stop counting as work owed; what arrives still comes in as stock.
      await trx
        .updateTable('production_requests')
        .set({ state: 'closed' })
        .where('order_id', '=', order.id)
        .where('state', '=', 'open')
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'order.cancel',
        reason: input.reason,
        refType: 'order',
        refId: order.id,
        detail: { orderNo: order.order_no },
      })
    })
    return get(input.id)
  }

  async function tender(trx: Transaction<Database>, methodId: string, reference?: string | null) {
    const method = await trx
      .selectFrom('payment_methods')
      .selectAll()
      .where('id', '=', methodId)
      .where('active', '=', 1)
      .executeTakeFirst()
    if (!method) throw fieldError('methodId', 'INVALID_VALUE')
    if (method.requires_reference === 1 && !reference) {
      throw new AppError('REFERENCE_REQUIRED', { method: method.name })
    }
    return method
  }

  /** Cash taken or paid back at this till moves its drawer: the open shift's Z report counts it. */
  async function drawerMove(
    trx: Transaction<Database>,
    actor: Actor,
    kind: 'in' | 'out',
    amount: number,
    reason: string,
  ) {
    const shift = await openShiftOf(trx, ctx.deviceId)
    if (!shift) return null
    await trx
      .insertInto('shift_cash_moves')
      .values({
        id: ctx.ids.next(),
        shift_id: shift.id,
        kind,
        amount,
        reason: reason.slice(0, 120),
        user_id: actor.userId,
        device_id: ctx.deviceId,
        created_at: ctx.clock.now(),
      })
      .execute()
    return shift.id
  }

  async function pay(actor: Actor, input: ParsedInputOf<'orders:pay'>): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, [...openForWork, 'shipped', 'delivered'])
      const money = await moneyOf(trx, order)
      if (input.amount > money.balanceDue) {
        throw new AppError('PAYMENT_EXCEEDS_DUE', { due: formatRupiah(money.balanceDue) })
      }
      const method = await tender(trx, input.methodId, input.reference)
      const now = ctx.clock.now()
      const receiptNo = await nextOrderNo(trx, 'payment', now)
      const shiftId =
        method.kind === 'cash'
          ? await drawerMove(trx, actor, 'in', input.amount, `${receiptNo} ${order.order_no}`)
          : null
      await trx
        .insertInto('order_payments')
        .values({
          id: ctx.ids.next(),
          order_id: order.id,
          receipt_no: receiptNo,
          kind: input.kind,
          method_id: method.id,
          method_name: method.name,
          method_kind: method.kind,
          amount: input.amount,
          reference: input.reference ?? null,
          reason: null,
          shift_id: shiftId,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      if (input.amount === money.balanceDue && ['shipped', 'delivered'].includes(order.status)) {
        await recordStatus(trx, ctx, actor, order.id, 'paid')
      }
    })
    return get(input.id)
  }

  async function settleDeposit(
    actor: Actor,
    input: ParsedInputOf<'orders:settleDeposit'>,
  ): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, ['cancelled'])
      const money = await moneyOf(trx, order)
      if (input.amount > money.held) {
        throw new AppError('SETTLE_EXCEEDS_HELD', { held: formatRupiah(money.held) })
      }
      const method =
        input.outcome === 'refund' ? await tender(trx, input.methodId, input.reference) : null
      const now = ctx.clock.now()
      const receiptNo = await nextOrderNo(trx, 'payment', now)
      const shiftId =
        method?.kind === 'cash'
          ? await drawerMove(trx, actor, 'out', input.amount, `${receiptNo} ${order.order_no}`)
          : null
      await trx
        .insertInto('order_payments')
        .values({
          id: ctx.ids.next(),
          order_id: order.id,
          receipt_no: receiptNo,
          kind: input.outcome,
          method_id: method?.id ?? null,
          method_name: method?.name ?? null,
          method_kind: method?.kind ?? null,
          amount: input.amount,
          reference: input.outcome === 'refund' ? (input.reference ?? null) : null,
          reason: input.reason,
          shift_id: shiftId,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: `order.${input.outcome}`,
        reason: input.reason,
        refType: 'order',
        refId: order.id,
        detail: { orderNo: order.order_no, amount: input.amount, receiptNo },
      })
    })
    return get(input.id)
  }

  async function pack(actor: Actor, input: ParsedInputOf<'orders:pack'>): Promise<OrderDto> {
    await db.transaction().execute(async (trx) => {
      const order = await lockedOrder(trx, input.id)
      requireStatus(order, openForWork)
      const lines = await trx
        .selectFrom('order_lines as x')
        .innerJoin('products as p', 'p.id', 'x.product_id')
        .select(['x.id', 'x.product_id', 'x.qty', 'p.name'])
        .where('x.order_id', '=', order.id)
        .execute()
      const byProduct = new Map(lines.map((l) => [l.product_id, l]))
      const packed = new Map<string, number>()
      input.cartons.forEach((carton, c) =>
        carton.lines.forEach((line, i) => {
          if (!byProduct.has(line.productId)) {
            throw fieldError(`cartons.${c}.lines.${i}.productId`, 'INVALID_VALUE')
          }
          packed.set(line.productId, (packed.get(line.productId) ?? 0) + line.qty)
        }),
      )
      // Cartons already shipped stay in the plan: a new plan holds at least what has gone.
      const shipped = await trx
        .selectFrom('order_shipment_lines as h')
        .innerJoin('order_lines as x', 'x.id', 'h.order_line_id')
        .select(['x.product_id', (eb) => eb.fn.sum<number>('h.qty').as('qty')])
        .where('x.order_id', '=', order.id)
        .groupBy('x.product_id')
        .execute()
      for (const row of shipped) {
        const qty = packed.get(row.product_id) ?? 0
        if (qty < Number(row.qty)) {
          throw new AppError('PACKING_INCOMPLETE', {
            name: byProduct.get(row.product_id)!.name,
            ordered: Number(row.qty),
            packed: qty,
          })
        }
      }
      for (const [productId, qty] of packed) {
        const line = byProduct.get(productId)!
        if (qty > line.qty) {
          throw new AppError('PACKING_EXCEEDS_ORDERED', {
            name: line.name,
            ordered: line.qty,
            packed: qty,
          })
        }
      }
      // A new plan replaces the old one whole (the triggers allow it until shipping).
      const old = await trx
        .selectFrom('order_cartons')
        .select('id')
        .where('order_id', '=', order.id)
        .execute()
      if (old.length > 0) {
        await trx
          .deleteFrom('order_carton_lines')
          .where(
            'carton_id',
            'in',
            old.map((c) => c.id),
          )
          .execute()
        await trx.deleteFrom('order_cartons').where('order_id', '=', order.id).execute()
      }
      let cartonNo = 0
      for (const carton of input.cartons) {
        cartonNo += 1
        const cartonId = ctx.ids.next()
        await trx
          .insertInto('order_cartons')
          .values({
            id: cartonId,
            order_id: order.id,
            carton_no: cartonNo,
            net_weight_g: carton.netWeightG,
            gross_weight_g: carton.grossWeightG,
            length_cm: carton.lengthCm,
            width_cm: carton.widthCm,
            height_cm: carton.heightCm,
          })
          .execute()
        for (const line of carton.lines) {
          await trx
            .insertInto('order_carton_lines')
            .values({
              id: ctx.ids.next(),
              carton_id: cartonId,
              order_line_id: byProduct.get(line.productId)!.id,
              qty: line.qty,
            })
            .execute()
        }
      }
      await recordAudit(trx, ctx, actor, {
        action: 'order.pack',
        refType: 'order',
        refId: order.id,
        detail: { orderNo: order.order_no, cartons: input.cartons.length },
      })
    })
    return get(input.id)
  }

  return { list, get, create, advance, cancel, pay, settleDeposit, pack }
}

export type OrdersService = ReturnType<typeof createOrdersService>
