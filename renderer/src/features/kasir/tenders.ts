import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { parseRupiah } from '../../../../shared/money'
import type { Tender } from './cart'

/**
 * Split tenders as pure data. The cash field is one tender; every non-cash payment (QRIS,
 * transfer, card) is a row with its method, amount and reference. Cash is what is left
 * after the non-cash rows, and only cash gives change.
 */

export interface NoncashRow {
  key: string
  methodId: string
  /** As typed: `50.000` or `50000`. */
  amount: string
  reference: string
}

export interface TenderSummary {
  noncash: number
  cash: number
  /** Whether cash rounding applies: some cash, or nothing else to pay with. */
  paidWithCash: boolean
}

const amountOf = (text: string) => parseRupiah(text) ?? 0

export function summarizeTenders(cashText: string, rows: readonly NoncashRow[]): TenderSummary {
  const noncash = rows.reduce((sum, row) => sum + Math.max(0, amountOf(row.amount)), 0)
  const cash = Math.max(0, amountOf(cashText))
  return { noncash, cash, paidWithCash: cash > 0 || rows.length === 0 }
}

/** What is still to pay after the non-cash rows (never negative): what Uang pas puts in cash. */
export function cashDue(total: number, summary: TenderSummary): number {
  return Math.max(0, total - summary.noncash)
}

/** What a new non-cash row should ask for: what neither cash nor the other rows cover. */
export function remainingFor(total: number, summary: TenderSummary, exceptRow = 0): number {
  return Math.max(0, total - (summary.noncash - exceptRow) - summary.cash)
}

/** Change for the cash tendered; negative when the tenders fall short. */
export function changeFor(total: number, summary: TenderSummary): number {
  return summary.cash + summary.noncash - total
}

/** The checkout's payments: non-cash rows with an amount, then cash when there is any. */
export function tendersFor(
  cashMethodId: string | null,
  cashText: string,
  rows: readonly NoncashRow[],
): Tender[] {
  const tenders: Tender[] = []
  for (const row of rows) {
    const amount = amountOf(row.amount)
    if (amount <= 0) continue
    const reference = row.reference.trim()
    tenders.push({ methodId: row.methodId, amount, ...(reference ? { reference } : {}) })
  }
  const cash = amountOf(cashText)
  if (cashMethodId && cash > 0) tenders.push({ methodId: cashMethodId, amount: cash })
  return tenders
}

export const activeNoncash = (methods: readonly PaymentMethodDto[] | undefined) =>
  (methods ?? []).filter((m) => m.active && m.kind === 'noncash')

export const QRIS_METHOD_ID = 'qris'

/**
 * `3*` before a scan: the next item comes in that quantity. Returns the quantity and what
 * follows the star (a barcode, or nothing yet), or null when the text is not such a prefix.
 */
export function parseQtyPrefix(text: string): { qty: number; rest: string } | null {
  const match = /^\s*(\d{1,5})\s*[*x×]\s*(.*)$/i.exec(text)
  if (!match) return null
  const qty = Number(match[1])
  if (!Number.isInteger(qty) || qty < 1) return null
  return { qty, rest: (match[2] ?? '').trim() }
}
