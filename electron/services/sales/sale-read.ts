import type { Kysely } from 'kysely'
import type { SaleDto } from '../../../shared/sales/sales-dto'
import type { Database } from '../../db/schema'
import { AppError } from '../core/errors'

const iso = (ms: number) => new Date(ms).toISOString()

/**
 * A sale as the till and receipts show it, with its voids, returns and reprints. `justMade`:
 * the checkout that committed it is answering, so it has none of those yet and four reads
 * that can only come back empty are skipped.
 */
export async function loadSale(
  db: Kysely<Database>,
  id: string,
  options: { justMade?: boolean } = {},
): Promise<SaleDto> {
  const sale = await db
    .selectFrom('sales as s')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.receipt_no',
      's.created_at',
      's.location_id',
      'l.name as location_name',
      'u.name as cashier_name',
      's.subtotal',
      's.cart_discount',
      's.cart_discount_reason',
      's.rounding',
      's.total',
      's.paid',
      's.change',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst()
  if (!sale) throw new AppError('NOT_FOUND')
  const lines = await db
    .selectFrom('sale_lines')
    .selectAll()
    .where('sale_id', '=', id)
    .orderBy('line_no')
    .execute()
  const payments = await db
    .selectFrom('payments')
    .selectAll()
    .where('sale_id', '=', id)
    .orderBy('tender_no')
    .execute()
  const [returned, voided, returns, prints] = options.justMade
    ? ([[], undefined, [], { n: 0 }] as const)
    : await Promise.all([returnedOf(db, id), voidOf(db, id), returnsOf(db, id), printsOf(db, id)])
  const returnedBy = new Map(returned.map((r) => [r.sale_line_id, Number(r.qty)]))
  return {
    id: sale.id,
    receiptNo: sale.receipt_no,
    createdAt: iso(sale.created_at),
    locationId: sale.location_id,
    locationName: sale.location_name,
    cashierName: sale.cashier_name,
    subtotal: sale.subtotal,
    cartDiscount: sale.cart_discount,
    cartDiscountReason: sale.cart_discount_reason,
    rounding: sale.rounding,
    total: sale.total,
    paid: sale.paid,
    change: sale.change,
    lines: lines.map((l) => ({
      id: l.id,
      lineNo: l.line_no,
      productId: l.product_id,
      name: l.name,
      sku: l.sku,
      qty: l.qty,
      listPrice: l.list_price,
      unitPrice: l.unit_price,
      overrideReason: l.override_reason,
      discount: l.line_discount,
      discountReason: l.discount_reason,
      lineTotal: l.line_total,
      netTotal: l.net_total,
      returnedQty: returnedBy.get(l.id) ?? 0,
    })),
    payments: payments.map((p) => ({
      methodId: p.method_id,
      methodName: p.method_name,
      kind: p.kind,
      amount: p.amount,
      tendered: p.tendered,
      change: p.change,
      reference: p.reference,
    })),
    voided: voided
      ? { reason: voided.reason, at: iso(voided.created_at), byName: voided.name }
      : null,
    returns: returns.map((r) => ({
      returnNo: r.return_no,
      at: iso(r.created_at),
      refundTotal: r.refund_total,
      reason: r.reason,
    })),
    reprintCount: Number(prints.n),
  }
}

const returnedOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('return_lines as rl')
    .innerJoin('sale_lines as sl', 'sl.id', 'rl.sale_line_id')
    .select(['rl.sale_line_id', (eb) => eb.fn.sum<number>('rl.qty').as('qty')])
    .where('sl.sale_id', '=', id)
    .groupBy('rl.sale_line_id')
    .execute()

const voidOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('sale_voids as v')
    .innerJoin('users as u', 'u.id', 'v.user_id')
    .select(['v.reason', 'v.created_at', 'u.name'])
    .where('v.sale_id', '=', id)
    .executeTakeFirst()

const returnsOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('returns')
    .select(['return_no', 'created_at', 'refund_total', 'reason'])
    .where('sale_id', '=', id)
    .orderBy('created_at')
    .execute()

const printsOf = (db: Kysely<Database>, id: string) =>
  db
    .selectFrom('receipt_prints')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sale_id', '=', id)
    .executeTakeFirstOrThrow()
