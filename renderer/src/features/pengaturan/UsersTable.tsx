import { Badge, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { UserDto } from '../../../../shared/auth/auth-dto'
import { formatLockTime } from './lock-time'

interface Props {
  users: UserDto[]
  currentUserId: string | null
  busy: boolean
  onEdit: (user: UserDto) => void
  onSetActive: (user: UserDto, active: boolean) => void
}

export function UsersTable({ users, currentUserId, busy, onEdit, onSetActive }: Props) {
  const { t, i18n } = useTranslation('pengaturan')
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('users.tableLabel')} striped highlightOnHover verticalSpacing={6}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.pin')}</Table.Th>
            <Table.Th>{t('users.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('users.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
              <Table.Td fw={500}>
                <Group gap={6} wrap="nowrap">
                  {user.name}
                  {user.id === currentUserId ? (
                    <Badge size="xs" variant="light">
                      {t('users.you')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>{t(`roles.${user.role}`, { ns: 'auth' })}</Table.Td>
              <Table.Td>
                {user.hasPin ? (
                  t('users.pinSet')
                ) : (
                  <Text span size="sm" c="red.9" fw={500}>
                    {t('users.pinMissing')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Badge variant="light" color={user.active ? 'teal' : 'gray'}>
                    {t(user.active ? 'users.active' : 'users.inactive')}
                  </Badge>
                  {user.lockedUntil ? (
                    <Tooltip label={t('users.lockedHint')} multiline w={280}>
                      <Badge variant="light" color="red" tt="none">
                        {t('users.lockedUntil', {
                          time: formatLockTime(user.lockedUntil, i18n.language),
                        })}
                      </Badge>
                    </Tooltip>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap" justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={t('users.editUser', { name: user.name })}
                    onClick={() => onEdit(user)}
                  >
                    {t('users.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color={user.active ? 'red' : 'teal'}
                    disabled={busy}
                    aria-label={t(user.active ? 'users.deactivateUser' : 'users.activateUser', {
                      name: user.name,
                    })}
                    onClick={() => onSetActive(user, !user.active)}
                  >
                    {t(user.active ? 'users.deactivate' : 'users.activate')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
