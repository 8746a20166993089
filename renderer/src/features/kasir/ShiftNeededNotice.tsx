import { Alert, Button, Group, Text } from '@mantine/core'
import { IconClockHour4 } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'

/**
 * Shown from the first scan while no shift is open (and one is required): the sale cannot be
 * paid until a shift is opened, so say so now, with the way there, not at Pay. The cart stays
 * as it is (it is saved), so opening the shift first loses nothing.
 */
export function ShiftNeededNotice() {
  const { t } = useTranslation('kasir')
  return (
    <Alert
      role="status"
      color="yellow"
      variant="light"
      icon={<IconClockHour4 aria-hidden />}
      title={t('shiftNeeded.title')}
      py="xs"
      styles={{ message: { color: 'var(--mantine-color-gray-9)' } }}
    >
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{t('shiftNeeded.body')}</Text>
        <Button component="a" href="#/shift" size="compact-md" color="yellow.9">
          {t('shiftNeeded.open')}
        </Button>
      </Group>
    </Alert>
  )
}
