import { shownSaleTotals } from '../till/sale-arithmetic'
import { formatReceiptDateTime } from './receipt-datetime'
import {
  copyBanner,
  labelCandidates,
  trainingBanner,
  voidBanner,
  type ReceiptLabel,
} from './receipt-labels'
import type { ReceiptSource } from './receipt-source'

/** A label and an amount in Rupiah (signed: discounts are negative). */
export interface ReceiptAmountRow {
  /** Which label: the paper picks a shorter spelling of it when its columns are narrow. */
  key: ReceiptLabel
  label: string
  amount: number
}

export interface ReceiptModelItem {
  name: string
  qty: number
  unitPrice: number
  /** qty × unit price, before the line's discount. */
  gross: number
  discount: { label: string; reason: string | null; amount: number } | null
}

/**
 * What a receipt says, before it is laid out: the one model the paper (ESC/POS, PDF, the
 * monospace preview) and the screen receipt are both drawn from, so they cannot drift apart
 * in wording (shop name, "Kembali", footer, copy banner) or in arithmetic.
 */
export interface ReceiptModel {
  storeName: string
  address: string[]
  /** Control banners (copy, void), printed under the shop. */
  banners: string[]
  info: { label: string; value: string }[]
  items: ReceiptModelItem[]
  /**
   * Subtotal (before discounts), Diskon (every discount), Pembulatan: shown only when something
   * sits between the subtotal and the total. Subtotal − Diskon + Pembulatan = total.
   */
  breakdown: ReceiptAmountRow[]
  total: ReceiptAmountRow
  tenders: { label: string; amount: number; reference: string | null; referenceLabel: string }[]
  change: ReceiptAmountRow | null
  voided: boolean
  footer: string[]
  qrData: string
}

export function receiptModel(src: ReceiptSource): ReceiptModel {
  // The longest spelling: the paper falls back to shorter ones only when a column is narrow.
  const label = (name: ReceiptLabel) => labelCandidates(name, src.bilingual)[0] ?? name
  const shown = shownSaleTotals(src)
  const row = (key: ReceiptLabel, amount: number): ReceiptAmountRow => ({
    key,
    label: label(key),
    amount,
  })
  const breakdown: ReceiptAmountRow[] = []
  if (shown.discount !== 0 || shown.rounding !== 0) breakdown.push(row('subtotal', shown.subtotal))
  if (shown.discount !== 0) breakdown.push(row('discount', -shown.discount))
  if (shown.rounding !== 0) breakdown.push(row('rounding', shown.rounding))
  // Practice books first: nothing printed there may pass for a receipt.
  const banners: string[] = src.training ? [...trainingBanner] : []
  if (src.copy) banners.push(copyBanner(src.copy.reprintCount))
  if (src.voided) banners.push(voidBanner)
  return {
    storeName: src.store.name,
    address: [...src.store.address],
    banners,
    info: [
      { label: label('receiptNo'), value: src.receiptNo },
      { label: label('date'), value: formatReceiptDateTime(src.createdAtIso, src.timeZone) },
      { label: label('cashier'), value: src.cashierName },
      { label: label('location'), value: src.locationName },
    ],
    items: src.lines.map((line) => ({
      name: line.name,
      qty: line.qty,
      unitPrice: line.unitPrice,
      gross: line.qty * line.unitPrice,
      discount:
        line.discount === 0
          ? null
          : {
              label: label('discount'),
              reason: line.discountReason?.trim() || null,
              amount: -line.discount,
            },
    })),
    breakdown,
    total: row('total', src.total),
    tenders: src.tenders.map((tender) => ({
      label: tender.methodName,
      amount: tender.amount,
      reference: tender.reference?.trim() || null,
      referenceLabel: labelCandidates('reference', src.bilingual)[0] ?? 'Ref',
    })),
    change:
      src.change !== 0 || src.tenders.some((tender) => tender.isCash)
        ? row('change', src.change)
        : null,
    voided: src.voided === true,
    footer: [...src.store.footer],
    qrData: src.receiptNo,
  }
}
