import { BarChart } from '@mantine/charts'
import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import { MonthField } from '../../components/dates/MonthField'
import { HubAsOf } from '../hub/HubAsOf'
import { HubScopeSwitch, type HubScope } from '../hub/HubScopeSwitch'
import { ExportButtons } from './ExportButtons'
import { HasilKerjaTable } from './HasilKerjaTable'
import { LocationSelect } from './PeriodFilters'
import { PnbpPanel } from './PnbpPanel'
import { SalesDaysIndicator } from './SalesDaysIndicator'

interface Props {
  today: string
  locations: Option[]
  canEdit: boolean
}

export function HasilKerjaPanel({ today, locations, canEdit }: Props) {
  const { t } = useTranslation('laporan')
  const [month, setMonth] = useState(today.slice(0, 7))
  const [locationId, setLocationId] = useState<string | null>(null)
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month)
  // A till joined to a hub may also read the whole showroom's month (as of the last sync);
  // hubview:sales says whether it is joined, as on the sales summary.
  const { t: th } = useTranslation('hubview')
  const [scope, setScope] = useState<HubScope>('till')
  const period = { from: `${month}-01`, to: `${month}-01` }
  const link = useChannel('hubview:sales', period, { enabled: valid })
  const joined = link.data?.joined === true
  const hubScope = scope === 'hub' && joined
  const own = useChannel(
    'reports:hasilKerja',
    { month, locationId },
    { enabled: valid && !hubScope },
  )
  const hub = useChannel(
    'hubview:hasilKerja',
    { month, locationId },
    { enabled: valid && hubScope },
  )
  const report = hubScope ? hub : own
  const data = report.data
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md" role="group" aria-label={t('filters.label')}>
          <MonthField label={t('filters.monthPicker')} value={month} onChange={setMonth} w={190} />
          <LocationSelect locations={locations} value={locationId} onChange={setLocationId} />
        </Group>
        {!hubScope && (
          <ExportButtons request={valid ? { report: 'hasilKerja', month, locationId } : null} />
        )}
      </Group>
      {joined && <HubScopeSwitch value={scope} onChange={setScope} />}
      {hubScope && hub.data && (
        <Stack gap={2}>
          <HubAsOf at={hub.data.asOf} />
          <Text size="xs" c="dimmed">
            {th('hasilKerjaNote')}
          </Text>
        </Stack>
      )}
      {report.isError && <Alert color="red">{report.error.message}</Alert>}
      {report.isPending && valid && (
        <Loader size="sm" role="status" aria-label={t('hasilKerja.heading')} />
      )}
      {data && (
        <>
          <SalesDaysIndicator report={data} />
          {data.totals.unsplit !== 0 && (
            <Alert color="orange">
              {t('hasilKerja.unsplit', { amount: formatRupiah(data.totals.unsplit) })}
            </Alert>
          )}
          <HasilKerjaTable report={data} />
          {data.rounding !== 0 && (
            <Text size="xs" c="dimmed">
              {t('hasilKerja.rounding', { amount: formatRupiah(data.rounding) })}
            </Text>
          )}
          <Group align="stretch" gap="md" wrap="nowrap">
            {data.rows.length > 0 && (
              <Paper withBorder p="sm" radius="md" style={{ flex: 2, minWidth: 0 }}>
                <Title order={3} size="h5" mb="xs">
                  {t('charts.byWorkshop')}
                </Title>
                <BarChart
                  // Workshops run down the side, one row each: a name is read whole however
                  // many workshops sold this month (side by side, long names ran into each other).
                  orientation="vertical"
                  h={Math.max(200, 70 + data.rows.length * 32)}
                  data={data.rows.map((r) => ({
                    workshop: r.workshopName ?? t('hasilKerja.noWorkshop'),
                    premi: r.premi,
                    pnbp: r.pnbp,
                    modal: r.modal,
                  }))}
                  dataKey="workshop"
                  type="stacked"
                  series={[
                    { name: 'premi', label: t('hasilKerja.premi'), color: 'teal.6' },
                    { name: 'pnbp', label: t('hasilKerja.pnbp'), color: 'indigo.6' },
                    { name: 'modal', label: t('hasilKerja.modal'), color: 'orange.5' },
                  ]}
                  valueFormatter={formatRupiah}
                  // Every workshop's bar is named (recharts would skip labels that crowd).
                  yAxisProps={{ width: 130, interval: 0 }}
                  xAxisProps={{ fontSize: 11 }}
                  withLegend
                  // A label needs a role to be read: the chart is one picture with that name.
                  role="img"
                  aria-label={t('charts.byWorkshop')}
                />
              </Paper>
            )}
            <div style={{ flex: 3, minWidth: 0 }}>
              <PnbpPanel month={data.month} canEdit={canEdit && !hubScope} hub={hubScope} />
            </div>
          </Group>
        </>
      )}
    </Stack>
  )
}
