/**
 * When a variance needs a written reason before posting. Fixed rather than a setting: the
 * showroom's crafts cost Rp 5.000–Rp 500.000, so one missing keychain should not need a
 * story, but three units or fifty thousand Rupiah at cost should. Either limit triggers it.
 */
export const VARIANCE_REASON_MIN_UNITS = 3
export const VARIANCE_REASON_MIN_VALUE = 50_000

export function varianceNeedsReason(variance: number, unitCost: number): boolean {
  const units = Math.abs(variance)
  if (units === 0) return false
  return units >= VARIANCE_REASON_MIN_UNITS || units * unitCost >= VARIANCE_REASON_MIN_VALUE
}
