import { createHash } from 'node:crypto'
import { sql } from 'kysely'
import { DEFAULT_TIME_ZONE } from '../../shared/business-date'
import type { ParsedInputOf } from '../../shared/contract'
import type { ReturnDto, SaleDto, SaleSummaryDto } from '../../shared/dto'
import { formatRupiah } from '../../shared/money'
import { refundShare } from '../../shared/till/pricing'
import { recordAudit } from './audit'
import type { Actor, ServiceContext } from './context'
import { AppError } from './errors'
import { alreadyRecorded } from './idempotent-request'
import { formatReceiptNo, nextSeq } from './receipt-number'
import { loadSale } from './sale-read'
import { openShiftOf } from './shifts.service'
import { postMovement } from './stock-ledger'
import type { TillSettingsService } from './till-settings.service'
import { refuseSettlementSale } from './consignment/settlement-sale-guard'

type ReturnInput = ParsedInputOf<'sales:return'>
type ListInput = ParsedInputOf<'sales:list'>

/** Epoch ms of local midnight (WIB, UTC+7, no daylight saving) for `YYYY-MM-DD`. */
function wibMidnight(date: string): number {
  if (DEFAULT_TIME_ZONE !== 'Asia/Jakarta') throw new Error('only WIB is supported')
  return Date.parse(`${date}T00:00:00+07:00`)
}

/**
 * Everything after the sale: history, voids, returns with refunds, reprints. Each is a new
 * record pointing at the original sale; the sale itself never changes.
 */
