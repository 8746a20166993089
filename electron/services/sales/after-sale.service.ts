import type { ParsedInputOf } from '../../../shared/contract'
import type { ServiceContext } from '../core/context'
import { createSaleReprint } from './sale-reprint'
import { createSaleReturn } from './sale-return'
import { createSaleVoid } from './sale-void'
import { listSales, saleByReceipt } from './sale-history'
import type { TillSettingsService } from '../till/till-settings.service'

/**
 * Everything after the sale: history, voids, returns with refunds, reprints. Each is a new
 * record pointing at the original sale; the sale itself never changes. The read model is
 * sales/sale-history.ts; each command has its own file beside it.
 */
export function createAfterSaleService(ctx: ServiceContext, till: TillSettingsService) {
  const { db } = ctx
  return {
    list: (input: ParsedInputOf<'sales:list'>) => listSales(db, input),
    byReceipt: (receiptNo: string) => saleByReceipt(db, receiptNo),
    voidSale: createSaleVoid(ctx),
    returnItems: createSaleReturn(ctx, till),
    reprint: createSaleReprint(ctx),
  }
}

export type AfterSaleService = ReturnType<typeof createAfterSaleService>
