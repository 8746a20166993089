import type { ParsedInputOf } from '../../../shared/contract'
import type { ConsignmentPaymentDto } from '../../../shared/consignment/consignment-money-dto'
import { formatRupiah } from '../../../shared/money'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { openShiftOf } from '../shifts/shifts.service'
import { localDate, nextDocNo, type Db } from '../stock/stock-common'
import { owedBy } from './owed'

/** Receipt numbers of partner payments: KTJ (kwitansi titip jual) - till - year - sequence. */
const PAYMENT_PREFIX = 'KTJ'

/**
 * Money a partner pays after a settlement left it owing. Append-only: a payment is never
 * changed; the balance owed is settled − paid and a payment can never take it below zero.
 * Cash taken at this till goes into the open shift's drawer, so the Z report counts it.
 */
export function createPaymentsService(ctx: ServiceContext) {
  const { db } = ctx

  async function get(id: string, db_: Db = db): Promise<ConsignmentPaymentDto> {
    const row = await db_
      .selectFrom('consignment_payments as p')
      .innerJoin('locations as l', 'l.id', 'p.location_id')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .select([
        'p.id',
        'p.doc_no',
        'p.location_id',
        'l.name as partner_name',
        'p.method_name',
        'p.amount',
        'p.reference',
        'p.note',
        'u.name as user_name',
        'p.created_at',
      ])
      .where('p.id', '=', id)
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    // Payments are ordered by time then id, the order they were taken in.
    const later = await db_
      .selectFrom('consignment_payments')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('n'))
      .where('location_id', '=', row.location_id)
      .where((eb) =>
        eb.or([
          eb('created_at', '>', row.created_at),
          eb.and([eb('created_at', '=', row.created_at), eb('id', '>', row.id)]),
        ]),
      )
      .executeTakeFirstOrThrow()
    const settledAfter = await db_
      .selectFrom('consignment_settlements')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount_due'), eb.lit(0)).as('n'))
      .where('location_id', '=', row.location_id)
      .where('created_at', '>', row.created_at)
      .executeTakeFirstOrThrow()
    const owedNow = await owedBy(db_, row.location_id)
    return {
      id: row.id,
      docNo: row.doc_no,
      partnerId: row.location_id,
      partnerName: row.partner_name,
      methodName: row.method_name,
      amount: row.amount,
      reference: row.reference,
      note: row.note,
      userName: row.user_name,
      createdAt: row.created_at,
      // What was owed right after it: today's balance with later payments and settlements undone.
      owedAfter: owedNow + Number(later.n) - Number(settledAfter.n),
    }
  }

  async function list(
    input: ParsedInputOf<'consignment:payments'>,
  ): Promise<ConsignmentPaymentDto[]> {
    const rows = await db
      .selectFrom('consignment_payments')
      .select('id')
      .where('location_id', '=', input.locationId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(input.limit)
      .execute()
    return Promise.all(rows.map((r) => get(r.id)))
  }

  async function pay(
    actor: Actor,
    input: ParsedInputOf<'consignment:pay'>,
  ): Promise<ConsignmentPaymentDto> {
    const id = await db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('consignment_payments')
        .select(['id', 'location_id', 'amount'])
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (existing) {
        if (existing.location_id !== input.locationId || existing.amount !== input.amount) {
          throw new AppError('IDEMPOTENCY_MISMATCH')
        }
        return existing.id
      }
      const partner = await trx
        .selectFrom('consignment_partners as c')
        .innerJoin('locations as l', 'l.id', 'c.location_id')
        .select(['l.id', 'l.name'])
        .where('c.location_id', '=', input.locationId)
        .executeTakeFirst()
      if (!partner) throw fieldError('locationId', 'INVALID_VALUE')
      const owed = await owedBy(trx, partner.id)
      if (input.amount > owed) {
        throw new AppError('PAYMENT_EXCEEDS_DUE', { due: formatRupiah(Math.max(owed, 0)) })
      }
      const method = await trx
        .selectFrom('payment_methods')
        .selectAll()
        .where('id', '=', input.methodId)
        .where('active', '=', 1)
        .executeTakeFirst()
      if (!method) throw fieldError('methodId', 'INVALID_VALUE')
      const reference = input.reference ?? null
      if (method.requires_reference === 1 && !reference) {
        throw new AppError('REFERENCE_REQUIRED', { method: method.name })
      }
      const now = ctx.clock.now()
      const shift = method.kind === 'cash' ? await openShiftOf(trx, ctx.deviceId) : null
      // Cash taken at the till belongs to a drawer, so to an open shift.
      if (method.kind === 'cash' && !shift) throw new AppError('SHIFT_REQUIRED')
      const docNo = await nextDocNo(trx, PAYMENT_PREFIX, localDate(now))
      await trx
        .insertInto('consignment_payments')
        .values({
          id: input.id,
          doc_no: docNo,
          location_id: partner.id,
          method_id: method.id,
          method_name: method.name,
          method_kind: method.kind,
          amount: input.amount,
          reference,
          note: input.note ?? null,
          shift_id: shift?.id ?? null,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      if (shift) {
        await trx
          .insertInto('shift_cash_moves')
          .values({
            id: ctx.ids.next(),
            shift_id: shift.id,
            kind: 'in',
            amount: input.amount,
            reason: `${docNo} ${partner.name}`.slice(0, 120),
            user_id: actor.userId,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
      await recordAudit(trx, ctx, actor, {
        action: 'consignment.pay',
        refType: 'location',
        refId: partner.id,
        detail: { docNo, partner: partner.name, amount: input.amount, method: method.name },
      })
      return input.id
    })
    return get(id)
  }

  return { get, list, pay, owed: (locationId: string) => owedBy(db, locationId) }
}

export type PaymentsService = ReturnType<typeof createPaymentsService>
