import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SaleDto } from '../../../../shared/sales/sales-dto'
import type { PaymentMethodDto } from '../../../../shared/settings/settings-dto'
import { parseRupiah } from '../../../../shared/money'
import { ApiError } from '../../api/client'
import { isApprovalCancelled, useApproval } from '../../components/approval/use-approval'
import { cartTotals, checkoutInput, type TillCart } from './cart'
import { activeNoncash, tendersFor, type NoncashRow } from './tenders'

const CASH_METHOD_ID = 'tunai'

/** Where the cashier's attention must go when Pay cannot go ahead. */
export type PayRefusal = 'cart' | 'cash' | null

interface Options {
  cart: TillCart
  methods: PaymentMethodDto[] | undefined
  locationId: string | undefined
  /** The sale is recorded: show its receipt and begin a new cart. */
  onPaid(sale: SaleDto): void
}

let rowSeq = 0
const rowKey = () => `tender-${++rowSeq}`

/**
 * Tenders and the Pay action. Main is the authority on the total, the stock and the
 * payment: it refuses a short payment, a missing reference or an oversold line with a
 * message, and then nothing at all is recorded and the cart stays exactly as it was.
 * Discounts and price overrides may need a supervisor: the approval dialog asks for a PIN
 * and the same request goes again.
 */
export function useTillCheckout({ cart, methods, locationId, onPaid }: Options) {
  const { t } = useTranslation('kasir')
  const client = useQueryClient()
  const approval = useApproval()
  // Set before the request leaves, so a second F12 in the same instant cannot send it twice.
  const submitting = useRef(false)
  const [paying, setPaying] = useState(false)
  const [cash, setCashText] = useState('')
  const [rows, setRows] = useState<NoncashRow[]>([])
  const [cashError, setCashError] = useState<string | null>(null)
  const [payError, setPayError] = useState<string | null>(null)
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({})

  const cashMethod =
    methods?.find((m) => m.id === CASH_METHOD_ID && m.active) ??
    methods?.find((m) => m.kind === 'cash' && m.active)

  const setCash = (text: string) => {
    setCashText(text)
    setCashError(null)
  }

  const clearErrors = () => {
    setCashError(null)
    setPayError(null)
    setRowErrors({})
  }

  const addRow = (methodId: string, amount: string): string => {
    const key = rowKey()
    setRows((current) => [...current, { key, methodId, amount, reference: '' }])
    return key
  }
  const updateRow = (key: string, patch: Partial<Omit<NoncashRow, 'key'>>) => {
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...patch } : row)))
    setRowErrors((current) => {
      const { [key]: _gone, ...rest } = current
      return rest
    })
  }
  const removeRow = (key: string) => setRows((current) => current.filter((r) => r.key !== key))

  const resetTenders = () => {
    setCashText('')
    setRows([])
    clearErrors()
  }

  /** Sends the sale, or says why not (and which field the cashier should look at). */
  const pay = (): PayRefusal => {
    if (submitting.current) return null
    clearErrors()
    if (cart.lines.length === 0) {
      setPayError(t('payment.emptyCart'))
      return 'cart'
    }
    const noncashMethods = activeNoncash(methods)
    const missing: Record<string, string> = {}
    for (const row of rows) {
      const method = noncashMethods.find((m) => m.id === row.methodId)
      const amount = parseRupiah(row.amount)
      if (amount === null || amount <= 0) missing[row.key] = t('payment.cashInvalid')
      else if (method?.requiresReference && row.reference.trim() === '')
        missing[row.key] = t('tender.referenceRequired')
    }
    // The reference check is main's too; here it only points at the row sooner.
    if (Object.keys(missing).length > 0) setRowErrors(missing)
    if (rows.length === 0) {
      if (!cashMethod) {
        setPayError(t('payment.noCashMethod'))
        return null
      }
      const amount = parseRupiah(cash)
      if (amount === null || amount <= 0) {
        setCashError(cash.trim() === '' ? t('payment.cashRequired') : t('payment.cashInvalid'))
        return 'cash'
      }
    } else if (cash.trim() !== '' && parseRupiah(cash) === null) {
      setCashError(t('payment.cashInvalid'))
      return 'cash'
    }
    const payments = tendersFor(cashMethod?.id ?? null, cash, rows)
    if (payments.length === 0) {
      setCashError(t('payment.cashRequired'))
      return 'cash'
    }
    submitting.current = true
    setPaying(true)
    const input = checkoutInput(cart, payments, locationId)
    const discounted = cart.lines.some((l) => l.discount) || cart.cartDiscount !== null
    approval
      .call('sales:checkout', input, {
        action: discounted ? t('approval.discountedSale') : t('approval.sale'),
        subject: t('approval.lines', { count: input.lines.length }),
        amount: cartTotals(cart).total,
      })
      .then((sale) => {
        resetTenders()
        onPaid(sale)
        // The receipt number first: stock, held carts and history refresh a frame later, so
        // their refetches and re-renders do not hold up the receipt's first paint.
        requestAnimationFrame(() => window.setTimeout(() => void client.invalidateQueries(), 0))
      })
      .catch((error: unknown) => {
        if (!(error instanceof ApiError)) {
          // The supervisor dialog was cancelled: nothing was recorded, nothing to say.
          if (isApprovalCancelled(error)) return
          setPayError(error instanceof Error ? error.message : String(error))
          return
        }
        setPayError(error.message)
        const fields = error.fieldErrors()
        const cashIssue = Object.keys(fields).find((path) => path.startsWith('payments'))
        if (cashIssue && rows.length === 0) setCashError(fields[cashIssue] ?? null)
      })
      .finally(() => {
        submitting.current = false
        setPaying(false)
      })
    return null
  }

  return {
    cash,
    setCash,
    rows,
    addRow,
    updateRow,
    removeRow,
    rowErrors,
    resetTenders,
    cashError,
    payError,
    clearErrors,
    pay,
    paying,
    // The supervisor's PIN dialog is up: its keys are not scans.
    awaitingApproval: approval.opened,
    approvalDialog: approval.dialog,
    isSubmitting: () => submitting.current,
  }
}
