// What the order channels return (issue 19). Money is whole Rupiah everywhere.

export const docCurrencies = ['IDR', 'USD', 'NZD', 'AUD', 'EUR'] as const
export type DocCurrency = (typeof docCurrencies)[number]

export const orderStatuses = [
  'quotation',
  'confirmed',
  'in_production',
  'ready',
  'shipped',
  'delivered',
  'paid',
  'cancelled',
] as const
export type OrderStatus = (typeof orderStatuses)[number]

/** Orders whose lines hold stock back from the counter. */
export const reservingStatuses: readonly OrderStatus[] = ['confirmed', 'in_production', 'ready']

export const orderDocumentKinds = [
  'quotation',
  'proforma',
  'invoice',
  'packing_list',
  'delivery_note',
  'deposit_receipt',
] as const
export type OrderDocumentKind = (typeof orderDocumentKinds)[number]

/** An order document printed on an OS printer: its number, the printer and the page size. */
export interface OrderDocumentPrintedDto {
  docNo: string
  /** The system printer; empty: the system's default, chosen in the print dialog. */
  deviceName: string
  widthMm: number
  heightMm: number
  copies: number
}

export interface BuyerDto {
  id: string
  name: string
  kind: 'company' | 'person'
  country: string
  address: string
  contact: string
  phone: string
  email: string
  taxId: string | null
  language: 'id' | 'en'
  currency: DocCurrency
  active: boolean
}

export interface OrderLineDto {
  id: string
  lineNo: number
  productId: string
  sku: string
  name: string
  unit: string
  qty: number
  listPrice: number
  unitPrice: number
  priceReason: string | null
  hsCode: string | null
  netWeightG: number | null
  dueDate: string | null
  lineTotal: number
  packed: number
  /** How much of the line has gone in shipments so far. */
  shipped: number
  workshopName: string | null
}

/** One shipment of an order: its own sale (receipt) and what it took of each line. */
export interface ShipmentDto {
  id: string
  shipmentNo: number
  saleId: string
  receiptNo: string
  total: number
  userName: string
  at: number
  lines: Array<{ orderLineId: string; productId: string; name: string; qty: number }>
}

export interface OrderEventDto {
  status: OrderStatus
  reason: string | null
  userName: string
  approvedByName: string | null
  at: number
}

export interface OrderPaymentDto {
  id: string
  receiptNo: string
  kind: 'deposit' | 'balance' | 'refund' | 'forfeit'
  methodName: string | null
  amount: number
  reference: string | null
  reason: string | null
  userName: string
  at: number
}

export interface CartonDto {
  cartonNo: number
  netWeightG: number
  grossWeightG: number
  lengthCm: number
  widthCm: number
  heightCm: number
  lines: Array<{ orderLineId: string; productId: string; name: string; qty: number }>
}

export interface OrderMoneyDto {
  total: number
  /** Deposits and balance payments received. */
  received: number
  refunded: number
  forfeited: number
  /** What the buyer still owes: total − received + refunded, never below 0 (0 when cancelled). */
  balanceDue: number
  /** Money of a cancelled order not yet refunded or forfeited. */
  held: number
}

export interface OrderSummaryDto {
  id: string
  orderNo: string
  buyerId: string
  buyerName: string
  status: OrderStatus
  dueDate: string | null
  createdAt: number
  money: OrderMoneyDto
}

export interface OrderDto extends OrderSummaryDto {
  buyer: BuyerDto
  locationId: string
  locationName: string
  note: string | null
  saleId: string | null
  receiptNo: string | null
  lines: OrderLineDto[]
  events: OrderEventDto[]
  payments: OrderPaymentDto[]
  cartons: CartonDto[]
  shipments: ShipmentDto[]
  productionRequests: ProductionRequestDto[]
  documents: Array<{ kind: OrderDocumentKind; docNo: string; currency: DocCurrency; at: number }>
}

export interface BuyerDetailDto extends BuyerDto {
  orders: OrderSummaryDto[]
  payments: Array<OrderPaymentDto & { orderNo: string }>
}

export interface ProductionRequestDto {
  id: string
  requestNo: string
  orderId: string | null
  orderNo: string | null
  productId: string
  productName: string
  workshopName: string | null
  qty: number
  received: number
  dueDate: string
  state: 'open' | 'closed'
  overdue: boolean
  intakeDocNos: string[]
}

export interface ReservationDto {
  productId: string
  onHand: number
  reserved: number
  free: number
}
