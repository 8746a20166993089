import type { ParsedInputOf } from '../../../shared/contract'
import type { BuyerDetailDto, BuyerDto } from '../../../shared/orders/orders-dto'
import type { ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { orderSummaries, toBuyerDto } from './order-read'

/** The buyer register: companies and people who order beyond the counter. */
export function createBuyersService(ctx: ServiceContext) {
  const { db } = ctx

  async function list(input: ParsedInputOf<'orders:buyers'>): Promise<BuyerDto[]> {
    let q = db.selectFrom('buyers').selectAll()
    if (!input.includeInactive) q = q.where('active', '=', 1)
    if (input.search) {
      // LIKE is case-insensitive for ASCII; % and _ typed by a person are taken literally.
      const pattern = `%${input.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      q = q.where((eb) =>
        eb.or([eb('name', 'like', eb.val(pattern)), eb('contact', 'like', eb.val(pattern))]),
      )
    }
    const rows = await q.orderBy('name').limit(input.limit).execute()
    return rows.map(toBuyerDto)
  }

  async function get(id: string): Promise<BuyerDetailDto> {
    const row = await db.selectFrom('buyers').selectAll().where('id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    const orders = await orderSummaries(db, { buyerId: id, limit: 500 })
    const payments = await db
      .selectFrom('order_payments as p')
      .innerJoin('orders as o', 'o.id', 'p.order_id')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .selectAll('p')
      .select(['o.order_no', 'u.name as user_name'])
      .where('o.buyer_id', '=', id)
      .orderBy('p.created_at', 'desc')
      .limit(500)
      .execute()
    return {
      ...toBuyerDto(row),
      orders,
      payments: payments.map((p) => ({
        id: p.id,
        orderNo: p.order_no,
        receiptNo: p.receipt_no,
        kind: p.kind,
        methodName: p.method_name,
        amount: p.amount,
        reference: p.reference,
        reason: p.reason,
        userName: p.user_name,
        at: p.created_at,
      })),
    }
  }

  async function save(input: ParsedInputOf<'orders:saveBuyer'>): Promise<BuyerDto> {
    const now = ctx.clock.now()
    const values = {
      name: input.name,
      kind: input.kind,
      country: input.country,
      address: input.address,
      contact: input.contact,
      phone: input.phone,
      email: input.email,
      tax_id: input.taxId ?? null,
      language: input.language,
      currency: input.currency,
      active: input.active ? 1 : 0,
      updated_at: now,
    }
    let id = input.id
    if (id) {
      const updated = await db
        .updateTable('buyers')
        .set(values)
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) throw new AppError('NOT_FOUND')
    } else {
      id = ctx.ids.next()
      await db
        .insertInto('buyers')
        .values({ id, ...values, device_id: ctx.deviceId, created_at: now })
        .execute()
    }
    const row = await db
      .selectFrom('buyers')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    return toBuyerDto(row)
  }

  return { list, get, save }
}

export type BuyersService = ReturnType<typeof createBuyersService>
