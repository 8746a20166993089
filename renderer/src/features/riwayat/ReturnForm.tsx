import { Alert, Button, Divider, Group, Stack, TextInput } from '@mantine/core'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { ReturnDto, SaleDto } from '../../../../shared/sales/sales-dto'
import { defaultLocale, isLocale } from '../../../../shared/locale'
import { useChannel } from '../../api/hooks'
import { useApprovedMutation } from '../../components/approval/use-approved-mutation'
import { RefundSplit } from './RefundSplit'
import {
  defaultRefundMethod,
  exceeds,
  refundAmounts,
  refundTotal,
  returnInput,
  type RefundDraft,
  type ReturnLineDraft,
} from './return-plan'
import { ReturnDone } from './ReturnDone'
import { returnQtyId, ReturnLinesTable } from './ReturnLinesTable'

interface Props {
  sale: SaleDto
  onClose(): void
  onRefused(): void
}

const emptyDrafts = (sale: SaleDto): Record<string, ReturnLineDraft> =>
  Object.fromEntries(sale.lines.map((l) => [l.id, { qty: '', disposition: 'restock' }]))

export function ReturnForm({ sale, onClose, onRefused }: Props) {
  const { t, i18n } = useTranslation('riwayat')
  const locale = isLocale(i18n.language) ? i18n.language : defaultLocale
  const methodsQuery = useChannel('payments:methods', {})
  const methods = (methodsQuery.data ?? []).filter((m) => m.active)
  const submitReturn = useApprovedMutation('sales:return', (input) => ({
    action: t('approval.return'),
    subject: t('approval.receipt', { receiptNo: sale.receiptNo }),
    amount: input.refunds.reduce((sum, r) => sum + r.amount, 0),
  }))

  // One id per dialog: a resubmit after a lost answer records the return once.
  const [requestId] = useState(() => crypto.randomUUID())
  const [drafts, setDrafts] = useState(() => emptyDrafts(sale))
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [chosenRows, setRows] = useState<RefundDraft[] | null>(null)
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState<ReturnDto | null>(null)

  // The refund goes back the way the sale was paid until the cashier picks otherwise.
  const fallbackMethod = defaultRefundMethod(sale, methods)
  const rows: RefundDraft[] = chosenRows ?? [
    { key: 0, methodId: fallbackMethod ?? '', amount: '', reference: '' },
  ]

  const total = refundTotal(sale, drafts)
  const amounts = refundAmounts(total, rows)
  const splitError = (amounts[0] ?? 0) < 0 ? t('return.splitTooMuch') : null

  if (done) return <ReturnDone result={done} onClose={onClose} />

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (submitReturn.isPending) return
    setProblem(null)
    const over = sale.lines.find((line) => exceeds(line, drafts[line.id]))
    if (over) {
      document.getElementById(returnQtyId(over.id))?.focus()
      return
    }
    const input = returnInput(requestId, sale, reason, drafts, rows)
    if (input.lines.length === 0) {
      setProblem(t('return.nothing'))
      return
    }
    const missingReason = input.reason === ''
    const missingRefs = Object.fromEntries(
      rows
        .filter((row, i) => (amounts[i] ?? 0) > 0 && row.reference.trim() === '')
        .filter((row) => methods.find((m) => m.id === row.methodId)?.requiresReference)
        .map((row) => [
          row.key,
          t('return.referenceRequired', {
            method: methods.find((m) => m.id === row.methodId)?.name ?? row.methodId,
          }),
        ]),
    )
    setReasonError(missingReason ? t('return.reasonRequired') : null)
    setRowErrors(missingRefs)
    if (missingReason || Object.keys(missingRefs).length > 0 || splitError) return

    submitReturn.mutate(input, {
      onSuccess: setDone,
      onError: (error) => {
        const field = error.fieldErrors().reason
        if (field) return setReasonError(field)
        setProblem(error.message)
        onRefused()
      },
    })
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ReturnLinesTable
          sale={sale}
          drafts={drafts}
          locale={locale}
          onChange={(lineId, draft) => {
            setDrafts((current) => ({ ...current, [lineId]: draft }))
            setProblem(null)
          }}
        />
        <TextInput
          label={t('return.reason')}
          placeholder={t('return.reasonPlaceholder')}
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value)
            setReasonError(null)
          }}
          error={reasonError}
          maxLength={200}
          required
        />
        <Divider />
        <RefundSplit
          total={total}
          rows={rows}
          methods={methods}
          rowErrors={rowErrors}
          splitError={splitError}
          onChange={(next) => {
            setRows(next)
            setRowErrors({})
          }}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('return.back')}
          </Button>
          <Button type="submit" loading={submitReturn.isPending}>
            {t('return.submit')}
          </Button>
        </Group>
      </Stack>
      {submitReturn.dialog}
    </form>
  )
}
