import { Alert, Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { useChannel } from '../../api/hooks'
import { HubSalesTable } from '../hub/HubSalesTable'
import { HubScopeSwitch, type HubScope } from '../hub/HubScopeSwitch'
import { BreakdownTable, breakdowns, type Breakdown } from './BreakdownTable'
import { ExportButtons } from './ExportButtons'
import { PeriodFilters } from './PeriodFilters'
import { presetPeriod, type PeriodFilter } from './report-dates'
import { SalesCharts } from './SalesCharts'
import { SalesSummaryCards } from './SalesSummaryCards'

export function SalesReportPanel({ today, locations }: { today: string; locations: Option[] }) {
  const { t } = useTranslation('laporan')
  const byId = useId()
  const [filter, setFilter] = useState<PeriodFilter>({
    preset: 'month',
    ...presetPeriod('month', today),
    locationId: null,
  })
  const [by, setBy] = useState<Breakdown>('workshop')
  const valid = filter.from <= filter.to
  const period = { from: filter.from, to: filter.to, locationId: filter.locationId }
  const report = useChannel('reports:sales', period, { enabled: valid })
  // A till joined to a hub may also read the sales of every till (as of the last sync).
  const [scope, setScope] = useState<HubScope>('till')
  const hub = useChannel('hubview:sales', { from: filter.from, to: filter.to }, { enabled: valid })
  const hubScope = scope === 'hub' && hub.data?.joined === true
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <PeriodFilters value={filter} onChange={setFilter} today={today} locations={locations} />
        <ExportButtons request={valid ? { report: 'sales', period } : null} />
      </Group>
      {hub.data?.joined && <HubScopeSwitch value={scope} onChange={setScope} />}
      {hubScope && hub.data && <HubSalesTable report={hub.data} />}
      {!hubScope && report.isError && <Alert color="red">{report.error.message}</Alert>}
      {!hubScope && report.isPending && valid && (
        <Loader size="sm" role="status" aria-label={t('title')} />
      )}
      {!hubScope && report.data && (
        <>
          <SalesSummaryCards report={report.data} />
          <SalesCharts report={report.data} />
          <Group gap="sm" align="center">
            <Text component="span" size="sm" fw={500} id={byId}>
              {t('breakdown.label')}
            </Text>
            <SegmentedControl
              aria-labelledby={byId}
              size="xs"
              value={by}
              onChange={(value) => setBy(value as Breakdown)}
              data={breakdowns.map((b) => ({ value: b, label: t(`breakdown.${b}`) }))}
            />
          </Group>
          <BreakdownTable report={report.data} by={by} />
          {!report.data.seesCost && (
            <Text size="xs" c="dimmed">
              {t('breakdown.costHidden')}
            </Text>
          )}
        </>
      )}
    </Stack>
  )
}
