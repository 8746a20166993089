import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

/** Across the top of every screen in the practice books, with the one-click way back. */
export function TrainingBanner() {
  const { t } = useTranslation('setup')
  const leave = useChannelMutation('training:leave')
  return (
    <Group
      role="status"
      aria-label="LATIHAN"
      justify="center"
      gap="md"
      px="md"
      py={4}
      bg="orange.8"
      c="white"
      data-testid="training-banner"
    >
      <Text fw={700} size="sm">
        {t('training.banner')}
      </Text>
      <Button
        size="compact-sm"
        color="dark"
        onClick={() => leave.mutate({})}
        loading={leave.isPending}
      >
        {t('training.leave')}
      </Button>
    </Group>
  )
}
