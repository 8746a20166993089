/** Returns by line and quantity, with refunds; a return is a new record pointing at the sale. */
import { createHash } from 'node:crypto'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ReturnDto } from '../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../shared/money'
import { refundShare } from '../../../shared/till/pricing'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { alreadyRecorded } from '../core/idempotent-request'
import { formatReceiptNo, nextSeq } from '../core/receipt-number'
import { openShiftOf } from '../shifts/shifts.service'
import { postMovement } from '../stock/stock-ledger'
import type { TillSettingsService } from '../till/till-settings.service'
import { refuseSettlementSale } from '../consignment/settlement-sale-guard'

import { loadReturn } from './sale-history'

type ReturnInput = ParsedInputOf<'sales:return'>

export function createSaleReturn(ctx: ServiceContext, till: TillSettingsService) {
  const { db } = ctx

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
    return loadReturn(db, returnId)
  }

  return returnItems
}
