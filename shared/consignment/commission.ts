/**
 * The partner's commission on a sold amount: a whole percent, rounded half up to the Rupiah.
 * Shared so the settlement form shows exactly what main will record.
 */
export function commissionOf(grossRupiah: number, pct: number): number {
  return Math.floor((grossRupiah * pct + 50) / 100)
}
