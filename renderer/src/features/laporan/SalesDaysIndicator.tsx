import { Box, Group, Stack, Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HasilKerjaDto } from '../../../../shared/reports/reports-dto'

/** One square per day of the month: programmes ask for sales every day. */
export function SalesDaysIndicator({ report }: { report: HasilKerjaDto }) {
  const { t } = useTranslation('laporan')
  const withSales = new Set(report.salesDays)
  const days = Array.from({ length: report.daysInMonth }, (_, i) => {
    const date = `${report.month}-${String(i + 1).padStart(2, '0')}`
    return { date, day: i + 1, sold: withSales.has(date), future: i + 1 > report.daysElapsed }
  })
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {t('hasilKerja.days')}:{' '}
        <Text span fw={700}>
          {t('hasilKerja.daysText', {
            count: report.salesDays.length,
            elapsed: report.daysElapsed,
            total: report.daysInMonth,
          })}
        </Text>
      </Text>
      <Group gap={3} role="list" aria-label={t('hasilKerja.days')}>
        {days.map((d) => {
          const label = t(d.sold ? 'hasilKerja.dayWith' : 'hasilKerja.dayWithout', { date: d.date })
          return (
            <Tooltip key={d.date} label={label}>
              <Box
                role="listitem"
                aria-label={label}
                w={22}
                h={22}
                style={{
                  borderRadius: 4,
                  display: 'grid',
                  placeItems: 'center',
                  fontSize: 10,
                  background: d.sold
                    ? 'var(--mantine-color-teal-7)'
                    : d.future
                      ? 'var(--mantine-color-gray-1)'
                      : 'var(--mantine-color-red-1)',
                  color: d.sold ? 'white' : 'var(--mantine-color-gray-8)',
                  border: '1px solid var(--mantine-color-gray-3)',
                }}
              >
                {d.day}
              </Box>
            </Tooltip>
          )
        })}
      </Group>
    </Stack>
  )
}
