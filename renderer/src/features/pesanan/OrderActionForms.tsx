import { Button, NumberInput, Select, SegmentedControl, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconPrinter } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  docCurrencies,
  orderDocumentKinds,
  type DocCurrency,
  type OrderDocumentKind,
  type OrderDto,
} from '../../../../shared/orders/orders-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { DateField } from '../../components/dates/DateField'
import { saveFile } from '../../components/files/save-file'
import { isDesktopApp } from '../printing/is-desktop'
import { ActionModal } from './ActionModal'
import { OrderAmountInput, OrderMethodSelect } from './OrderMoneyFields'

interface FormProps {
  order: OrderDto
  onClose: () => void
}

function useDone(onClose: () => void) {
  const { t } = useTranslation('pesanan')
  const [error, setError] = useState<ApiError | null>(null)
  return {
    error,
    handlers: {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: t('actions.done') })
        onClose()
      },
      onError: setError,
    },
  }
}

export function PayForm({ order, onClose }: FormProps) {
  const { t } = useTranslation('pesanan')
  const pay = useChannelMutation('orders:pay')
  const { error, handlers } = useDone(onClose)
  const shipped = ['shipped', 'delivered'].includes(order.status)
  const [kind, setKind] = useState<'deposit' | 'balance'>(shipped ? 'balance' : 'deposit')
  const [amount, setAmount] = useState<number>(order.money.balanceDue)
  const [methodId, setMethodId] = useState<string | null>('transfer')
  const [reference, setReference] = useState('')
  return (
    <ActionModal
      opened
      title={t('pay.title')}
      onClose={onClose}
      submitLabel={t('pay.save')}
      pending={pay.isPending}
      error={error}
      onSubmit={() =>
        pay.mutate({ id: order.id, kind, amount, methodId: methodId ?? '', reference }, handlers)
      }
    >
      <SegmentedControl
        aria-label={t('pay.kind')}
        value={kind}
        onChange={(v) => setKind(v as typeof kind)}
        data={(['deposit', 'balance'] as const).map((k) => ({
          value: k,
          label: t(`detail.paymentKinds.${k}`),
        }))}
      />
      <OrderAmountInput value={amount} onChange={setAmount} autoFocus />
      <OrderMethodSelect value={methodId} onChange={setMethodId} />
      <TextInput
        label={t('pay.reference')}
        value={reference}
        onChange={(e) => setReference(e.currentTarget.value)}
        maxLength={60}
      />
    </ActionModal>
  )
}

