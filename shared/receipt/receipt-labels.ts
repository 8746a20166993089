const labels = {
  receiptNo: { id: 'No. Struk', en: 'Receipt No.' },
  date: { id: 'Tanggal', en: 'Date' },
  cashier: { id: 'Kasir', en: 'Cashier' },
  location: { id: 'Lokasi', en: 'Location' },
  discount: { id: 'Diskon', en: 'Discount' },
  subtotal: { id: 'Subtotal', en: 'Subtotal' },
  rounding: { id: 'Pembulatan', en: 'Rounding' },
  total: { id: 'TOTAL', en: 'TOTAL' },
  change: { id: 'Kembali', en: 'Change' },
  reference: { id: 'Ref', en: 'Ref' },
} as const

export type ReceiptLabel = keyof typeof labels

/**
 * Label spellings from longest to shortest. Bilingual receipts try `Kembali / Change`, then
 * `Kembali/Change`, then plain Indonesian, which the cashier can always explain.
 */
export function labelCandidates(label: ReceiptLabel, bilingual: boolean): string[] {
  const { id, en } = labels[label]
  if (!bilingual || id === en) return [id]
  return [`${id} / ${en}`, `${id}/${en}`, id]
}

/** Control banners are always bilingual: a copy or a void must be obvious to every reader. */
export const copyBanner = (reprintCount: number): string =>
  `SALINAN / COPY (cetak ke-${reprintCount + 1})`
export const voidBanner = 'DIBATALKAN / VOID'
/** Training receipts, top and bottom: nobody may take one for a real sale. */
export const trainingBanner = ['LATIHAN / TRAINING', 'BUKAN BUKTI PEMBAYARAN'] as const
