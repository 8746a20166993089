import type { Kysely, Transaction } from 'kysely'
import type {
  BuyerDto,
  OrderDto,
  OrderMoneyDto,
  OrderSummaryDto,
  ProductionRequestDto,
} from '../../../shared/orders/orders-dto'
import type { Database } from '../../db/schema'
import type { BuyersTable, OrderStatus } from '../../db/schema-orders'
import { AppError } from '../core/errors'
import { localDate } from '../stock/stock-common'
import type { Selectable } from 'kysely'

export type Db = Kysely<Database> | Transaction<Database>

export function toBuyerDto(row: Selectable<BuyersTable>): BuyerDto {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    country: row.country,
    address: row.address,
    contact: row.contact,
    phone: row.phone,
    email: row.email,
    taxId: row.tax_id,
    language: row.language,
    currency: row.currency,
    active: row.active === 1,
  }
}

interface PaymentSums {
  deposit: number
  balance: number
  refund: number
  forfeit: number
}

/**
 * The order's money from its payments. Received counts deposits and balance payments; a
 * cancelled order owes nothing, and what it still holds must be refunded or forfeited.
 */
export function orderMoney(total: number, status: OrderStatus, sums: PaymentSums): OrderMoneyDto {
  const received = sums.deposit + sums.balance
  const kept = received - sums.refund
  const cancelled = status === 'cancelled'
  return {
    total,
    received,
    refunded: sums.refund,
    forfeited: sums.forfeit,
    balanceDue: cancelled ? 0 : Math.max(0, total - kept),
    held: cancelled ? kept - sums.forfeit : 0,
  }
}

export async function paymentSums(db: Db, orderIds: string[]): Promise<Map<string, PaymentSums>> {
  const sums = new Map<string, PaymentSums>()
  if (orderIds.length === 0) return sums
  const rows = await db
    .selectFrom('order_payments')
    .select(['order_id', 'kind', (eb) => eb.fn.sum<number>('amount').as('amount')])
    .where('order_id', 'in', orderIds)
    .groupBy(['order_id', 'kind'])
    .execute()
  for (const id of orderIds) sums.set(id, { deposit: 0, balance: 0, refund: 0, forfeit: 0 })
  for (const r of rows) sums.get(r.order_id)![r.kind] = Number(r.amount)
  return sums
}

export async function orderSummaries(
  db: Db,
  filter: { buyerId?: string | undefined; open?: boolean; limit: number },
): Promise<OrderSummaryDto[]> {
  let q = db
    .selectFrom('orders as o')
    .innerJoin('buyers as b', 'b.id', 'o.buyer_id')
    .select([
      'o.id',
      'o.order_no',
      'o.buyer_id',
      'b.name as buyer_name',
      'o.status',
      'o.due_date',
      'o.created_at',
      'o.total',
    ])
  if (filter.buyerId) q = q.where('o.buyer_id', '=', filter.buyerId)
  if (filter.open) q = q.where('o.status', 'not in', ['paid', 'cancelled'])
  const rows = await q.orderBy('o.created_at', 'desc').limit(filter.limit).execute()
  const sums = await paymentSums(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id,
    orderNo: r.order_no,
    buyerId: r.buyer_id,
    buyerName: r.buyer_name,
    status: r.status,
    dueDate: r.due_date,
    createdAt: r.created_at,
    money: orderMoney(r.total, r.status, sums.get(r.id)!),
  }))
}