export function createAfterSaleService(ctx: ServiceContext, till: TillSettingsService) {
  const { db } = ctx

  async function list(input: ListInput): Promise<SaleSummaryDto[]> {
    let q = db
      .selectFrom('sales as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .innerJoin('locations as l', 'l.id', 's.location_id')
      .select((eb) => [
        's.id',
        's.receipt_no',
        's.created_at',
        's.total',
        'u.name as cashier',
        'l.name as location',
        eb
          .selectFrom('sale_lines')
          .select((x) => x.fn.sum<number>('qty').as('n'))
          .whereRef('sale_id', '=', 's.id')
          .as('items'),
        eb
          .selectFrom('payments')
          .select(sql<string>`group_concat(method_name, '|')`.as('m'))
          .whereRef('sale_id', '=', 's.id')
          .as('methods'),
        eb
          .exists(eb.selectFrom('sale_voids').select('id').whereRef('sale_id', '=', 's.id'))
          .as('voided'),
        eb
          .exists(eb.selectFrom('returns').select('id').whereRef('sale_id', '=', 's.id'))
          .as('returned'),
      ])
    if (input.from) q = q.where('s.created_at', '>=', wibMidnight(input.from))
    if (input.to) q = q.where('s.created_at', '<', wibMidnight(input.to) + 86_400_000)
    if (input.cashierId) q = q.where('s.user_id', '=', input.cashierId)
    if (input.locationId) q = q.where('s.location_id', '=', input.locationId)
    if (input.methodId) {
      const methodId = input.methodId
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('payments as p')
            .select('p.id')
            .whereRef('p.sale_id', '=', 's.id')
            .where('p.method_id', '=', methodId),
        ),
      )
    }
    if (input.query) q = q.where('s.receipt_no', 'like', `%${input.query.replace(/[%_]/g, '')}%`)
    const rows = await q
      .orderBy('s.created_at', 'desc')
      .orderBy('s.receipt_no', 'desc')
      .limit(input.limit)
      .execute()
    return rows.map((r) => ({
      id: r.id,
      receiptNo: r.receipt_no,
      createdAt: new Date(r.created_at).toISOString(),
      cashierName: r.cashier,
      locationName: r.location,
      total: r.total,
      items: Number(r.items ?? 0),
      methods: [...new Set((r.methods ?? '').split('|').filter(Boolean))],
      voided: Boolean(r.voided),
      returned: Boolean(r.returned),
    }))
  }

  async function byReceipt(receiptNo: string): Promise<SaleDto> {
    const row = await db
      .selectFrom('sales')
      .select('id')
      .where('receipt_no', '=', receiptNo.trim().toUpperCase())
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return loadSale(db, row.id)
  }

  /** Voids a whole sale: stock comes back, money goes back by the methods it came in. */
  async function voidSale(actor: Actor, saleId: string, reason: string): Promise<SaleDto> {
    await db.transaction().execute(async (trx) => {
      const sale = await trx
        .selectFrom('sales')
        .selectAll()
        .where('id', '=', saleId)
        .executeTakeFirst()
      if (!sale) throw new AppError('NOT_FOUND')
      await refuseSettlementSale(trx, sale)
      const already = await trx
        .selectFrom('sale_voids')
        .select('id')
        .where('sale_id', '=', saleId)
        .executeTakeFirst()
      if (already) throw new AppError('ALREADY_VOIDED', { receiptNo: sale.receipt_no })
      const returned = await trx
        .selectFrom('returns')
        .select('id')
        .where('sale_id', '=', saleId)
        .executeTakeFirst()
      if (returned) throw new AppError('HAS_RETURNS', { receiptNo: sale.receipt_no })
      const now = ctx.clock.now()
      const voidId = ctx.ids.next()
      await trx
        .insertInto('sale_voids')
        .values({
          id: voidId,
          sale_id: saleId,
          reason,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      const lines = await trx
        .selectFrom('sale_lines')
        .selectAll()
        .where('sale_id', '=', saleId)
        .execute()
      for (const line of lines) {
        await postMovement(trx, {
          id: ctx.ids.next(),
          productId: line.product_id,
          locationId: sale.location_id,
          qty: line.qty,
          reason: 'void',
          unitCost: line.unit_cost,
          workshopId: line.workshop_id,
          refType: 'void',
          refId: voidId,
          note: reason,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        })
      }
      const payments = await trx
        .selectFrom('payments')
        .selectAll()
        .where('sale_id', '=', saleId)
        .orderBy('tender_no')
        .execute()
      for (const p of payments.filter((p) => p.amount > 0)) {
        await trx
          .insertInto('refunds')
          .values({
            id: ctx.ids.next(),
            shift_id: (await openShiftOf(trx, ctx.deviceId))?.id ?? null,
            return_id: null,
            void_id: voidId,
            method_id: p.method_id,
            method_name: p.method_name,
            kind: p.kind,
            amount: p.amount,
            reference: p.reference,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
      await recordAudit(trx, ctx, actor, {
        action: 'sale.void',
        reason,
        refType: 'sale',
        refId: saleId,
        detail: { receiptNo: sale.receipt_no, total: sale.total },
      })
    })
    return loadSale(db, saleId)
  }

  /**
   * A partial or full return by line and quantity. Each returned unit refunds its share of
   * what the line really earned (after discounts); restocked units go back on the shelf,
   * damaged ones come back and are written off in two visible movements.
   */
  async function returnItems(actor: Actor, input: ReturnInput): Promise<ReturnDto> {
    const hash = createHash('sha256')
      .update(JSON.stringify([input.saleId, input.lines, input.refunds, input.reason]))
      .digest('hex')
    // Read before the transaction: it goes through `db`, whose one connection the
    // transaction holds, so reading it inside would wait forever.
    const format = await till.receiptFormat()
    const returnId = await db.transaction().execute(async (trx) => {
      const existing = await alreadyRecorded(trx, 'returns', input.id, hash)
      if (existing) return existing
      const sale = await trx
        .selectFrom('sales')
        .selectAll()
        .where('id', '=', input.saleId)
        .executeTakeFirst()
      if (!sale) throw new AppError('NOT_FOUND')
      await refuseSettlementSale(trx, sale)
      const voided = await trx
        .selectFrom('sale_voids')
        .select('id')
        .where('sale_id', '=', sale.id)
        .executeTakeFirst()
      if (voided) throw new AppError('SALE_VOIDED', { receiptNo: sale.receipt_no })

      const saleLines = await trx
        .selectFrom('sale_lines')
        .selectAll()
        .where('sale_id', '=', sale.id)
        .execute()
      const lineById = new Map(saleLines.map((l) => [l.id, l]))
      const returnedRows = await trx
        .selectFrom('return_lines')
        .select(['sale_line_id', (eb) => eb.fn.sum<number>('qty').as('qty')])
        .where(
          'sale_line_id',
          'in',
          saleLines.map((l) => l.id),
        )
        .groupBy('sale_line_id')
        .execute()
      const returnedBefore = new Map(returnedRows.map((r) => [r.sale_line_id, Number(r.qty)]))

      const now = ctx.clock.now()
      const planned = input.lines.map((req) => {
        const line = lineById.get(req.saleLineId)
        if (!line) throw new AppError('NOT_FOUND')
        const before = returnedBefore.get(line.id) ?? 0
        const available = line.qty - before
        if (req.qty > available)
          throw new AppError('RETURN_EXCEEDS_SOLD', { name: line.name, available })
        returnedBefore.set(line.id, before + req.qty)
        return { req, line, amount: refundShare(line.net_total, line.qty, before, req.qty) }
      })
      // The return that brings back the last unit also settles the sale's cash rounding, so
      // over all its returns a customer gets back exactly what they paid, never more.
      const completesSale = saleLines.every((l) => (returnedBefore.get(l.id) ?? 0) === l.qty)
      const refundTotal =
        planned.reduce((s, p) => s + p.amount, 0) + (completesSale ? sale.rounding : 0)
      const refunded = input.refunds.reduce((s, r) => s + r.amount, 0)
      if (refunded !== refundTotal)
        throw new AppError('REFUND_MISMATCH', { expected: formatRupiah(refundTotal) })

      const methods = await trx.selectFrom('payment_methods').selectAll().execute()
      const methodById = new Map(methods.map((m) => [m.id, m]))
      const seq = await nextSeq(trx, 'return_counters', ctx.deviceId)
      const id = input.id
      await trx
        .insertInto('returns')
        .values({
          id,
          sale_id: sale.id,
          return_no: `R${formatReceiptNo(format, seq, now)}`,
          reason: input.reason,
          refund_total: refundTotal,
          user_id: actor.userId,
          approved_by: actor.approvedBy?.userId ?? null,
          request_hash: hash,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      for (const { req, line, amount } of planned) {
        await trx
          .insertInto('return_lines')
          .values({
            id: ctx.ids.next(),
            return_id: id,
            sale_line_id: line.id,
            qty: req.qty,
            amount,
            disposition: req.disposition,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
        const movement = {
          productId: line.product_id,
          locationId: sale.location_id,
          unitCost: line.unit_cost,
          workshopId: line.workshop_id,
          refType: 'return',
          refId: id,
          note: input.reason,
          userId: actor.userId,
          deviceId: ctx.deviceId,
          createdAt: now,
        }
        await postMovement(trx, { ...movement, id: ctx.ids.next(), qty: req.qty, reason: 'return' })
        if (req.disposition === 'damaged') {
          await postMovement(trx, {
            ...movement,
            id: ctx.ids.next(),
            qty: -req.qty,
            reason: 'damaged',
          })
        }
      }
      for (const refund of input.refunds) {
        const method = methodById.get(refund.methodId)
        if (!method) throw new AppError('NOT_FOUND')
        if (method.requires_reference === 1 && !refund.reference) {
          throw new AppError('REFERENCE_REQUIRED', { method: method.name })
        }
        await trx
          .insertInto('refunds')
          .values({
            id: ctx.ids.next(),
            shift_id: (await openShiftOf(trx, ctx.deviceId))?.id ?? null,
            return_id: id,
            void_id: null,
            method_id: method.id,
            method_name: method.name,
            kind: method.kind,
            amount: refund.amount,
            reference: refund.reference ?? null,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
      }
      await recordAudit(trx, ctx, actor, {
        action: 'sale.return',
        reason: input.reason,
        refType: 'sale',
        refId: sale.id,
        detail: {
          receiptNo: sale.receipt_no,
          refundTotal,
          lines: planned.map((p) => [p.line.name, p.req.qty, p.req.disposition]),
        },
      })
      return id
    })
    return loadReturn(returnId)
  }

  async function loadReturn(id: string): Promise<ReturnDto> {
    const ret = await db
      .selectFrom('returns')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    const lines = await db
      .selectFrom('return_lines as rl')
      .innerJoin('sale_lines as sl', 'sl.id', 'rl.sale_line_id')
      .select(['rl.sale_line_id', 'sl.name', 'rl.qty', 'rl.amount', 'rl.disposition'])
      .where('rl.return_id', '=', id)
      .orderBy('sl.line_no')
      .execute()
    const refunds = await db
      .selectFrom('refunds')
      .select(['method_name', 'amount', 'reference'])
      .where('return_id', '=', id)
      .execute()
    return {
      id: ret.id,
      returnNo: ret.return_no,
      saleId: ret.sale_id,
      refundTotal: ret.refund_total,
      lines: lines.map((l) => ({
        saleLineId: l.sale_line_id,
        name: l.name,
        qty: l.qty,
        amount: l.amount,
        disposition: l.disposition,
      })),
      refunds: refunds.map((r) => ({
        methodName: r.method_name,
        amount: r.amount,
        reference: r.reference,
      })),
    }
  }

  /** Records a reprint (numbered copy) and returns the sale with its new copy count. */
  async function reprint(actor: Actor, saleId: string): Promise<SaleDto> {
    await db.transaction().execute(async (trx) => {
      const sale = await trx
        .selectFrom('sales')
        .select(['id', 'receipt_no'])
        .where('id', '=', saleId)
        .executeTakeFirst()
      if (!sale) throw new AppError('NOT_FOUND')
      const last = await trx
        .selectFrom('receipt_prints')
        .select((eb) => eb.fn.max<number>('copy_no').as('n'))
        .where('sale_id', '=', saleId)
        .executeTakeFirst()
      const copyNo = (last?.n ?? 0) + 1
      await trx
        .insertInto('receipt_prints')
        .values({
          id: ctx.ids.next(),
          sale_id: saleId,
          copy_no: copyNo,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: ctx.clock.now(),
        })
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'sale.reprint',
        refType: 'sale',
        refId: saleId,
        detail: { receiptNo: sale.receipt_no, copyNo },
      })
    })
    return loadSale(db, saleId)
  }

  return { list, byReceipt, voidSale, returnItems, reprint }
}

export type AfterSaleService = ReturnType<typeof createAfterSaleService>
