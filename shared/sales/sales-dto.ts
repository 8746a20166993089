/** Data shapes of the sales area (split out of the old shared/dto.ts). */

export interface SaleLineDto {
  id: string
  lineNo: number
  productId: string
  name: string
  sku: string
  qty: number
  listPrice: number
  unitPrice: number
  overrideReason: string | null
  discount: number
  discountReason: string | null
  lineTotal: number
  /** After its share of the cart discount: what a full return of this line refunds. */
  netTotal: number
  /** Units already returned. */
  returnedQty: number
}

export interface SalePaymentDto {
  methodId: string
  methodName: string
  kind: 'cash' | 'noncash'
  amount: number
  tendered: number
  change: number
  reference: string | null
}

export interface SaleDto {
  id: string
  receiptNo: string
  createdAt: string
  locationId: string
  locationName: string
  cashierName: string
  lines: SaleLineDto[]
  subtotal: number
  cartDiscount: number
  cartDiscountReason: string | null
  rounding: number
  total: number
  paid: number
  change: number
  payments: SalePaymentDto[]
  voided: { reason: string; at: string; byName: string } | null
  returns: Array<{ returnNo: string; at: string; refundTotal: number; reason: string }>
  /** How many copies were printed after the original (SALINAN / COPY count). */
  reprintCount: number
}

export interface SaleSummaryDto {
  id: string
  receiptNo: string
  createdAt: string
  cashierName: string
  locationName: string
  total: number
  methods: string[]
  items: number
  voided: boolean
  returned: boolean
}

export interface ReturnDto {
  id: string
  returnNo: string
  saleId: string
  refundTotal: number
  lines: Array<{
    saleLineId: string
    name: string
    qty: number
    amount: number
    disposition: 'restock' | 'damaged'
  }>
  refunds: Array<{ methodName: string; amount: number; reference: string | null }>
}
