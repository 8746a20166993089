import type { Locale } from './locale'

export type Role = 'admin' | 'supervisor' | 'cashier' | 'stock'

export interface AppInfo {
  version: string
  deviceId: string
  /** This till's code (`KSG1`); empty until the first-run wizard has set it. */
  deviceCode: string
  locale: Locale
  dataDir: string
  /** Who is signed in on this till; null while the till is locked (PIN login needed). */
  user: SessionUser | null
  /** The first-run wizard has not finished: main refuses every other channel. */
  setupRequired: boolean
  /** These are the practice books (mode latihan): nothing here is real. */
  training: boolean
  /** Idle minutes before the till locks itself (0 = never). */
  autoLockMinutes: number
  defaultLocationId: string
}

export interface SessionUser {
  id: string
  name: string
  role: Role
  permissions: string[]
  /** Signed in with a PIN shorter than the role needs: only a PIN change is allowed. */
  pinChangeRequired: boolean
}

export interface UserDto {
  id: string
  name: string
  role: Role
  active: boolean
  hasPin: boolean
  lockedUntil: string | null
}

/** Who may sign in at the till: names only, never anything secret. */
export interface LoginCandidate {
  id: string
  name: string
  role: Role
}

export interface Option {
  id: string
  name: string
}

export interface CatalogOptions {
  workshops: Option[]
  categories: Option[]
  locations: Array<Option & { kind: 'showroom' | 'storeroom' | 'event' | 'consignment' }>
  units: string[]
}

export interface ProductDto {
  id: string
  sku: string
  barcode: string | null
  name: string
  categoryId: string | null
  categoryName: string | null
  unit: string
  price: number
  cost: number
  workshopId: string | null
  workshopName: string | null
  active: boolean
  /** Units on hand across all locations, derived from stock movements. */
  onHand: number
}

export interface PaymentMethodDto {
  id: string
  name: string
  kind: 'cash' | 'noncash'
  requiresReference: boolean
  active: boolean
}

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

export interface HeldCartDto {
  id: string
  label: string
  createdAt: string
  items: number
  userName: string
}

export interface TillSettings {
  cashRounding: { unit: 0 | 100 | 500 | 1000; mode: 'down' | 'nearest' | 'up' }
  allowNegativeStock: boolean
  /** Paid-outs of one shift up to this sum need only `cash.payout`; above it, `shift.manage`. */
  cashPayoutLimit: number
  receipt: { prefix: string; includeDate: boolean; digits: number }
  /** The merchant's static QRIS payload, or null when QRIS-with-amount is not set up. */
  qrisStatic: string | null
  qrisMerchantName: string | null
  locationId: string
  locationName: string
}

export interface ShiftTotals {
  salesCount: number
  grossSales: number
  discounts: number
  rounding: number
  netSales: number
  byMethod: Array<{ methodName: string; kind: 'cash' | 'noncash'; amount: number }>
  voids: { count: number; amount: number }
  refunds: { count: number; amount: number; cash: number }
  removedLines: number
  drawerOpens: number
  cashIn: number
  cashOut: number
  openingFloat: number
  cashSales: number
  expectedCash: number
}

export interface ShiftDto {
  id: string
  openedAt: string
  openedBy: string
  locationName: string
  openingFloat: number
  closed: null | {
    zNo: number
    /** `KSG1-Z000012`: the number with this till's code. */
    zLabel: string
    at: string
    by: string
    countedCash: number
    expectedCash: number
    variance: number
    note: string | null
    forced: boolean
  }
  totals: ShiftTotals
}

export interface AuditEntryDto {
  id: string
  at: string
  action: string
  userName: string
  approvedByName: string | null
  reason: string | null
  refType: string | null
  refId: string | null
  detail: string
}

export interface IntegrityReport {
  integrity: string
  foreignKeyProblems: number
  chain:
    | { ok: true; checked: number }
    | {
        ok: false
        checked: number
        broken: { seq: number; table: string; rowId: string; problem: string }
      }
  stockMismatches: number
}
