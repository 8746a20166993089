import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import {
  IconArrowDownLeft,
  IconArrowUpRight,
  IconCashRegister,
  IconLock,
} from '@tabler/icons-react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ShiftDto } from '../../../../shared/shifts/shifts-dto'
import { formatRupiah } from '../../../../shared/money'
import { CashMoveModal } from './CashMoveModal'
import { DrawerModal } from './DrawerModal'
import { shiftDateTime } from './shift-time'
import { ShiftTotalsReport } from './ShiftTotalsReport'
import { useSeededName } from '../../i18n/use-seeded-name'

type Dialog = 'in' | 'out' | 'drawer' | null

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="gray.7">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  )
}

/** The open shift: who opened it and when, its running X report, and what can be done. */
export function OpenShiftView({ shift, onClose }: { shift: ShiftDto; onClose(): void }) {
  const { t } = useTranslation('shift')
  const seeded = useSeededName()
  const [dialog, setDialog] = useState<Dialog>(null)
  const free = dialog === null
  const heading = useRef<HTMLHeadingElement>(null)
  // Opening the shift removes the form that had focus: land on this view, not on the page.
  useEffect(() => {
    const active = document.activeElement
    if (!active || active === document.body) heading.current?.focus()
  }, [])
  useHotkeys(
    [
      ['F6', () => free && setDialog('in')],
      ['F7', () => free && setDialog('out')],
      ['F8', () => free && setDialog('drawer')],
      ['F9', () => free && onClose()],
    ],
    [],
  )

  return (
    <Stack gap="sm">
      <Paper
        withBorder
        radius="md"
        p="sm"
        style={{ borderLeft: '6px solid var(--mantine-color-teal-6)' }}
      >
        <Group justify="space-between" wrap="nowrap" align="center">
          <Group gap="xl" wrap="nowrap">
            <Title order={2} size="h3" ref={heading} tabIndex={-1}>
              {t('current.title')}
            </Title>
            <Fact label={t('current.openedBy')} value={shift.openedBy} />
            <Fact
              label={t('current.since')}
              value={`${shiftDateTime(shift.openedAt)} ${t('timeZone')}`}
            />
            <Fact label={t('current.location')} value={seeded(shift.locationName)} />
            <Fact label={t('current.float')} value={formatRupiah(shift.openingFloat)} />
          </Group>
        </Group>
      </Paper>
      <Group gap="sm" role="group" aria-label={t('actions.label')}>
        <Button
          variant="light"
          leftSection={<IconArrowDownLeft size={18} aria-hidden />}
          onClick={() => setDialog('in')}
        >
          {t('actions.cashIn')}
        </Button>
        <Button
          variant="light"
          leftSection={<IconArrowUpRight size={18} aria-hidden />}
          onClick={() => setDialog('out')}
        >
          {t('actions.cashOut')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconCashRegister size={18} aria-hidden />}
          onClick={() => setDialog('drawer')}
        >
          {t('actions.drawer')}
        </Button>
        <Button
          color="red.8"
          ml="auto"
          leftSection={<IconLock size={18} aria-hidden />}
          onClick={onClose}
        >
          {t('actions.close')}
        </Button>
      </Group>
      <div>
        <Title order={2} size="h4">
          {t('report.x')}
        </Title>
        <Text size="sm" c="gray.7">
          {t('report.xHint')}
        </Text>
      </div>
      <ShiftTotalsReport totals={shift.totals} />
      <CashMoveModal
        kind={dialog === 'in' || dialog === 'out' ? dialog : null}
        onClose={() => setDialog(null)}
      />
      <DrawerModal opened={dialog === 'drawer'} onClose={() => setDialog(null)} />
    </Stack>
  )
}
