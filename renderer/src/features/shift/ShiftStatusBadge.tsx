import { Anchor, Badge } from '@mantine/core'
import { IconClockHour4 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { shiftTime } from './shift-time'

/**
 * A small badge for the till or the header: who has the open shift, or a link to open one.
 * Shows nothing to someone who may not sell (they cannot read the shift either).
 */
export function ShiftStatusBadge() {
  const { t } = useTranslation('shift')
  const current = useChannel('shifts:current', {})
  if (current.error || current.data === undefined) return null
  const shift = current.data
  if (shift) {
    return (
      <Badge
        color="teal"
        variant="light"
        leftSection={<IconClockHour4 size={12} aria-hidden />}
        styles={{ label: { overflow: 'visible' } }}
      >
        {t('badge.open', { name: shift.openedBy, time: shiftTime(shift.openedAt) })}
      </Badge>
    )
  }
  return (
    <Anchor href="#/shift" size="sm" c="orange.8" fw={600}>
      {t('badge.none')}
    </Anchor>
  )
}
