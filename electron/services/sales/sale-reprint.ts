/** Reprints: each is a numbered copy recorded and audited. */
import type { SaleDto } from '../../../shared/sales/sales-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { loadSale } from './sale-read'

export function createSaleReprint(ctx: ServiceContext) {
  const { db } = ctx

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

  return reprint
}
