import { NumberInput, Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'

/** A whole-rupiah amount typed the Indonesian way (1.500.000), for the order money forms. */
export function OrderAmountInput({
  value,
  onChange,
  autoFocus = false,
}: {
  value: number
  onChange: (amount: number) => void
  autoFocus?: boolean
}) {
  const { t } = useTranslation('pesanan')
  return (
    <NumberInput
      label={t('pay.amount')}
      value={value}
      onChange={(v) => onChange(Number(v) || 0)}
      allowDecimal={false}
      thousandSeparator="."
      decimalSeparator=","
      data-autofocus={autoFocus || undefined}
    />
  )
}

/** The till's active payment methods: how a deposit came in or a refund goes out. */
export function OrderMethodSelect({
  value,
  onChange,
}: {
  value: string | null
  onChange: (methodId: string | null) => void
}) {
  const { t } = useTranslation('pesanan')
  const methods = useChannel('payments:methods', {})
  return (
    <Select
      label={t('pay.method')}
      value={value}
      onChange={onChange}
      data={(methods.data ?? [])
        .filter((m) => m.active)
        .map((m) => ({ value: m.id, label: m.name }))}
      allowDeselect={false}
    />
  )
}
