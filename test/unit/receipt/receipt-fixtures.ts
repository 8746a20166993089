import type { ReceiptLine, ReceiptSource } from '../../../shared/receipt/receipt-source'

export const LONG_NAME = 'Gantungan Kunci Getah Nyatu Motif Burung Enggang Ukuran Besar'
export const RECEIPT_NO = 'KSG1-20261127-000042'

const store = {
  name: 'Galeri Lapas Kasongan',
  address: ['Jl. Tjilik Riwut Km 2', 'Kasongan, Katingan'],
  footer: ['Terima kasih', 'Karya warga binaan'],
}

/** One item, paid in cash: small enough to spell out every printed line. */
export function smallSource(): ReceiptSource {
  return {
    store,
    receiptNo: RECEIPT_NO,
    createdAtIso: '2026-11-27T07:05:00.000Z',
    cashierName: 'Siti',
    locationName: 'Showroom',
    lines: [
      { name: 'Tas Anyaman Rotan', qty: 1, unitPrice: 15_000, discount: 0, lineTotal: 15_000 },
    ],
    subtotal: 15_000,
    cartDiscount: 0,
    rounding: 0,
    total: 15_000,
    tenders: [{ methodName: 'Tunai', amount: 20_000, isCash: true }],
    change: 5_000,
    bilingual: false,
  }
}

const itemNames = [
  LONG_NAME,
  'Tas Anyaman Rotan',
  'Café Ñ é ü Mandau Ukir',
  'Lukisan “Sungai Katingan” 40×60',
  'Tikar Purun',
]

function line(index: number): ReceiptLine {
  const qty = (index % 3) + 1
  const unitPrice = 7_500 + index * 1_250
  const discount = index % 4 === 0 ? 1_000 * qty : 0
  return {
    name: itemNames[index % itemNames.length] ?? 'Barang',
    qty,
    unitPrice,
    discount,
    lineTotal: qty * unitPrice - discount,
    ...(discount > 0 && index % 8 === 0 ? { discountReason: 'Promo Hari Karya Warga Binaan' } : {}),
  }
}

/** 40 lines with line and cart discounts, cash rounding and a split Tunai + QRIS payment. */
export function busySource(): ReceiptSource {
  const lines = Array.from({ length: 40 }, (_, index) => line(index))
  const subtotal = lines.reduce((sum, item) => sum + item.lineTotal, 0)
  const cartDiscount = 10_000
  const beforeRounding = subtotal - cartDiscount
  const total = Math.floor(beforeRounding / 500) * 500
  const qris = 100_000
  const cash = Math.ceil((total - qris) / 50_000) * 50_000
  return {
    store,
    receiptNo: RECEIPT_NO,
    createdAtIso: '2026-11-27T16:59:30.000Z',
    timeZone: 'Asia/Jakarta',
    cashierName: 'Siti Rahmawati',
    locationName: 'Showroom Lapas Narkotika Kelas IIA Kasongan',
    lines,
    subtotal,
    cartDiscount,
    rounding: total - beforeRounding,
    total,
    tenders: [
      { methodName: 'Tunai', amount: cash, isCash: true },
      {
        methodName: 'QRIS',
        amount: qris,
        reference: 'RRN 632915004417 / BPD Kalteng',
        isCash: false,
      },
    ],
    change: cash + qris - total,
    bilingual: false,
  }
}

export const bilingual = (src: ReceiptSource): ReceiptSource => ({ ...src, bilingual: true })
export const reprinted = (src: ReceiptSource, reprintCount = 1): ReceiptSource => ({
  ...src,
  copy: { reprintCount },
})
export const voided = (src: ReceiptSource): ReceiptSource => ({ ...src, voided: true })

export const allSources: ReadonlyArray<readonly [string, ReceiptSource]> = [
  ['small', smallSource()],
  ['busy', busySource()],
  ['busy bilingual', bilingual(busySource())],
  ['busy reprint', reprinted(busySource(), 2)],
  ['busy void bilingual', voided(bilingual(busySource()))],
  ['small reprint void', voided(reprinted(smallSource()))],
]

export const bothWidths = [32, 48] as const
