const digitGrouping = new Intl.NumberFormat('id-ID', {
  maximumFractionDigits: 0,
  useGrouping: true,
})

/**
 * `Rp 15.000` / `-Rp 2.000`. Only the digit grouping comes from Intl: its currency style puts
 * U+00A0 after `Rp`, which thermal printers print as a stray glyph, so the space is ASCII 0x20.
 */
export function formatRupiahAscii(amount: number): string {
  if (!Number.isSafeInteger(amount)) {
    throw new RangeError(`Rupiah amounts are whole numbers, got ${amount}`)
  }
  const digits = digitGrouping.format(Math.abs(amount))
  return amount < 0 ? `-Rp ${digits}` : `Rp ${digits}`
}
