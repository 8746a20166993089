import { SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { SalesReportDto } from '../../../../shared/reports/reports-dto'
import { StatCard } from './StatCard'

export function SalesSummaryCards({ report }: { report: SalesReportDto }) {
  const { t } = useTranslation('laporan')
  const s = report.summary
  return (
    <Stack gap={4} role="region" aria-label={t('summary.label')}>
      <SimpleGrid cols={report.seesCost ? 8 : 7} spacing="xs">
        <StatCard label={t('summary.grossSales')} value={formatRupiah(s.grossSales)} />
        <StatCard label={t('summary.discounts')} value={formatRupiah(s.discounts)} />
        <StatCard label={t('summary.rounding')} value={formatRupiah(s.rounding)} />
        <StatCard label={t('summary.returns')} value={formatRupiah(s.returns)} />
        <StatCard label={t('summary.netSales')} value={formatRupiah(s.netSales)} strong />
        <StatCard label={t('summary.salesCount')} value={String(s.salesCount)} />
        <StatCard label={t('summary.averageSale')} value={formatRupiah(s.averageSale)} />
        {report.seesCost && report.grossProfit !== null && (
          <StatCard label={t('summary.grossProfit')} value={formatRupiah(report.grossProfit)} />
        )}
      </SimpleGrid>
      {s.voids.count > 0 && (
        <Text size="xs" c="dimmed">
          {t('summary.voids', { count: s.voids.count, amount: formatRupiah(s.voids.amount) })}
        </Text>
      )}
    </Stack>
  )
}
