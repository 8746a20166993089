import { Alert, Checkbox, Loader, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Role } from '../../../../shared/auth/auth-dto'
import { adminFixedPermissions, type Permission } from '../../../../shared/permissions'
import { useChannel } from '../../api/hooks'
import { permissionGroups, permissionRows, permissionsIn } from './permission-rows'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

const roles: Role[] = ['admin', 'supervisor', 'cashier', 'stock']

export function PermissionsSection() {
  const { t } = useTranslation('pengaturan')
  const matrix = useChannel('permissions:matrix', {})
  const { save, dialog } = useGuardedSave()
  const [error, setError] = useState<string | null>(null)
  // Ticks being saved show their new state at once; the refreshed matrix then takes over.
  const [saving, setSaving] = useState<Record<string, boolean>>({})

  const roleName = (role: Role) => t(`roles.${role}`, { ns: 'auth' })
  const label = (permission: Permission) =>
    t(`permissions.labels.${permissionRows[permission].label}`)

  const toggle = (role: Role, permission: Permission, allowed: boolean) => {
    const key = `${role}:${permission}`
    setError(null)
    setSaving((s) => ({ ...s, [key]: allowed }))
    void save(
      'permissions:set',
      { role, permission, allowed },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: t(allowed ? 'permissions.granted' : 'permissions.revoked', {
              role: roleName(role),
              permission: label(permission),
            }),
          }),
        onError: (e) => setError(e.message),
      },
    ).finally(() =>
      setSaving((s) => {
        const { [key]: _, ...rest } = s
        return rest
      }),
    )
  }

  return (
    <SettingsCard
      id="settings-permissions"
      title={t('permissions.title')}
      description={t('permissions.description')}
    >
      <Text size="sm" c="dimmed">
        {t('permissions.adminFixed')}
      </Text>
      {error ? (
        <Alert color="red" role="alert" py="xs">
          {error}
        </Alert>
      ) : null}
      {matrix.error ? (
        <Alert color="red" role="alert" py="xs">
          {matrix.error.message}
        </Alert>
      ) : null}
      {matrix.data ? (
        <Table.ScrollContainer minWidth={720}>
          <Table
            aria-label={t('permissions.tableLabel')}
            highlightOnHover
            verticalSpacing={4}
            stickyHeader
            withRowBorders
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('permissions.permission')}</Table.Th>
                {roles.map((role) => (
                  <Table.Th key={role} ta="center" w={130}>
                    {roleName(role)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            {permissionGroups.map((group) => (
              <Table.Tbody key={group}>
                <Table.Tr bg="var(--mantine-color-gray-0)">
                  <Table.Th colSpan={roles.length + 1} scope="colgroup">
                    <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                      {t(`permissions.groups.${group}`)}
                    </Text>
                  </Table.Th>
                </Table.Tr>
                {permissionsIn(group).map((permission) => (
                  <Table.Tr key={permission}>
                    <Table.Th scope="row" fw={500}>
                      {label(permission)}
                    </Table.Th>
                    {roles.map((role) => {
                      const fixed = role === 'admin' && adminFixedPermissions.includes(permission)
                      const pending = saving[`${role}:${permission}`]
                      const checked = fixed || (pending ?? matrix.data[role].includes(permission))
                      return (
                        <Table.Td key={role}>
                          <Checkbox
                            checked={checked}
                            disabled={fixed}
                            onChange={(event) =>
                              toggle(role, permission, event.currentTarget.checked)
                            }
                            aria-label={t('permissions.toggle', {
                              role: roleName(role),
                              permission: label(permission),
                            })}
                            styles={{ body: { justifyContent: 'center' } }}
                          />
                        </Table.Td>
                      )
                    })}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            ))}
          </Table>
        </Table.ScrollContainer>
      ) : matrix.isLoading ? (
        <Loader size="sm" />
      ) : null}
      {dialog}
    </SettingsCard>
  )
}
