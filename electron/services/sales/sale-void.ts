/** Voiding a whole sale: a new void record, stock back and money back by its methods. */
import type { SaleDto } from '../../../shared/sales/sales-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { loadSale } from './sale-read'
import { openShiftOf } from '../shifts/shifts.service'
import { postMovement } from '../stock/stock-ledger'
import { refuseSettlementSale } from '../consignment/settlement-sale-guard'

export function createSaleVoid(ctx: ServiceContext) {
  const { db } = ctx

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

  return voidSale
}
