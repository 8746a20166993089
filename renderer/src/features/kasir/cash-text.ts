const grouping = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 })

/** Whole Rupiah stays below a trillion (the contract's limit): at most 12 digits. */
const MAX_DIGITS = 12

/**
 * What the cash field shows as the cashier types: digits grouped with dots (`50.000`).
 * Whatever else is typed or pasted (`Rp`, dots, commas, spaces) is dropped, so `50000`,
 * `50.000` and `Rp 50.000` all become `50.000`.
 */
export function formatCashText(typed: string): string {
  const digits = typed
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, MAX_DIGITS)
  return digits === '' ? '' : grouping.format(Number(digits))
}

export function cashTextFor(amount: number): string {
  return formatCashText(String(Math.max(0, Math.trunc(amount))))
}
