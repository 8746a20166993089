import type { Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import type { ServiceContext } from '../core/context'
import { postMovement } from '../stock/stock-ledger'

/**
 * The rows a sale is made of — header, lines with their stock movements, payments — written
 * the one way the till writes them. Every path that records a sale (the till's checkout, a
 * consignment settlement) goes through here, so the report rollups, hasil kerja and PNBP,
 * which the ledgers' triggers keep, see them all alike. Callers own the transaction, the
 * pricing and the checks; these only write.
 */

export interface SaleHeaderRow {
  id: string
  receiptSeq: number
  receiptNo: string
  locationId: string
  userId: string
  shiftId: string | null
  subtotal: number
  cartDiscount: number
  cartDiscountKind: 'percent' | 'amount' | null
  cartDiscountValue: number | null
  cartDiscountReason: string | null
  rounding: number
  total: number
  paid: number
  change: number
  requestHash: string
  createdAt: number
}

export async function insertSaleHeader(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  h: SaleHeaderRow,
): Promise<void> {
  await trx
    .insertInto('sales')
    .values({
      id: h.id,
      device_id: ctx.deviceId,
      receipt_seq: h.receiptSeq,
      receipt_no: h.receiptNo,
      location_id: h.locationId,
      user_id: h.userId,
      shift_id: h.shiftId,
      subtotal: h.subtotal,
      cart_discount: h.cartDiscount,
      cart_discount_kind: h.cartDiscountKind,
      cart_discount_value: h.cartDiscountValue,
      cart_discount_reason: h.cartDiscountReason,
      rounding: h.rounding,
      total: h.total,
      paid: h.paid,
      change: h.change,
      request_hash: h.requestHash,
      created_at: h.createdAt,
    })
    .execute()
}

/** The product as the line records it: name, SKU, list price, cost, workshop and category. */
export interface SoldProduct {
  id: string
  name: string
  sku: string
  price: number
  cost: number
  workshop_id: string | null
  category_id: string | null
}

export interface SaleLineRow {
  saleId: string
  lineNo: number
  locationId: string
  product: SoldProduct
  qty: number
  unitPrice: number
  overrideReason: string | null
  lineDiscount: number
  discountKind: 'percent' | 'amount' | null
  discountValue: number | null
  discountReason: string | null
  lineTotal: number
  netTotal: number
  userId: string
  createdAt: number
}

/** One sale line and the `sale` movement that takes its units out of the location. */
export async function insertSaleLine(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  l: SaleLineRow,
): Promise<void> {
  await trx
    .insertInto('sale_lines')
    .values({
      id: ctx.ids.next(),
      sale_id: l.saleId,
      line_no: l.lineNo,
      product_id: l.product.id,
      name: l.product.name,
      sku: l.product.sku,
      qty: l.qty,
      list_price: l.product.price,
      unit_price: l.unitPrice,
      override_reason: l.overrideReason,
      line_discount: l.lineDiscount,
      discount_kind: l.discountKind,
      discount_value: l.discountValue,
      discount_reason: l.discountReason,
      line_total: l.lineTotal,
      net_total: l.netTotal,
      unit_cost: l.product.cost,
      workshop_id: l.product.workshop_id,
      category_id: l.product.category_id,
      device_id: ctx.deviceId,
      created_at: l.createdAt,
    })
    .execute()
  await postMovement(trx, {
    id: ctx.ids.next(),
    productId: l.product.id,
    locationId: l.locationId,
    qty: -l.qty,
    reason: 'sale',
    unitCost: l.product.cost,
    workshopId: l.product.workshop_id,
    refType: 'sale',
    refId: l.saleId,
    userId: l.userId,
    deviceId: ctx.deviceId,
    createdAt: l.createdAt,
  })
}

export interface PaymentRow {
  saleId: string
  tenderNo: number
  method: { id: string; name: string; kind: 'cash' | 'noncash' }
  amount: number
  tendered: number
  change: number
  reference: string | null
  createdAt: number
}

export async function insertPayment(
  trx: Transaction<Database>,
  ctx: ServiceContext,
  p: PaymentRow,
): Promise<void> {
  await trx
    .insertInto('payments')
    .values({
      id: ctx.ids.next(),
      sale_id: p.saleId,
      tender_no: p.tenderNo,
      method_id: p.method.id,
      method_name: p.method.name,
      kind: p.method.kind,
      amount: p.amount,
      tendered: p.tendered,
      change: p.change,
      reference: p.reference,
      device_id: ctx.deviceId,
      created_at: p.createdAt,
    })
    .execute()
}
