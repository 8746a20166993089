import { SimpleGrid } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ShiftTotals } from '../../../../shared/shifts/shifts-dto'
import { formatRupiah } from '../../../../shared/money'
import { ReportSection } from './ReportSection'
import { useSeededName } from '../../i18n/use-seeded-name'

const minus = (amount: number) => formatRupiah(-amount)

/**
 * The figures of the X and Z reports: sales, payment methods, corrections, and how the
 * expected cash in the drawer is made up. Never shown while the drawer is being counted.
 */
export function ShiftTotalsReport({ totals }: { totals: ShiftTotals }) {
  const { t } = useTranslation('shift')
  const seeded = useSeededName()
  const count = (n: number) => t('report.countOf', { count: n })
  return (
    <SimpleGrid cols={{ base: 2, lg: 4 }} spacing="sm">
      <ReportSection
        title={t('report.sales')}
        rows={[
          { key: 'count', label: t('report.salesCount'), value: totals.salesCount },
          { key: 'gross', label: t('report.gross'), value: formatRupiah(totals.grossSales) },
          { key: 'discounts', label: t('report.discounts'), value: minus(totals.discounts) },
          { key: 'rounding', label: t('report.rounding'), value: formatRupiah(totals.rounding) },
          {
            key: 'net',
            label: t('report.net'),
            value: formatRupiah(totals.netSales),
            total: true,
          },
        ]}
      />
      <ReportSection
        title={t('report.methods')}
        empty={t('report.noPayments')}
        rows={totals.byMethod.map((m) => ({
          key: m.methodName,
          label: seeded(m.methodName),
          value: formatRupiah(m.amount),
        }))}
      />
      <ReportSection
        title={t('report.corrections')}
        rows={[
          {
            key: 'voids',
            label: `${t('report.voids')} (${count(totals.voids.count)})`,
            value: formatRupiah(totals.voids.amount),
          },
          {
            key: 'refunds',
            label: `${t('report.refunds')} (${count(totals.refunds.count)})`,
            value: formatRupiah(totals.refunds.amount),
          },
          { key: 'removed', label: t('report.removedLines'), value: totals.removedLines },
          { key: 'drawer', label: t('report.drawerOpens'), value: totals.drawerOpens },
        ]}
      />
      <ReportSection
        title={t('report.cash')}
        rows={[
          {
            key: 'float',
            label: t('report.openingFloat'),
            value: formatRupiah(totals.openingFloat),
          },
          {
            key: 'sales',
            label: t('report.cashSales'),
            value: `+${formatRupiah(totals.cashSales)}`,
          },
          { key: 'refunds', label: t('report.cashRefunds'), value: minus(totals.refunds.cash) },
          { key: 'in', label: t('report.cashIn'), value: `+${formatRupiah(totals.cashIn)}` },
          { key: 'out', label: t('report.cashOut'), value: minus(totals.cashOut) },
          {
            key: 'expected',
            label: t('report.expected'),
            value: formatRupiah(totals.expectedCash),
            total: true,
          },
        ]}
      />
    </SimpleGrid>
  )
}