export async function productionRequests(
  db: Db,
  filter: { orderId?: string; ids?: string[]; state?: 'open' | 'overdue' | 'all'; limit: number },
  now: number,
): Promise<ProductionRequestDto[]> {
  let q = db
    .selectFrom('production_requests as r')
    .innerJoin('products as p', 'p.id', 'r.product_id')
    .leftJoin('workshops as w', 'w.id', 'r.workshop_id')
    .leftJoin('orders as o', 'o.id', 'r.order_id')
    .select([
      'r.id',
      'r.request_no',
      'r.order_id',
      'o.order_no',
      'r.product_id',
      'p.name as product_name',
      'w.name as workshop_name',
      'r.qty',
      'r.due_date',
      'r.state',
    ])
  const today = localDate(now)
  if (filter.orderId) q = q.where('r.order_id', '=', filter.orderId)
  if (filter.ids) q = q.where('r.id', 'in', filter.ids)
  if (filter.state === 'open' || filter.state === 'overdue') q = q.where('r.state', '=', 'open')
  if (filter.state === 'overdue') q = q.where('r.due_date', '<', today)
  const rows = await q.orderBy('r.due_date').orderBy('r.request_no').limit(filter.limit).execute()
  if (rows.length === 0) return []
  // Progress: the production intake documents linked to the request, for its product.
  const receipts = await db
    .selectFrom('production_request_receipts as x')
    .innerJoin('production_requests as r', 'r.id', 'x.request_id')
    .innerJoin('stock_docs as d', 'd.id', 'x.stock_doc_id')
    .innerJoin('stock_doc_lines as l', (j) =>
      j.onRef('l.doc_id', '=', 'd.id').onRef('l.product_id', '=', 'r.product_id'),
    )
    .select(['x.request_id', 'd.doc_no', 'l.qty'])
    .where(
      'x.request_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('d.created_at')
    .execute()
  return rows
    .map((r) => {
      const mine = receipts.filter((x) => x.request_id === r.id)
      const received = mine.reduce((s, x) => s + x.qty, 0)
      return {
        id: r.id,
        requestNo: r.request_no,
        orderId: r.order_id,
        orderNo: r.order_no,
        productId: r.product_id,
        productName: r.product_name,
        workshopName: r.workshop_name,
        qty: r.qty,
        received,
        dueDate: r.due_date,
        state: r.state,
        overdue: r.state === 'open' && received < r.qty && r.due_date < today,
        intakeDocNos: mine.map((x) => x.doc_no),
      }
    })
    .filter((r) => filter.state !== 'overdue' || r.overdue)
}

export async function loadOrder(db: Db, id: string, now: number): Promise<OrderDto> {
  const o = await db
    .selectFrom('orders as o')
    .innerJoin('buyers as b', 'b.id', 'o.buyer_id')
    .innerJoin('locations as l', 'l.id', 'o.location_id')
    .leftJoin('sales as s', 's.id', 'o.sale_id')
    .selectAll('o')
    .select(['l.name as location_name', 's.receipt_no'])
    .where('o.id', '=', id)
    .executeTakeFirst()
  if (!o) throw new AppError('NOT_FOUND')
  const buyer = await db
    .selectFrom('buyers')
    .selectAll()
    .where('id', '=', o.buyer_id)
    .executeTakeFirstOrThrow()
  const lines = await db
    .selectFrom('order_lines as x')
    .innerJoin('products as p', 'p.id', 'x.product_id')
    .leftJoin('workshops as w', 'w.id', 'p.workshop_id')
    .selectAll('x')
    .select(['p.sku', 'p.name', 'p.unit', 'w.name as workshop_name'])
    .where('x.order_id', '=', id)
    .orderBy('x.line_no')
    .execute()
  const cartons = await db
    .selectFrom('order_cartons')
    .selectAll()
    .where('order_id', '=', id)
    .orderBy('carton_no')
    .execute()
  const cartonLines = cartons.length
    ? await db
        .selectFrom('order_carton_lines as c')
        .innerJoin('order_lines as x', 'x.id', 'c.order_line_id')
        .innerJoin('products as p', 'p.id', 'x.product_id')
        .select(['c.carton_id', 'c.order_line_id', 'x.product_id', 'p.name', 'c.qty', 'x.line_no'])
        .where(
          'c.carton_id',
          'in',
          cartons.map((c) => c.id),
        )
        .orderBy('x.line_no')
        .execute()
    : []
  const packed = new Map<string, number>()
  for (const c of cartonLines)
    packed.set(c.order_line_id, (packed.get(c.order_line_id) ?? 0) + c.qty)
  const shipments = await db
    .selectFrom('order_shipments as h')
    .innerJoin('sales as s', 's.id', 'h.sale_id')
    .innerJoin('users as u', 'u.id', 'h.user_id')
    .select([
      'h.id',
      'h.shipment_no',
      'h.sale_id',
      's.receipt_no',
      's.total',
      'u.name',
      'h.created_at',
    ])
    .where('h.order_id', '=', id)
    .orderBy('h.shipment_no')
    .execute()
  const shipmentLines = shipments.length
    ? await db
        .selectFrom('order_shipment_lines as h')
        .innerJoin('order_lines as x', 'x.id', 'h.order_line_id')
        .innerJoin('products as p', 'p.id', 'x.product_id')
        .select(['h.shipment_id', 'h.order_line_id', 'x.product_id', 'p.name', 'h.qty'])
        .where(
          'h.shipment_id',
          'in',
          shipments.map((h) => h.id),
        )
        .orderBy('x.line_no')
        .execute()
    : []
  const shipped = new Map<string, number>()
  for (const h of shipmentLines)
    shipped.set(h.order_line_id, (shipped.get(h.order_line_id) ?? 0) + h.qty)
  const events = await db
    .selectFrom('order_events as e')
    .innerJoin('users as u', 'u.id', 'e.user_id')
    .leftJoin('users as a', 'a.id', 'e.approved_by')
    .select(['e.status', 'e.reason', 'u.name as user_name', 'a.name as approver', 'e.created_at'])
    .where('e.order_id', '=', id)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute()
  const payments = await db
    .selectFrom('order_payments as p')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .selectAll('p')
    .select('u.name as user_name')
    .where('p.order_id', '=', id)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute()
  const documents = await db
    .selectFrom('order_documents')
    .select(['kind', 'doc_no', 'currency', 'created_at'])
    .where('order_id', '=', id)
    .orderBy('created_at')
    .execute()
  const sums = await paymentSums(db, [id])
  return {
    id: o.id,
    orderNo: o.order_no,
    buyerId: o.buyer_id,
    buyerName: buyer.name,
    status: o.status,
    dueDate: o.due_date,
    createdAt: o.created_at,
    money: orderMoney(o.total, o.status, sums.get(id)!),
    buyer: toBuyerDto(buyer),
    locationId: o.location_id,
    locationName: o.location_name,
    note: o.note,
    saleId: o.sale_id,
    receiptNo: o.receipt_no,
    lines: lines.map((x) => ({
      id: x.id,
      lineNo: x.line_no,
      productId: x.product_id,
      sku: x.sku,
      name: x.name,
      unit: x.unit,
      qty: x.qty,
      listPrice: x.list_price,
      unitPrice: x.unit_price,
      priceReason: x.price_reason,
      hsCode: x.hs_code,
      netWeightG: x.net_weight_g,
      dueDate: x.due_date,
      lineTotal: x.qty * x.unit_price,
      packed: packed.get(x.id) ?? 0,
      shipped: shipped.get(x.id) ?? 0,
      workshopName: x.workshop_name,
    })),
    events: events.map((e) => ({
      status: e.status,
      reason: e.reason,
      userName: e.user_name,
      approvedByName: e.approver,
      at: e.created_at,
    })),
    payments: payments.map((p) => ({
      id: p.id,
      receiptNo: p.receipt_no,
      kind: p.kind,
      methodName: p.method_name,
      amount: p.amount,
      reference: p.reference,
      reason: p.reason,
      userName: p.user_name,
      at: p.created_at,
    })),
    cartons: cartons.map((c) => ({
      cartonNo: c.carton_no,
      netWeightG: c.net_weight_g,
      grossWeightG: c.gross_weight_g,
      lengthCm: c.length_cm,
      widthCm: c.width_cm,
      heightCm: c.height_cm,
      lines: cartonLines
        .filter((l) => l.carton_id === c.id)
        .map((l) => ({
          orderLineId: l.order_line_id,
          productId: l.product_id,
          name: l.name,
          qty: l.qty,
        })),
    })),
    shipments: shipments.map((h) => ({
      id: h.id,
      shipmentNo: h.shipment_no,
      saleId: h.sale_id,
      receiptNo: h.receipt_no,
      total: h.total,
      userName: h.name,
      at: h.created_at,
      lines: shipmentLines
        .filter((l) => l.shipment_id === h.id)
        .map((l) => ({
          orderLineId: l.order_line_id,
          productId: l.product_id,
          name: l.name,
          qty: l.qty,
        })),
    })),
    productionRequests: await productionRequests(
      db,
      { orderId: id, state: 'all', limit: 500 },
      now,
    ),
    documents: documents.map((d) => ({
      kind: d.kind,
      docNo: d.doc_no,
      currency: d.currency,
      at: d.created_at,
    })),
  }
}
