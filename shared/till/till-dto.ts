/** Data shapes of the till area (split out of the old shared/dto.ts). */

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
