import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { HasilKerjaDto, HasilKerjaShare } from '../../../../shared/reports/reports-dto'
import { percentText, shortDate } from './report-dates'

export function HasilKerjaTable({ report }: { report: HasilKerjaDto }) {
  const { t, i18n } = useTranslation('laporan')
  const cost = report.seesCost
  const money = (n: number | null) => (n === null ? '' : formatRupiah(n))
  const ruleText = (s: HasilKerjaShare) =>
    s.ruleId === null
      ? t('hasilKerja.noRule')
      : t('hasilKerja.ruleText', {
          premi: `${percentText(s.premiBp, i18n.language)} %`,
          pnbp: `${percentText(s.pnbpBp, i18n.language)} %`,
          modal: `${percentText(s.modalBp, i18n.language)} %`,
          basis:
            s.basisKind === 'net_sales'
              ? t('rules.basisNetSales').toLowerCase()
              : t('rules.basisGrossProfit').toLowerCase(),
          from: s.validFrom ? shortDate(s.validFrom, i18n.language) : '',
        })
  if (report.rows.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('hasilKerja.empty')}
      </Text>
    )
  }
  const tot = report.totals
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label={t('hasilKerja.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('hasilKerja.workshop')}</Table.Th>
            <Table.Th ta="right">{t('hasilKerja.qty')}</Table.Th>
            <Table.Th ta="right">{t('hasilKerja.netSales')}</Table.Th>
            {cost && <Table.Th ta="right">{t('hasilKerja.cost')}</Table.Th>}
            {cost && <Table.Th ta="right">{t('hasilKerja.grossProfit')}</Table.Th>}
            <Table.Th ta="right">{t('hasilKerja.premi')}</Table.Th>
            <Table.Th ta="right">{t('hasilKerja.pnbp')}</Table.Th>
            <Table.Th ta="right">{t('hasilKerja.modal')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.workshopId ?? 'none'}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {row.workshopName ?? t('hasilKerja.noWorkshop')}
                </Text>
                {row.shares.map((s) => (
                  <Text key={s.ruleId ?? 'none'} size="xs" c="dimmed">
                    {ruleText(s)}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td ta="right">{row.qty}</Table.Td>
              <Table.Td ta="right">{money(row.netSales)}</Table.Td>
              {cost && <Table.Td ta="right">{money(row.cost)}</Table.Td>}
              {cost && <Table.Td ta="right">{money(row.grossProfit)}</Table.Td>}
              <Table.Td ta="right">{money(row.premi)}</Table.Td>
              <Table.Td ta="right">{money(row.pnbp)}</Table.Td>
              <Table.Td ta="right">{money(row.modal)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th>{t('hasilKerja.total')}</Table.Th>
            <Table.Th ta="right">{tot.qty}</Table.Th>
            <Table.Th ta="right">{money(tot.netSales)}</Table.Th>
            {cost && <Table.Th ta="right">{money(tot.cost)}</Table.Th>}
            {cost && <Table.Th ta="right">{money(tot.grossProfit)}</Table.Th>}
            <Table.Th ta="right">{money(tot.premi)}</Table.Th>
            <Table.Th ta="right">{money(tot.pnbp)}</Table.Th>
            <Table.Th ta="right">{money(tot.modal)}</Table.Th>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  )
}
