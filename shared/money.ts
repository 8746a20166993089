const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/**
 * `Rp 15.000` with a plain ASCII space: Intl's currency style inserts U+00A0, which
 * thermal printers render as garbage and which makes text search in tests brittle.
 */
export function formatRupiah(amount: number): string {
  const digits = grouping.format(Math.abs(amount))
  return amount < 0 ? `-Rp ${digits}` : `Rp ${digits}`
}

/** Accepts `15000`, `15.000`, `Rp 15.000`; returns null for anything that is not whole Rupiah. */
export function parseRupiah(text: string): number | null {
  const cleaned = text
    .replace(/^\s*rp\.?\s*/i, '')
    .replace(/\./g, '')
    .trim()
  if (!/^\d{1,13}$/.test(cleaned)) return null
  return Number(cleaned)
}

export const isWholeRupiah = (n: number): boolean => Number.isSafeInteger(n)
