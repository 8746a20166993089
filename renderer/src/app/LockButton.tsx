import { Button } from '@mantine/core'
import { useHotkeys } from '@mantine/hooks'
import { IconLock } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannelMutation } from '../api/hooks'

/** Locks the till (F10); the next cashier signs in with their PIN — the fast switch. */
export function LockButton() {
  const { t } = useTranslation('auth')
  const lock = useChannelMutation('auth:lock')
  const run = () => lock.mutate({})
  useHotkeys([['F10', run]], [])
  return (
    <Button
      size="xs"
      variant="default"
      leftSection={<IconLock size={14} aria-hidden />}
      onClick={run}
    >
      {t('lock')}
    </Button>
  )
}
