import type { SplitBasis } from './split'

/** A period of business days in the showroom's zone (WIB), both ends included. */
export interface ReportPeriod {
  from: string
  to: string
}

export interface SalesFigures {
  /** Before any discount: Σ qty × unit price of the lines sold. */
  grossSales: number
  /** Line and cart discounts. */
  discounts: number
  /** Cash rounding (signed). */
  rounding: number
  /** Refunded for returns booked in the period (on the day of the return). */
  returns: number
  /** gross − discounts + rounding − returns: what the period really took. */
  netSales: number
  salesCount: number
}

export interface SalesSummary extends SalesFigures {
  /** (gross − discounts + rounding) / number of sales, whole Rupiah. */
  averageSale: number
  voids: { count: number; amount: number }
}

export interface DayRow extends SalesFigures {
  date: string
}

/** One row of a "sales by …" table. Cost columns are null without the cost.view permission. */
export interface BreakdownRow {
  key: string
  name: string
  /**
   * Units sold less units returned in the period. For cashier and location rows: the number
   * of sales (their rows are read from the sales, without cost, to stay one index scan).
   */
  qty: number
  netSales: number
  cost: number | null
  grossProfit: number | null
}

export interface ProductRow extends BreakdownRow {
  sku: string
}

export interface SlowSellerRow {
  key: string
  name: string
  sku: string
  qty: number
  onHand: number
}

export interface MethodRow {
  key: string
  name: string
  kind: 'cash' | 'noncash'
  /** Paid in the period by this method, less refunds by this method in the period. */
  amount: number
  refunds: number
  count: number
}

export interface SalesReportDto {
  period: ReportPeriod
  locationName: string | null
  seesCost: boolean
  summary: SalesSummary
  /** Net sales less the cost recorded on each line when it was sold (cost.view only). */
  cost: number | null
  grossProfit: number | null
  byDay: DayRow[]
  /** Best net sales first; on screen at most 300 rows (productCount says how many sold). */
  byProduct: ProductRow[]
  productCount: number
  byCategory: BreakdownRow[]
  byWorkshop: BreakdownRow[]
  byCashier: BreakdownRow[]
  byLocation: BreakdownRow[]
  byMethod: MethodRow[]
  topSellers: ProductRow[]
  slowSellers: SlowSellerRow[]
}

export interface StockValuationRow {
  locationId: string
  locationName: string
  categoryId: string | null
  categoryName: string | null
  qty: number
  value: number
}

export interface StockValuationDto {
  locationName: string | null
  rows: StockValuationRow[]
  byLocation: { key: string; name: string; qty: number; value: number }[]
  byCategory: { key: string; name: string; qty: number; value: number }[]
  totals: { qty: number; value: number }
}

export interface CountVarianceRow {
  id: string
  date: string
  productName: string
  sku: string
  locationName: string
  qty: number
  value: number
  note: string | null
}

export interface CountVariancesDto {
  period: ReportPeriod
  locationName: string | null
  rows: CountVarianceRow[]
  totals: { gain: number; loss: number; net: number; value: number }
}

export interface SplitRuleDto {
  id: string
  workshopId: string | null
  workshopName: string | null
  validFrom: string
  premiBp: number
  pnbpBp: number
  modalBp: number
  basis: SplitBasis
  note: string | null
  createdBy: string
  createdAt: string
  /** True while this version is the one that applies today to its scope. */
  current: boolean
  /** False when a newer version with the same scope and date replaced it. */
  effective: boolean
  /**
   * What the hub made of a rule this till wrote and proposed to it; null for a rule from the hub
   * or another till, and on a till that never joined a hub.
   */
  hub: SplitRuleHubStatus | null
}

/**
 * A proposed rule's standing with the hub's admin, as of the last sync. A rejected rule still
 * splits this till's own reports (split rules are append-only); a newer version replaces it.
 */
export interface SplitRuleHubStatus {
  state: 'waiting' | 'applied' | 'rejected'
  /** The admin's note on the decision. */
  note: string | null
  /** When the hub decided (ISO); null while waiting. */
  decidedAt: string | null
}

export interface PnbpDepositDto {
  id: string
  date: string
  amount: number
  billingCode: string
  ntpn: string
  note: string | null
  createdBy: string
  /** Set when the deposit was cancelled: it no longer counts as deposited. */
  cancelled: { reason: string; by: string; at: number } | null
}

export interface HasilKerjaShare {
  ruleId: string | null
  validFrom: string | null
  basisKind: SplitBasis | null
  premiBp: number
  pnbpBp: number
  modalBp: number
  basis: number
  premi: number
  pnbp: number
  modal: number
}

export interface HasilKerjaRow {
  workshopId: string | null
  workshopName: string | null
  qty: number
  netSales: number
  cost: number | null
  grossProfit: number | null
  basis: number
  premi: number
  pnbp: number
  modal: number
  unsplit: number
  shares: HasilKerjaShare[]
}

export interface HasilKerjaDto {
  month: string
  period: ReportPeriod
  locationName: string | null
  seesCost: boolean
  rows: HasilKerjaRow[]
  totals: Omit<HasilKerjaRow, 'workshopId' | 'workshopName' | 'shares'>
  /** Cash rounding in the month: part of takings, not of any workshop. */
  rounding: number
  /** Business days of the month with at least one sale that was not voided. */
  salesDays: string[]
  daysInMonth: number
  /** Days of the month up to today (all of them for a past month). */
  daysElapsed: number
}

/** PNBP year to date, asked apart from the month so the month report stays one month's read. */
export interface PnbpYearDto {
  year: number
  /** The month the figures run to (`YYYY-MM`). */
  throughMonth: string
  target: number | null
  /** PNBP due from January up to the end of the month, each month split on its own. */
  dueYtd: number
  /** Deposited from January up to the end of the month. */
  depositedYtd: number
  deposits: PnbpDepositDto[]
}

export type ReportKind = 'sales' | 'hasilKerja' | 'stockValuation' | 'countVariances'
export type ExportFormat = 'xlsx' | 'csv' | 'pdf'
