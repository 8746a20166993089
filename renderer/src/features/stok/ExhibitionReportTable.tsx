import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { ExhibitionReportDto } from '../../../../shared/stock/stock-dto'
import { formatQty } from './format-qty'

type Figures = ExhibitionReportDto['totals']

/** Sent, sold, returned, damaged, missing and the variance, per product and in total. */
export function ExhibitionReportTable({ report }: { report: ExhibitionReportDto }) {
  const { t } = useTranslation('stok')
  if (report.lines.length === 0) {
    return (
      <Text c="dimmed" py="md">
        {t('exhibitions.reportView.empty')}
      </Text>
    )
  }
  const cells = (f: Figures) => (
    <>
      <Table.Td ta="right">{formatQty(f.sent)}</Table.Td>
      <Table.Td ta="right">{formatQty(f.soldQty)}</Table.Td>
      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
        {formatRupiah(f.soldAmount)}
      </Table.Td>
      <Table.Td ta="right">{formatQty(f.returned)}</Table.Td>
      <Table.Td ta="right">{formatQty(f.damaged)}</Table.Td>
      <Table.Td ta="right">{formatQty(f.missing)}</Table.Td>
      <Table.Td ta="right">{formatQty(f.remaining)}</Table.Td>
      <Table.Td ta="right" c={f.varianceQty ? 'red.8' : undefined}>
        {formatQty(f.varianceQty)}
      </Table.Td>
      <Table.Td
        ta="right"
        c={f.varianceAmount ? 'red.8' : undefined}
        style={{ whiteSpace: 'nowrap' }}
      >
        {formatRupiah(f.varianceAmount)}
      </Table.Td>
    </>
  )
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table aria-label={t('exhibitions.reportView.label')} striped verticalSpacing={4} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('exhibitions.reportView.product')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.sent')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.sold')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.soldAmount')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.returned')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.damaged')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.missing')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.remaining')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.variance')}</Table.Th>
            <Table.Th ta="right">{t('exhibitions.reportView.varianceAmount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.lines.map((l) => (
            <Table.Tr key={l.productId}>
              <Table.Td>
                <Text size="sm" fw={500} lineClamp={1}>
                  {l.name}
                </Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {l.sku}
                </Text>
              </Table.Td>
              {cells(l)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t('exhibitions.reportView.total')}</Table.Td>
            {cells(report.totals)}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}
