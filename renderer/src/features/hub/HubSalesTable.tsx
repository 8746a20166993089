import { Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HubSalesDto } from '../../../../shared/contracts/hubview'
import { formatRupiah } from '../../../../shared/money'
import { HubAsOf } from './HubAsOf'

/** Laporan's sales summary across tills: one row per till and location, marked by till. */
export function HubSalesTable({ report }: { report: HubSalesDto }) {
  const { t } = useTranslation('hubview')
  return (
    <Stack gap="xs">
      <HubAsOf at={report.asOf} />
      <Text size="xs" c="dimmed">
        {t('sharedOnly')}
      </Text>
      {report.rows.length === 0 ? (
        <Text size="sm">{t('empty')}</Text>
      ) : (
        <Table striped withTableBorder aria-label={t('scopeHub')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('till')}</Table.Th>
              <Table.Th>{t('location')}</Table.Th>
              <Table.Th ta="right">{t('sales')}</Table.Th>
              <Table.Th ta="right">{t('voided')}</Table.Th>
              <Table.Th ta="right">{t('total')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.rows.map((row) => (
              <Table.Tr key={`${row.deviceId}:${row.locationId ?? ''}`}>
                <Table.Td>
                  {row.tillCode === null
                    ? t('unknownTill')
                    : row.own
                      ? t('thisTill', { code: row.tillCode })
                      : row.tillCode}
                </Table.Td>
                <Table.Td>{row.locationName ?? row.locationId ?? '—'}</Table.Td>
                <Table.Td ta="right">{row.sales}</Table.Td>
                <Table.Td ta="right">{row.voided}</Table.Td>
                <Table.Td ta="right">{formatRupiah(row.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th colSpan={2}>{t('allTotal')}</Table.Th>
              <Table.Th ta="right">{report.sales}</Table.Th>
              <Table.Th />
              <Table.Th ta="right">{formatRupiah(report.total)}</Table.Th>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      )}
    </Stack>
  )
}
