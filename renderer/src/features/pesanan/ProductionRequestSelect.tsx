import { Select } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'

interface Props {
  value: string | null
  onChange: (id: string | null) => void
  error?: React.ReactNode
}

/** On a production intake: which open request to a workshop these goods answer (optional). */
export function ProductionRequestSelect({ value, onChange, error }: Props) {
  const { t } = useTranslation('pesanan')
  const requests = useChannel('orders:productionRequests', { filter: 'open' })
  return (
    <Select
      label={t('intake.request')}
      data={(requests.data ?? []).map((r) => ({
        value: r.id,
        label: `${r.requestNo} · ${r.productName} (${r.received}/${r.qty})`,
      }))}
      value={value}
      onChange={onChange}
      clearable
      error={error}
    />
  )
}
