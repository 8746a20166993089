import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import { useSeededName } from '../../i18n/use-seeded-name'
import { ExportButtons } from './ExportButtons'
import { LocationSelect, PeriodFilters } from './PeriodFilters'
import { presetPeriod, type PeriodFilter } from './report-dates'
import { scrollRegion } from '../../components/scroll-region'

interface Props {
  today: string
  locations: Option[]
  seesCost: boolean
}

export function StockReportPanel({ today, locations, seesCost }: Props) {
  const { t } = useTranslation('laporan')
  const seeded = useSeededName()
  const [locationId, setLocationId] = useState<string | null>(null)
  const [filter, setFilter] = useState<PeriodFilter>({
    preset: 'month',
    ...presetPeriod('month', today),
    locationId: null,
  })
  const valuation = useChannel('reports:stockValuation', { locationId }, { enabled: seesCost })
  const valid = filter.from <= filter.to
  const period = { from: filter.from, to: filter.to, locationId: filter.locationId }
  const variances = useChannel('reports:countVariances', period, { enabled: valid })
  return (
    <Stack gap="md">
      <Paper withBorder p="sm" radius="md">
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end">
            <Stack gap={2}>
              <Title order={2} size="h5">
                {t('stock.valuation')}
              </Title>
              <Text size="xs" c="dimmed">
                {t('stock.valuationNote')}
              </Text>
            </Stack>
            <Group align="flex-end">
              <LocationSelect locations={locations} value={locationId} onChange={setLocationId} />
              <ExportButtons request={seesCost ? { report: 'stockValuation', locationId } : null} />
            </Group>
          </Group>
          {!seesCost && <Alert color="gray">{t('stock.needsCost')}</Alert>}
          {valuation.isError && <Alert color="red">{valuation.error.message}</Alert>}
          {valuation.data && valuation.data.rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('stock.noStock')}
            </Text>
          )}
          {valuation.data && valuation.data.rows.length > 0 && (
            <Table.ScrollContainer
              minWidth={600}
              maxHeight={240}
              scrollAreaProps={scrollRegion(t('stock.valuationLabel'))}
            >
              <Table striped stickyHeader aria-label={t('stock.valuationLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('stock.location')}</Table.Th>
                    <Table.Th>{t('stock.category')}</Table.Th>
                    <Table.Th ta="right">{t('stock.qty')}</Table.Th>
                    <Table.Th ta="right">{t('stock.value')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {valuation.data.rows.map((r) => (
                    <Table.Tr key={`${r.locationId}|${r.categoryId ?? ''}`}>
                      <Table.Td>{seeded(r.locationName)}</Table.Td>
                      <Table.Td>{r.categoryName ?? t('stock.noCategory')}</Table.Td>
                      <Table.Td ta="right">{r.qty}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(r.value)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={2}>{t('stock.total')}</Table.Th>
                    <Table.Th ta="right">{valuation.data.totals.qty}</Table.Th>
                    <Table.Th ta="right">{formatRupiah(valuation.data.totals.value)}</Table.Th>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="sm" radius="md">
        <Stack gap="sm">
          <Title order={2} size="h5">
            {t('stock.variances')}
          </Title>
          <Group justify="space-between" align="flex-end">
            <PeriodFilters
              value={filter}
              onChange={setFilter}
              today={today}
              locations={locations}
            />
            <ExportButtons request={valid ? { report: 'countVariances', period } : null} />
          </Group>
          {variances.data && variances.data.rows.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('stock.noVariances')}
            </Text>
          )}
          {variances.data && variances.data.rows.length > 0 && (
            <Table.ScrollContainer
              minWidth={700}
              maxHeight={240}
              scrollAreaProps={scrollRegion(t('stock.variancesLabel'))}
            >
              <Table striped stickyHeader aria-label={t('stock.variancesLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('stock.date')}</Table.Th>
                    <Table.Th>{t('stock.product')}</Table.Th>
                    <Table.Th>{t('stock.location')}</Table.Th>
                    <Table.Th ta="right">{t('stock.qty')}</Table.Th>
                    <Table.Th ta="right">{t('stock.value')}</Table.Th>
                    <Table.Th>{t('stock.note')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {variances.data.rows.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>{r.date}</Table.Td>
                      <Table.Td>{r.productName}</Table.Td>
                      <Table.Td>{seeded(r.locationName)}</Table.Td>
                      <Table.Td ta="right">{r.qty > 0 ? `+${r.qty}` : r.qty}</Table.Td>
                      <Table.Td ta="right">{formatRupiah(r.value)}</Table.Td>
                      <Table.Td>{r.note}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Paper>
    </Stack>
  )
}
