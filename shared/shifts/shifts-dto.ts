/** Data shapes of the shifts area (split out of the old shared/dto.ts). */

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
