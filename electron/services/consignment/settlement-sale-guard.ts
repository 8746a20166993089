import { AppError } from '../core/errors'
import type { Db } from '../stock/stock-common'

/**
 * A sale written by a consignment settlement is part of that settlement's document: voiding
 * or returning it at the till would leave the settlement, the partner's statement and the
 * money it records disagreeing. The till refuses; a correction is a new settlement.
 */
export async function refuseSettlementSale(
  db: Db,
  sale: { id: string; receipt_no: string },
): Promise<void> {
  const settlement = await db
    .selectFrom('consignment_settlements')
    .select('doc_no')
    .where('sale_id', '=', sale.id)
    .executeTakeFirst()
  if (settlement) {
    throw new AppError('SETTLEMENT_SALE', { receiptNo: sale.receipt_no, docNo: settlement.doc_no })
  }
}
