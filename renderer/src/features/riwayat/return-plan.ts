import type { InputOf } from '../../../../shared/contract'
import type { SaleDto, SaleLineDto } from '../../../../shared/sales/sales-dto'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { refundShare } from '../../../../shared/till/pricing'

export type Disposition = 'restock' | 'damaged'

export interface ReturnLineDraft {
  /** '' while the field is empty: nothing of this line comes back. */
  qty: number | ''
  disposition: Disposition
}

export interface RefundDraft {
  key: number
  methodId: string
  /** Ignored on the first row, which always takes what the other rows leave. */
  amount: number | ''
  reference: string
}

export const returnable = (line: SaleLineDto): number => line.qty - line.returnedQty

const chosenQty = (draft: ReturnLineDraft | undefined): number =>
  typeof draft?.qty === 'number' && Number.isInteger(draft.qty) && draft.qty > 0 ? draft.qty : 0

export const exceeds = (line: SaleLineDto, draft: ReturnLineDraft | undefined): boolean =>
  chosenQty(draft) > returnable(line)

/**
 * What returning the drafted units of a line refunds, by the very function the server
 * uses, so the amount on screen is the amount the server accepts. Zero for a quantity the
 * server would refuse anyway.
 */
export function lineRefund(line: SaleLineDto, draft: ReturnLineDraft | undefined): number {
  const qty = chosenQty(draft)
  if (qty === 0 || qty > returnable(line)) return 0
  return refundShare(line.netTotal, line.qty, line.returnedQty, qty)
}

/**
 * The whole refund, as the server computes it: the lines' shares, plus the sale's cash
 * rounding when this return brings back the last unit (so a customer never gets back more
 * or less than they paid over all returns).
 */
export function refundTotal(sale: SaleDto, drafts: Record<string, ReturnLineDraft>): number {
  const lines = sale.lines.reduce((sum, line) => sum + lineRefund(line, drafts[line.id]), 0)
  const completes = sale.lines.every(
    (line) =>
      line.returnedQty + Math.min(chosenQty(drafts[line.id]), returnable(line)) === line.qty,
  )
  return lines + (completes ? sale.rounding : 0)
}

/** The split as it will be sent: the first row gets the total less the other rows. */
export function refundAmounts(total: number, rows: readonly RefundDraft[]): number[] {
  const others = rows.slice(1).map((r) => (typeof r.amount === 'number' ? r.amount : 0))
  const rest = total - others.reduce((a, b) => a + b, 0)
  return [rest, ...others]
}

/** The method a refund goes back by unless the cashier says otherwise: how the sale was paid. */
export function defaultRefundMethod(
  sale: SaleDto,
  methods: readonly PaymentMethodDto[],
): string | null {
  const active = methods.filter((m) => m.active)
  const paidBy = sale.payments.find((p) => active.some((m) => m.id === p.methodId))
  return paidBy?.methodId ?? active.find((m) => m.kind === 'cash')?.id ?? active[0]?.id ?? null
}

export function returnInput(
  requestId: string,
  sale: SaleDto,
  reason: string,
  drafts: Record<string, ReturnLineDraft>,
  rows: readonly RefundDraft[],
): InputOf<'sales:return'> {
  const total = refundTotal(sale, drafts)
  const amounts = refundAmounts(total, rows)
  return {
    id: requestId,
    saleId: sale.id,
    reason: reason.trim(),
    lines: sale.lines
      .filter((line) => chosenQty(drafts[line.id]) > 0)
      .map((line) => ({
        saleLineId: line.id,
        qty: chosenQty(drafts[line.id]),
        disposition: drafts[line.id]?.disposition ?? 'restock',
      })),
    refunds: rows
      .map((row, i) => ({ row, amount: amounts[i] ?? 0 }))
      .filter(({ amount }) => amount > 0)
      .map(({ row, amount }) => ({
        methodId: row.methodId,
        amount,
        ...(row.reference.trim() ? { reference: row.reference.trim() } : {}),
      })),
  }
}
