const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** Quantities are grouped like Rupiah (`1.250`), so the two read alike on every screen. */
export const formatQty = (n: number): string => grouping.format(n)
