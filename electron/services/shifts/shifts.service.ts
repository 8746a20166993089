import type { Kysely, Transaction } from 'kysely'
import { formatZNo } from '../../../shared/receipt/z-report-document'
import { readDeviceCode } from '../core/device-code'
import type { ShiftDto, ShiftTotals } from '../../../shared/shifts/shifts-dto'
import type { Database } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import type { Actor, Authorize, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { nextSeq } from '../core/receipt-number'
import { shiftWithClose } from './shift-with-close'
import type { TillSettingsService } from '../till/till-settings.service'

type Db = Kysely<Database> | Transaction<Database>

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

/** The open shift on this till, if any: a shift without a close record. */
export async function openShiftOf(db: Db, deviceId: string) {
  return db
    .selectFrom('shifts as s')
    .leftJoin('shift_closes as c', 'c.shift_id', 's.id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.location_id',
      's.opening_float',
      's.created_at',
      's.user_id',
      'u.name as opened_by',
    ])
    .where('s.device_id', '=', deviceId)
    .where('c.id', 'is', null)
    .executeTakeFirst()
}

/**
 * Everything the X and Z reports show, computed from the ledgers of this shift: sales,
 * payments, refunds, cash moves and the audit trail. Expected cash = float + cash taken −
 * cash refunded + cash in − cash out.
 */
export async function shiftTotals(db: Db, shiftId: string): Promise<ShiftTotals> {
  const shift = await db
    .selectFrom('shifts')
    .selectAll()
    .where('id', '=', shiftId)
    .executeTakeFirstOrThrow()
  const sales = await db
    .selectFrom('sales as s')
    .select(['s.id', 's.subtotal', 's.cart_discount', 's.rounding', 's.total'])
    .select((eb) => [
      eb
        .exists(eb.selectFrom('sale_voids as v').select('v.id').whereRef('v.sale_id', '=', 's.id'))
        .as('voided'),
      eb
        .selectFrom('sale_lines as l')
        .select((x) => x.fn.coalesce(x.fn.sum<number>('l.line_discount'), x.lit(0)).as('d'))
        .whereRef('l.sale_id', '=', 's.id')
        .as('line_discounts'),
    ])
    .where('s.shift_id', '=', shiftId)
    .execute()
  const payments = await db
    .selectFrom('payments as p')
    .innerJoin('sales as s', 's.id', 'p.sale_id')
    .select(['p.method_name', 'p.kind', (eb) => eb.fn.sum<number>('p.amount').as('amount')])
    .where('s.shift_id', '=', shiftId)
    .groupBy(['p.method_name', 'p.kind'])
    .orderBy('p.method_name')
    .execute()
  const refunds = await db
    .selectFrom('refunds')
    .select(['kind', 'amount', 'void_id', 'return_id'])
    .where('shift_id', '=', shiftId)
    .execute()
  const moves = await db
    .selectFrom('shift_cash_moves')
    .select(['kind', 'amount'])
    .where('shift_id', '=', shiftId)
    .execute()
  const closedAt =
    (
      await db
        .selectFrom('shift_closes')
        .select('created_at')
        .where('shift_id', '=', shiftId)
        .executeTakeFirst()
    )?.created_at ?? Number.MAX_SAFE_INTEGER
  const audit = await db
    .selectFrom('audit_log')
    .select(['action'])
    .where('device_id', '=', shift.device_id)
    .where('created_at', '>=', shift.created_at)
    .where('created_at', '<=', closedAt)
    .where('action', 'in', ['cart.removeLine', 'drawer.open'])
    .execute()

  const cashSales = sum(payments.filter((p) => p.kind === 'cash').map((p) => Number(p.amount)))
  const cashRefunds = sum(refunds.filter((r) => r.kind === 'cash').map((r) => r.amount))
  const cashIn = sum(moves.filter((m) => m.kind === 'in').map((m) => m.amount))
  const cashOut = sum(moves.filter((m) => m.kind === 'out').map((m) => m.amount))
  const voided = sales.filter((s) => Boolean(s.voided))
  return {
    salesCount: sales.length,
    grossSales: sum(sales.map((s) => s.subtotal + Number(s.line_discounts ?? 0))),
    discounts: sum(sales.map((s) => s.cart_discount + Number(s.line_discounts ?? 0))),
    rounding: sum(sales.map((s) => s.rounding)),
    netSales: sum(sales.map((s) => s.total)),
    byMethod: payments.map((p) => ({
      methodName: p.method_name,
      kind: p.kind,
      amount: Number(p.amount),
    })),
    voids: { count: voided.length, amount: sum(voided.map((s) => s.total)) },
    refunds: {
      count: new Set(refunds.filter((r) => r.return_id).map((r) => r.return_id)).size,
      amount: sum(refunds.filter((r) => r.return_id).map((r) => r.amount)),
      cash: cashRefunds,
    },
    removedLines: audit.filter((a) => a.action === 'cart.removeLine').length,
    drawerOpens: audit.filter((a) => a.action === 'drawer.open').length,
    cashIn,
    cashOut,
    openingFloat: shift.opening_float,
    cashSales,
    expectedCash: shift.opening_float + cashSales - cashRefunds + cashIn - cashOut,
  }
}

