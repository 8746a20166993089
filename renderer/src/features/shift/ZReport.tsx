import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useId, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { ClosedShift } from './closed-shift'
import { shiftDateTime } from './shift-time'
import { PrintZButton } from './PrintZButton'
import { ZPdfButton } from './ZPdfButton'
import { PrintZError } from './PrintZError'
import { ShiftTotalsReport } from './ShiftTotalsReport'
import { usePrintZ } from './use-print-z'
import { VarianceText } from './VarianceText'
import { useSeededName } from '../../i18n/use-seeded-name'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Text size="sm">
      <Text span c="gray.7">
        {label}:{' '}
      </Text>
      <Text span fw={600}>
        {value}
      </Text>
    </Text>
  )
}

/** One headline figure, named by its caption so tests and screen readers find it. */
function Figure({ label, children }: { label: string; children: ReactNode }) {
  const id = useId()
  return (
    <Stack gap={0} role="group" aria-labelledby={id}>
      <Text size="sm" c="gray.7" id={id}>
        {label}
      </Text>
      {children}
    </Stack>
  )
}

/** A closed shift's Z report: who and when, the count against what was expected, all totals. */
export function ZReport({ shift, titled = true }: { shift: ClosedShift; titled?: boolean }) {
  const { t } = useTranslation('shift')
  const seeded = useSeededName()
  const { closed } = shift
  const zone = t('timeZone')
  const tint = closed.variance === 0 ? 'teal' : 'red'
  const printZ = usePrintZ(shift.id)
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            {titled ? <Title order={2}>{t('z.title', { zNo: closed.zLabel })}</Title> : null}
            {closed.forced ? <Badge color="orange">{t('z.forced')}</Badge> : null}
          </Group>
          <Group gap="lg">
            <Fact label={t('z.openedBy')} value={shift.openedBy} />
            <Fact label={t('z.openedAt')} value={`${shiftDateTime(shift.openedAt)} ${zone}`} />
            <Fact label={t('z.closedBy')} value={closed.by} />
            <Fact label={t('z.closedAt')} value={`${shiftDateTime(closed.at)} ${zone}`} />
            <Fact label={t('z.location')} value={seeded(shift.locationName)} />
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <ZPdfButton shiftId={shift.id} />
          <PrintZButton printZ={printZ} />
        </Group>
      </Group>
      <PrintZError printZ={printZ} />
      <Paper withBorder radius="md" p="md" bg={`${tint}.0`}>
        <SimpleGrid cols={3} spacing="lg">
          <Figure label={t('z.expected')}>
            <Text fz={26} fw={700}>
              {formatRupiah(closed.expectedCash)}
            </Text>
          </Figure>
          <Figure label={t('z.counted')}>
            <Text fz={26} fw={700}>
              {formatRupiah(closed.countedCash)}
            </Text>
          </Figure>
          <Figure label={t('z.variance')}>
            <VarianceText variance={closed.variance} fz={26} />
          </Figure>
        </SimpleGrid>
        {closed.note ? (
          <Text size="sm" mt="xs">
            <Text span c="gray.7">
              {t('z.note')}:{' '}
            </Text>
            {closed.note}
          </Text>
        ) : null}
      </Paper>
      <ShiftTotalsReport totals={shift.totals} />
    </Stack>
  )
}
