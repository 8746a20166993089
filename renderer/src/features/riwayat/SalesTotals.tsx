import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SaleSummaryDto } from '../../../../shared/sales/sales-dto'
import { formatRupiah } from '../../../../shared/money'

/** Count and sum of the listed sales; a voided sale earned nothing, so it is left out. */
export function SalesTotals({ sales }: { sales: SaleSummaryDto[] }) {
  const { t } = useTranslation('riwayat')
  const kept = sales.filter((s) => !s.voided)
  const sum = kept.reduce((total, s) => total + s.total, 0)
  const notes = [
    t('totals.excludesVoided'),
    ...(kept.some((s) => s.returned) ? [t('totals.beforeReturns')] : []),
  ]
  return (
    <Group
      justify="space-between"
      px="md"
      py="xs"
      role="status"
      aria-label={t('totals.label')}
      bg="gray.0"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Group gap="xs">
        <Text fw={700}>{t('totals.count', { count: kept.length })}</Text>
        <Text size="sm" c="gray.7">
          ({notes.join('; ')})
        </Text>
      </Group>
      <Text fw={800} size="lg">
        {t('totals.sum', { amount: formatRupiah(sum) })}
      </Text>
    </Group>
  )
}
