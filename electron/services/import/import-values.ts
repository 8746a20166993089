/**
 * Numbers as Indonesian spreadsheets hold them. Rupiah has no decimals, so a group separator
 * is unambiguous when every group after the first has three digits: `15.000` (id) and
 * `15,000` (en) are both fifteen thousand. `Rp`, `IDR`, spaces and a trailing `,00` / `.00`
 * are ignored. Anything else — `15,5`, `1.5`, `abc` — is refused, never guessed.
 */
export function parseWholeNumber(raw: string | number): number | null {
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw >= 0 ? raw : null
  let text = raw
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(/^(rp\.?|idr)/i, '')
    .replace(/^(rp\.?|idr)/i, '')
  if (text === '') return null
  if (/^\d{1,3}(\.\d{3})+(,0+)?$/.test(text)) text = text.replace(/,0+$/, '').replace(/\./g, '')
  else if (/^\d{1,3}(,\d{3})+(\.0+)?$/.test(text))
    text = text.replace(/\.0+$/, '').replace(/,/g, '')
  else if (/^\d+([.,]0+)?$/.test(text)) text = text.replace(/[.,]0+$/, '')
  if (!/^\d{1,13}$/.test(text)) return null
  const value = Number(text)
  return Number.isSafeInteger(value) ? value : null
}

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'aktif', 'active', 'benar'])
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'nonaktif', 'inactive', 'salah'])

/** `ya`/`tidak`, `yes`/`no`, `1`/`0`, `aktif`/`nonaktif`; empty means yes. */
export function parseYesNo(raw: string): boolean | null {
  const text = raw.trim().toLowerCase()
  if (text === '' || yes.has(text)) return true
  if (no.has(text)) return false
  return null
}

/** `8,99123E+12`: what Excel does to a long barcode in a General-formatted column. */
export const looksScientific = (text: string) => /^\d+([.,]\d+)?e\+?\d+$/i.test(text.trim())
