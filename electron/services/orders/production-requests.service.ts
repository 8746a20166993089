import type { Transaction } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ProductionRequestDto } from '../../../shared/orders/orders-dto'
import type { Database } from '../../db/schema'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { nextOrderNo, requireStatus } from './order-common'
import { productionRequests } from './order-read'

/**
 * Requests to the workshops (kegiatan kerja) for goods an order lacks. Goods arrive through
 * the ordinary production intake, whose document names the request; progress is the sum of
 * those documents, and a request closes by itself once it has everything.
 */
export function createProductionRequestsService(ctx: ServiceContext) {
  const { db } = ctx

  async function one(id: string): Promise<ProductionRequestDto> {
    const [row] = await productionRequests(
      db,
      { ids: [id], state: 'all', limit: 1 },
      ctx.clock.now(),
    )
    if (!row) throw new AppError('NOT_FOUND')
    return row
  }

  async function request(
    actor: Actor,
    input: ParsedInputOf<'orders:requestProduction'>,
  ): Promise<ProductionRequestDto> {
    const id = await db.transaction().execute(async (trx) => {
      const product = await trx
        .selectFrom('products')
        .select(['id', 'workshop_id'])
        .where('id', '=', input.productId)
        .executeTakeFirst()
      if (!product) throw fieldError('productId', 'INVALID_VALUE')
      if (input.orderId) {
        const order = await trx
          .selectFrom('orders')
          .select(['order_no', 'status'])
          .where('id', '=', input.orderId)
          .executeTakeFirst()
        if (!order) throw fieldError('orderId', 'INVALID_VALUE')
        requireStatus(order, ['quotation', 'confirmed', 'in_production', 'ready'])
      }
      const workshopId = input.workshopId ?? product.workshop_id
      if (workshopId) {
        const workshop = await trx
          .selectFrom('workshops')
          .select('id')
          .where('id', '=', workshopId)
          .executeTakeFirst()
        if (!workshop) throw fieldError('workshopId', 'INVALID_VALUE')
      }
      const now = ctx.clock.now()
      const requestId = ctx.ids.next()
      await trx
        .insertInto('production_requests')
        .values({
          id: requestId,
          request_no: await nextOrderNo(trx, 'production', now),
          order_id: input.orderId ?? null,
          product_id: product.id,
          workshop_id: workshopId ?? null,
          qty: input.qty,
          due_date: input.dueDate,
          note: input.note ?? null,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      return requestId
    })
    return one(id)
  }

  const list = (input: ParsedInputOf<'orders:productionRequests'>) =>
    productionRequests(db, { state: input.filter, limit: input.limit }, ctx.clock.now())

  async function close(id: string): Promise<ProductionRequestDto> {
    const updated = await db
      .updateTable('production_requests')
      .set({ state: 'closed' })
      .where('id', '=', id)
      .where('state', '=', 'open')
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 0) await one(id)
    return one(id)
  }

  return { request, list, close }
}

/**
 * Asked by the production intake before it writes anything: the request it names must be
 * open and for a product the document brings.
 */
export async function openRequestFor(
  trx: Transaction<Database>,
  requestId: string,
  productIds: string[],
) {
  const request = await trx
    .selectFrom('production_requests')
    .select(['id', 'product_id', 'qty', 'state'])
    .where('id', '=', requestId)
    .executeTakeFirst()
  if (!request || request.state !== 'open' || !productIds.includes(request.product_id)) {
    throw fieldError('productionRequestId', 'INVALID_VALUE')
  }
  return request
}

/**
 * Then, in the same transaction, links the posted document to the request and closes the
 * request once everything asked for has arrived.
 */
export async function linkIntakeToRequest(
  trx: Transaction<Database>,
  docId: string,
  request: { id: string; product_id: string; qty: number },
) {
  await trx
    .insertInto('production_request_receipts')
    .values({ stock_doc_id: docId, request_id: request.id })
    .execute()
  const received = await trx
    .selectFrom('production_request_receipts as x')
    .innerJoin('stock_doc_lines as l', 'l.doc_id', 'x.stock_doc_id')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('l.qty'), eb.lit(0)).as('n'))
    .where('x.request_id', '=', request.id)
    .where('l.product_id', '=', request.product_id)
    .executeTakeFirstOrThrow()
  if (Number(received.n) >= request.qty) {
    await trx
      .updateTable('production_requests')
      .set({ state: 'closed' })
      .where('id', '=', request.id)
      .execute()
  }
}
