import { Alert, Button, Loader, Stack } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconUserPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '../../../../shared/auth/auth-dto'
import { useChannel } from '../../api/hooks'
import { SettingsCard } from './SettingsCard'
import { SetupPinNotice } from './SetupPinNotice'
import { UserFormModal } from './UserFormModal'
import { UsersTable } from './UsersTable'
import { useGuardedSave } from './use-guarded-save'

export function UsersSection() {
  const { t } = useTranslation('pengaturan')
  const info = useChannel('app:info', {})
  const users = useChannel('users:list', {})
  const { save, pending, dialog } = useGuardedSave()
  // Kept after closing, so the modal does not change title while it fades out.
  const [editing, setEditing] = useState<{
    opened: boolean
    user: UserDto | null
    focusPin: boolean
  }>({ opened: false, user: null, focusPin: false })
  const open = (user: UserDto | null, focusPin = false) =>
    setEditing({ opened: true, user, focusPin })
  const [rowError, setRowError] = useState<string | null>(null)

  const me = info.data?.user ?? null
  const myRecord = users.data?.find((u) => u.id === me?.id)
  const adminHasPin = (users.data ?? []).some((u) => u.role === 'admin' && u.active && u.hasPin)

  const setActive = (user: UserDto, active: boolean) => {
    setRowError(null)
    void save(
      'users:save',
      { id: user.id, name: user.name, role: user.role, active },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t(active ? 'users.activated' : 'users.deactivated', { name: user.name }),
          }),
        onError: (error) => setRowError(error.message),
      },
    )
  }

  return (
    <Stack gap="md">
      {myRecord && !myRecord.hasPin ? (
        <SetupPinNotice onSetPin={() => open(myRecord, true)} />
      ) : null}
      <SettingsCard
        id="settings-users"
        title={t('users.title')}
        description={t('users.description')}
        action={
          <Button
            color="teal.9"
            leftSection={<IconUserPlus size={16} aria-hidden />}
            onClick={() => open(null)}
          >
            {t('users.add')}
          </Button>
        }
      >
        {rowError ? (
          <Alert
            color="red"
            role="alert"
            py="xs"
            withCloseButton
            closeButtonLabel={t('actions.close', { ns: 'common' })}
            onClose={() => setRowError(null)}
          >
            {rowError}
          </Alert>
        ) : null}
        {users.error ? (
          <Alert color="red" role="alert" py="xs">
            {users.error.message}
          </Alert>
        ) : null}
        {users.data ? (
          <UsersTable
            users={users.data}
            currentUserId={me?.id ?? null}
            busy={pending}
            onEdit={(user) => open(user)}
            onSetActive={setActive}
          />
        ) : users.isLoading ? (
          <Loader size="sm" />
        ) : null}
      </SettingsCard>
      <UserFormModal
        opened={editing.opened}
        user={editing.user}
        focusPin={editing.focusPin}
        adminHasPin={adminHasPin}
        onClose={() => setEditing((e) => ({ ...e, opened: false }))}
      />
      {dialog}
    </Stack>
  )
}