export function CancelForm({ order, onClose }: FormProps) {
  const { t } = useTranslation('pesanan')
  const cancel = useChannelMutation('orders:cancel')
  const { error, handlers } = useDone(onClose)
  const [reason, setReason] = useState('')
  return (
    <ActionModal
      opened
      title={t('cancel.title')}
      onClose={onClose}
      submitLabel={t('cancel.save')}
      pending={cancel.isPending}
      error={error}
      onSubmit={() => cancel.mutate({ id: order.id, reason }, handlers)}
    >
      <TextInput
        label={t('cancel.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={200}
        required
        data-autofocus
      />
    </ActionModal>
  )
}

export function SettleForm({ order, onClose }: FormProps) {
  const { t } = useTranslation('pesanan')
  const settle = useChannelMutation('orders:settleDeposit')
  const { error, handlers } = useDone(onClose)
  const [outcome, setOutcome] = useState<'refund' | 'forfeit'>('refund')
  const [amount, setAmount] = useState<number>(order.money.held)
  const [methodId, setMethodId] = useState<string | null>('tunai')
  const [reason, setReason] = useState('')
  return (
    <ActionModal
      opened
      title={t('settle.title')}
      onClose={onClose}
      submitLabel={t('settle.save')}
      pending={settle.isPending}
      error={error}
      onSubmit={() =>
        settle.mutate(
          outcome === 'refund'
            ? { id: order.id, outcome, amount, reason, methodId: methodId ?? '' }
            : { id: order.id, outcome, amount, reason },
          handlers,
        )
      }
    >
      <SegmentedControl
        aria-label={t('settle.outcome')}
        value={outcome}
        onChange={(v) => setOutcome(v as typeof outcome)}
        data={[
          { value: 'refund', label: t('settle.refund') },
          { value: 'forfeit', label: t('settle.forfeit') },
        ]}
      />
      <OrderAmountInput value={amount} onChange={setAmount} />
      {outcome === 'refund' && <OrderMethodSelect value={methodId} onChange={setMethodId} />}
      <TextInput
        label={t('settle.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        maxLength={200}
        required
      />
    </ActionModal>
  )
}

export function ProductionForm({ order, onClose }: FormProps) {
  const { t } = useTranslation('pesanan')
  const request = useChannelMutation('orders:requestProduction')
  const { error, handlers } = useDone(onClose)
  const [productId, setProductId] = useState<string | null>(order.lines[0]?.productId ?? null)
  const [qty, setQty] = useState<number>(order.lines[0]?.qty ?? 1)
  const [dueDate, setDueDate] = useState(order.dueDate ?? '')
  return (
    <ActionModal
      opened
      title={t('production.title')}
      onClose={onClose}
      submitLabel={t('production.save')}
      pending={request.isPending}
      error={error}
      onSubmit={() =>
        request.mutate({ orderId: order.id, productId: productId ?? '', qty, dueDate }, handlers)
      }
    >
      <Select
        label={t('production.product')}
        value={productId}
        onChange={setProductId}
        data={order.lines.map((l) => ({ value: l.productId, label: l.name }))}
        allowDeselect={false}
      />
      <NumberInput
        label={t('production.qty')}
        value={qty}
        onChange={(v) => setQty(Number(v) || 0)}
        allowDecimal={false}
        data-autofocus
      />
      <DateField label={t('production.dueDate')} value={dueDate} onChange={setDueDate} required />
    </ActionModal>
  )
}

export function DocumentForm({ order, onClose }: FormProps) {
  const { t } = useTranslation('pesanan')
  const issue = useChannelMutation('orders:document')
  const print = useChannelMutation('orders:printDocument')
  const [error, setError] = useState<ApiError | null>(null)
  const [kind, setKind] = useState<OrderDocumentKind>('proforma')
  const [language, setLanguage] = useState<'id' | 'en'>(order.buyer.language)
  const [currency, setCurrency] = useState<DocCurrency>(order.buyer.currency)
  const [rate, setRate] = useState<number | ''>('')
  const receipts = order.payments.filter((p) => p.kind === 'deposit' || p.kind === 'balance')
  const [paymentId, setPaymentId] = useState<string | null>(receipts.at(-1)?.id ?? null)
  const input = {
    orderId: order.id,
    kind,
    language,
    currency,
    ...(currency !== 'IDR' && rate !== '' ? { rate } : {}),
    ...(kind === 'deposit_receipt' && paymentId ? { paymentId } : {}),
  }
  const busy = issue.isPending || print.isPending
  return (
    <ActionModal
      opened
      title={t('document.title')}
      onClose={onClose}
      submitLabel={t('document.save')}
      pending={issue.isPending}
      submitDisabled={print.isPending}
      error={error}
      // The same numbered document on the system printer: the desktop app only, as receipts.
      extraAction={
        isDesktopApp() && (
          <Button
            variant="default"
            leftSection={<IconPrinter size={16} aria-hidden />}
            loading={print.isPending}
            disabled={busy}
            onClick={() =>
              print.mutate(input, {
                onSuccess: (done) => {
                  notifications.show({
                    color: 'teal',
                    message: t('document.printed', {
                      docNo: done.docNo,
                      printer: done.deviceName || t('document.defaultPrinter'),
                      width: done.widthMm,
                      height: done.heightMm,
                    }),
                  })
                  onClose()
                },
                onError: setError,
              })
            }
          >
            {t('document.print')}
          </Button>
        )
      }
      onSubmit={() =>
        issue.mutate(input, {
          onSuccess: (file) => {
            saveFile(file)
            notifications.show({
              color: 'teal',
              message: t('document.saved', { filename: file.filename }),
            })
            onClose()
          },
          onError: setError,
        })
      }
    >
      <Select
        label={t('document.kind')}
        value={kind}
        onChange={(v) => v && setKind(v as OrderDocumentKind)}
        data={orderDocumentKinds.map((k) => ({ value: k, label: t(`document.kinds.${k}`) }))}
        allowDeselect={false}
      />
      {kind === 'deposit_receipt' && (
        <Select
          label={t('document.payment')}
          value={paymentId}
          onChange={setPaymentId}
          data={receipts.map((p) => ({
            value: p.id,
            label: `${p.receiptNo} · ${t(`detail.paymentKinds.${p.kind}`)}`,
          }))}
          allowDeselect={false}
        />
      )}
      <Select
        label={t('document.language')}
        value={language}
        onChange={(v) => v && setLanguage(v as 'id' | 'en')}
        data={(['id', 'en'] as const).map((l) => ({ value: l, label: t(`buyers.languages.${l}`) }))}
        allowDeselect={false}
      />
      <Select
        label={t('document.currency')}
        value={currency}
        onChange={(v) => v && setCurrency(v as DocCurrency)}
        data={[...docCurrencies]}
        allowDeselect={false}
      />
      {currency !== 'IDR' && (
        <>
          <NumberInput
            label={t('document.rate', { currency })}
            value={rate}
            onChange={(v) => setRate(v === '' ? '' : Number(v))}
            decimalScale={2}
            thousandSeparator=","
            decimalSeparator="."
            min={0}
            required
            error={error?.fieldErrors().rate}
          />
          <Text size="xs" c="gray.7">
            {t('document.rateHint')}
          </Text>
        </>
      )}
    </ActionModal>
  )
}
