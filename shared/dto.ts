import type { Locale } from './locale'

export type Role = 'admin' | 'supervisor' | 'cashier' | 'stock'

export interface AppInfo {
  version: string
  deviceId: string
  deviceCode: string
  locale: Locale
  /** True while the catalogue is empty and the user has neither loaded nor declined the demo. */
  offerDemo: boolean
  dataDir: string
  user: { id: string; name: string; role: Role }
  defaultLocationId: string
}

export interface Option {
  id: string
  name: string
}

export interface CatalogOptions {
  workshops: Option[]
  categories: Option[]
  locations: Array<Option & { kind: 'showroom' | 'storeroom' | 'event' }>
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

export interface StockReceipt {
  movementId: string
  productId: string
  locationId: string
  onHand: number
}

export interface SaleLineDto {
  lineNo: number
  productId: string
  name: string
  sku: string
  qty: number
  unitPrice: number
  lineTotal: number
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
  total: number
  paid: number
  change: number
  payments: SalePaymentDto[]
}