export function createShiftsService(ctx: ServiceContext, till: TillSettingsService) {
  const { db } = ctx

  async function load(shiftId: string): Promise<ShiftDto> {
    const row = await shiftWithClose(db).where('s.id', '=', shiftId).executeTakeFirstOrThrow()
    return {
      id: row.id,
      openedAt: new Date(row.created_at).toISOString(),
      openedBy: row.opened_by,
      locationName: row.location,
      openingFloat: row.opening_float,
      closed:
        row.z_no === null
          ? null
          : {
              zNo: row.z_no,
              zLabel: formatZNo(await readDeviceCode(db), row.z_no),
              at: new Date(row.closed_at ?? 0).toISOString(),
              by: row.closed_by ?? '',
              countedCash: row.counted_cash ?? 0,
              expectedCash: row.expected_cash ?? 0,
              variance: row.variance ?? 0,
              note: row.note,
              forced: row.forced === 1,
            },
      // A Z report shows the figures frozen at close: a later void of one of its sales must
      // not change it. An open shift (the X report) is computed from the ledgers now.
      totals:
        row.totals === null
          ? await shiftTotals(db, shiftId)
          : (JSON.parse(row.totals) as ShiftTotals),
    }
  }

  async function current(): Promise<ShiftDto | null> {
    const open = await openShiftOf(db, ctx.deviceId)
    return open ? load(open.id) : null
  }

  async function open(actor: Actor, openingFloat: number): Promise<ShiftDto> {
    const locationId = await till.locationId()
    const id = ctx.ids.next()
    await db.transaction().execute(async (trx) => {
      const already = await openShiftOf(trx, ctx.deviceId)
      if (already) throw new AppError('SHIFT_ALREADY_OPEN', { name: already.opened_by })
      await trx
        .insertInto('shifts')
        .values({
          id,
          device_id: ctx.deviceId,
          location_id: locationId,
          user_id: actor.userId,
          opening_float: openingFloat,
          created_at: ctx.clock.now(),
        })
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'shift.open',
        refType: 'shift',
        refId: id,
        detail: { openingFloat },
      })
    })
    return load(id)
  }

  /**
   * Cash into or out of the drawer. A paid-out needs `cash.payout`; once the shift's paid-outs
   * (this one included) pass the limit set in Pengaturan, also `shift.manage` or a supervisor's
   * approval. The sum is read in the transaction that writes the move, so parallel paid-outs
   * are counted one after another and cannot each slip under the limit.
   */
  async function cashMove(
    actor: Actor,
    authorize: Authorize,
    kind: 'in' | 'out',
    amount: number,
    reason: string,
  ): Promise<ShiftDto> {
    const limit = await till.cashPayoutLimit()
    const shiftId = await db.transaction().execute(async (trx) => {
      const shift = await openShiftOf(trx, ctx.deviceId)
      if (!shift) throw new AppError('NO_OPEN_SHIFT')
      if (kind === 'out') {
        authorize('cash.payout')
        const paidOut = await trx
          .selectFrom('shift_cash_moves')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('amount'), eb.lit(0)).as('total'))
          .where('shift_id', '=', shift.id)
          .where('kind', '=', 'out')
          .executeTakeFirstOrThrow()
        if (Number(paidOut.total) + amount > limit) authorize('shift.manage')
      }
      const id = ctx.ids.next()
      await trx
        .insertInto('shift_cash_moves')
        .values({
          id,
          shift_id: shift.id,
          kind,
          amount,
          reason,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: `cash.${kind}`,
        reason,
        refType: 'shift',
        refId: shift.id,
        detail: { amount },
      })
      return shift.id
    })
    return load(shiftId)
  }

  /** Opening the drawer without a sale is allowed but always leaves a trace on the Z report. */
  async function drawerOpened(actor: Actor, reason: string): Promise<null> {
    await db
      .transaction()
      .execute((trx) => recordAudit(trx, ctx, actor, { action: 'drawer.open', reason }))
    return null
  }

  /**
   * Closes the shift with a blind count: the cashier counts before seeing what was expected.
   * The Z report is numbered per till without gaps and never changes afterwards. Closing a
   * shift someone else opened is a forced close: main decides that from who opened it (never
   * from what the till says) and it needs `shift.manage` or a supervisor's approval.
   */
  async function close(
    actor: Actor,
    authorize: Authorize,
    input: {
      countedCash: number
      denominations?: Record<string, number> | undefined
      note?: string | undefined
    },
  ): Promise<ShiftDto> {
    const shiftId = await db.transaction().execute(async (trx) => {
      const shift = await openShiftOf(trx, ctx.deviceId)
      if (!shift) throw new AppError('NO_OPEN_SHIFT')
      const forced = shift.user_id !== actor.userId
      if (forced) authorize('shift.manage')
      const totals = await shiftTotals(trx, shift.id)
      const zNo = await nextSeq(trx, 'z_counters', ctx.deviceId)
      await trx
        .insertInto('shift_closes')
        .values({
          id: ctx.ids.next(),
          shift_id: shift.id,
          z_no: zNo,
          counted_cash: input.countedCash,
          expected_cash: totals.expectedCash,
          variance: input.countedCash - totals.expectedCash,
          denominations: input.denominations ? JSON.stringify(input.denominations) : null,
          totals: JSON.stringify(totals),
          note: input.note ?? null,
          forced: forced ? 1 : 0,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: forced ? 'shift.forceClose' : 'shift.close',
        reason: input.note ?? null,
        refType: 'shift',
        refId: shift.id,
        detail: { zNo, countedCash: input.countedCash, expectedCash: totals.expectedCash },
      })
      return shift.id
    })
    return load(shiftId)
  }

  async function history(limit: number): Promise<ShiftDto[]> {
    const rows = await db
      .selectFrom('shifts')
      .select('id')
      .where('device_id', '=', ctx.deviceId)
      .orderBy('created_at', 'desc')
      .limit(limit)
      .execute()
    return Promise.all(rows.map((r) => load(r.id)))
  }

  return { current, open, cashMove, drawerOpened, close, history, load }
}

export type ShiftsService = ReturnType<typeof createShiftsService>
