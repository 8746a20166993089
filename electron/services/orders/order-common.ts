import type { Transaction } from 'kysely'
import type { OrderStatus } from '../../../shared/orders/orders-dto'
import type { Database } from '../../db/schema'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { nextDocNo, localDate } from '../stock/stock-common'
import { orderMoney, paymentSums } from './order-read'

/** Number prefixes of the order series (this till's code and the year follow, as on stock documents). */
export const orderPrefixes = {
  order: 'PSN',
  payment: 'KWT',
  production: 'PRD',
  quotation: 'PNW',
  proforma: 'PRO',
  invoice: 'INV',
  packing_list: 'PL',
  delivery_note: 'SJ',
  deposit_receipt: 'KWD',
} as const

export const nextOrderNo = (
  trx: Transaction<Database>,
  kind: keyof typeof orderPrefixes,
  now: number,
) => nextDocNo(trx, orderPrefixes[kind], localDate(now))

export async function lockedOrder(trx: Transaction<Database>, id: string) {
  const order = await trx.selectFrom('orders').selectAll().where('id', '=', id).executeTakeFirst()
  if (!order) throw new AppError('NOT_FOUND')
  return order
}

export function requireStatus(
  order: { order_no: string; status: OrderStatus },
  allowed: readonly OrderStatus[],
) {
  if (!allowed.includes(order.status)) {
    throw new AppError('ORDER_STATE', { orderNo: order.order_no, status: order.status })
  }
}

export async function moneyOf(
  trx: Transaction<Database>,
  order: { id: string; total: number; status: OrderStatus },
) {
  const sums = await paymentSums(trx, [order.id])
  return orderMoney(order.total, order.status, sums.get(order.id)!)
}

/** Moves the order to a status and records who did it, when and why: both or neither. */
export async function recordStatus(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  actor: Actor,
  orderId: string,
  status: OrderStatus,
  extra: { reason?: string | null; saleId?: string } = {},
) {
  await trx
    .updateTable('orders')
    .set({ status, ...(extra.saleId ? { sale_id: extra.saleId } : {}) })
    .where('id', '=', orderId)
    .execute()
  await trx
    .insertInto('order_events')
    .values({
      id: ctx.ids.next(),
      order_id: orderId,
      status,
      reason: extra.reason ?? null,
      user_id: actor.userId,
      approved_by: actor.approvedBy?.userId ?? null,
      device_id: ctx.deviceId,
      created_at: ctx.clock.now(),
    })
    .execute()
}
