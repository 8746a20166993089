import { BarChart, DonutChart } from '@mantine/charts'
import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { SalesReportDto } from '../../../../shared/reports/reports-dto'
import { everyDay } from './daily-series'
import { shortDate } from './report-dates'
import { useSeededName } from '../../i18n/use-seeded-name'

const palette = ['teal.6', 'indigo.6', 'orange.6', 'grape.6', 'cyan.6', 'lime.7', 'red.6']

export function SalesCharts({ report }: { report: SalesReportDto }) {
  const { t, i18n } = useTranslation('laporan')
  const seeded = useSeededName()
  const daily = everyDay(report.byDay, report.period.from, report.period.to).map((d) => ({
    day: shortDate(d.date, i18n.language).replace(/ \d{4}$/, ''),
    netSales: d.netSales,
  }))
  const mix = report.byMethod
    .filter((m) => m.amount > 0)
    .map((m, i) => ({ name: seeded(m.name), value: m.amount, color: palette[i % palette.length]! }))
  return (
    <Group align="stretch" gap="md" wrap="nowrap">
      <Paper withBorder p="sm" radius="md" style={{ flex: 3, minWidth: 0 }}>
        <Title order={3} size="h5" mb="xs">
          {t('charts.daily')}
        </Title>
        {report.byDay.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('charts.empty')}
          </Text>
        ) : (
          <BarChart
            h={190}
            data={daily}
            dataKey="day"
            series={[{ name: 'netSales', label: t('summary.netSales'), color: 'teal.6' }]}
            valueFormatter={formatRupiah}
            yAxisProps={{ width: 110 }}
            tickLine="y"
            // Every day gets its label (recharts would drop some when they are close);
            // a month's labels stand slanted so they do not overlap.
            xAxisProps={
              daily.length > 10
                ? { interval: 0, angle: -45, textAnchor: 'end', height: 50, fontSize: 11 }
                : { interval: 0 }
            }
            // A label needs a role to be read: the chart is one picture with that name.
            role="img"
            aria-label={t('charts.daily')}
          />
        )}
      </Paper>
      <Paper withBorder p="sm" radius="md" style={{ flex: 2, minWidth: 0 }}>
        <Title order={3} size="h5" mb="xs">
          {t('charts.paymentMix')}
        </Title>
        {mix.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('charts.empty')}
          </Text>
        ) : (
          <Group gap="md" wrap="nowrap" align="center">
            <DonutChart
              data={mix}
              size={150}
              thickness={24}
              valueFormatter={formatRupiah}
              role="img"
              aria-label={t('charts.paymentMix')}
            />
            <Stack gap={4}>
              {mix.map((m) => (
                <Group key={m.name} gap={6} wrap="nowrap">
                  <Text size="sm" fw={600} c={m.color}>
                    ●
                  </Text>
                  <Text size="sm">
                    {m.name}: {formatRupiah(m.value)}
                  </Text>
                </Group>
              ))}
            </Stack>
          </Group>
        )}
      </Paper>
    </Group>
  )
}
