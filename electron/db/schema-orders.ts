import type { Generated } from 'kysely'

// Row types of the order tables (migration 0018_orders). Keep in step with it.

export type OrderStatus =
  | 'quotation'
  | 'confirmed'
  | 'in_production'
  | 'ready'
  | 'shipped'
  | 'delivered'
  | 'paid'
  | 'cancelled'
export type DocCurrency = 'IDR' | 'USD' | 'NZD' | 'AUD' | 'EUR'
export type OrderPaymentKind = 'deposit' | 'balance' | 'refund' | 'forfeit'
export type OrderDocumentKind =
  'quotation' | 'proforma' | 'invoice' | 'packing_list' | 'delivery_note' | 'deposit_receipt'

export interface BuyersTable {
  id: string
  name: string
  kind: 'company' | 'person'
  country: string
  address: Generated<string>
  contact: Generated<string>
  phone: Generated<string>
  email: Generated<string>
  tax_id: string | null
  language: 'id' | 'en'
  currency: DocCurrency
  active: Generated<number>
  device_id: string
  created_at: number
  updated_at: number
}

export interface OrdersTable {
  id: string
  order_no: string
  buyer_id: string
  location_id: string
  status: OrderStatus
  due_date: string | null
  note: string | null
  total: number
  sale_id: string | null
  created_by: string
  device_id: string
  created_at: number
}

export interface OrderEventsTable {
  id: string
  order_id: string
  status: OrderStatus
  reason: string | null
  user_id: string
  approved_by: string | null
  device_id: string
  created_at: number
}

export interface OrderLinesTable {
  id: string
  order_id: string
  line_no: number
  product_id: string
  qty: number
  list_price: number
  unit_price: number
  price_reason: string | null
  hs_code: string | null
  net_weight_g: number | null
  due_date: string | null
}

export interface OrderPaymentsTable {
  id: string
  order_id: string
  receipt_no: string
  kind: OrderPaymentKind
  method_id: string | null
  method_name: string | null
  method_kind: 'cash' | 'noncash' | null
  amount: number
  reference: string | null
  reason: string | null
  shift_id: string | null
  user_id: string
  approved_by: string | null
  device_id: string
  created_at: number
}

export interface ProductionRequestsTable {
  id: string
  request_no: string
  order_id: string | null
  product_id: string
  workshop_id: string | null
  qty: number
  due_date: string
  note: string | null
  state: Generated<'open' | 'closed'>
  user_id: string
  device_id: string
  created_at: number
}

export interface ProductionRequestReceiptsTable {
  stock_doc_id: string
  request_id: string
}

export interface OrderCartonsTable {
  id: string
  order_id: string
  carton_no: number
  net_weight_g: number
  gross_weight_g: number
  length_cm: number
  width_cm: number
  height_cm: number
}

export interface OrderCartonLinesTable {
  id: string
  carton_id: string
  order_line_id: string
  qty: number
}

export interface OrderDocumentsTable {
  id: string
  order_id: string
  kind: OrderDocumentKind
  doc_no: string
  language: 'id' | 'en'
  currency: DocCurrency
  rate_x100: number
  payment_id: string | null
  /** The shipment a delivery note covers (0023); null on every other document. */
  shipment_id: string | null
  user_id: string
  device_id: string
  created_at: number
}

/** One shipment of an order: its own sale (0023). */
export interface OrderShipmentsTable {
  id: string
  order_id: string
  shipment_no: number
  sale_id: string
  user_id: string
  device_id: string
  created_at: number
}

export interface OrderShipmentLinesTable {
  shipment_id: string
  order_line_id: string
  qty: number
}

export interface OrdersDatabase {
  buyers: BuyersTable
  orders: OrdersTable
  order_events: OrderEventsTable
  order_lines: OrderLinesTable
  order_payments: OrderPaymentsTable
  production_requests: ProductionRequestsTable
  production_request_receipts: ProductionRequestReceiptsTable
  order_cartons: OrderCartonsTable
  order_carton_lines: OrderCartonLinesTable
  order_documents: OrderDocumentsTable
  order_shipments: OrderShipmentsTable
  order_shipment_lines: OrderShipmentLinesTable
}
