import { Button, Group, Modal, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../../api/hooks'

/**
 * First run on an empty database: offer the demo catalogue so a newcomer can sell at once.
 * The offer takes focus (its main button), so Tab and Enter act on it, not the till behind.
 */
export function DemoOffer({ opened }: { opened: boolean }) {
  const { t } = useTranslation()
  const seed = useChannelMutation('demo:seed')
  const decline = useChannelMutation('demo:decline')
  return (
    <Modal
      opened={opened}
      onClose={() => decline.mutate({})}
      title={t('demo.title')}
      closeButtonProps={{ 'aria-label': t('actions.close') }}
      centered
    >
      <Text mb="md">{t('demo.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => decline.mutate({})} loading={decline.isPending}>
          {t('demo.decline')}
        </Button>
        <Button
          data-autofocus
          loading={seed.isPending}
          onClick={() =>
            seed.mutate(
              {},
              {
                onSuccess: (data) =>
                  notifications.show({ message: t('demo.loaded', { count: data.products }) }),
              },
            )
          }
        >
          {t('demo.accept')}
        </Button>
      </Group>
    </Modal>
  )
}
