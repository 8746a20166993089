import { Button, Menu } from '@mantine/core'
import { Fragment } from 'react'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconChevronDown, IconMapPin } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { useGuardedSave } from '../pengaturan/use-guarded-save'
import { useSeededName } from '../../i18n/use-seeded-name'

const kinds = ['showroom', 'storeroom', 'event'] as const

/**
 * Where this till sells from, switchable on the till itself (a booth at an exhibition).
 * Main decides: moving the till needs `settings.manage`; anyone else gets a supervisor's
 * approval dialog for that one change, naming the move ("Manage settings" alone would not
 * tell the supervisor what they approve).
 */
export function TillLocationSwitch({ locationName }: { locationName: string }) {
  const { t } = useTranslation('kasir')
  const { t: tp } = useTranslation('pengaturan')
  const seeded = useSeededName()
  const options = useChannel('catalog:options', {})
  const till = useChannel('till:settings', {})
  const { save, dialog } = useGuardedSave()
  const locations = options.data?.locations ?? []
  const current = till.data?.locationId ?? null

  const choose = (locationId: string, name: string) => {
    if (locationId === current) return
    void save(
      'till:setLocation',
      { locationId },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message: tp('till.location.changed', { name: seeded(saved.locationName) }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: error.message }),
      },
      {
        action: t('locationMove'),
        subject: t('locationMoveSubject', { from: seeded(locationName), to: seeded(name) }),
      },
    )
  }

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button
            size="md"
            radius="sm"
            variant="outline"
            color="dark.6"
            leftSection={<IconMapPin size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
            aria-label={t('locationSwitch', { name: seeded(locationName) })}
          >
            {t('location', { name: seeded(locationName) })}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {kinds.map((kind) => {
            const here = locations.filter((l) => l.kind === kind)
            if (here.length === 0) return null
            return (
              <Fragment key={kind}>
                <Menu.Label>{tp(`till.location.kinds.${kind}`)}</Menu.Label>
                {here.map((l) => (
                  <Menu.Item
                    key={l.id}
                    onClick={() => choose(l.id, l.name)}
                    rightSection={l.id === current ? <IconCheck size={14} aria-hidden /> : null}
                  >
                    {seeded(l.name)}
                  </Menu.Item>
                ))}
              </Fragment>
            )
          })}
        </Menu.Dropdown>
      </Menu>
      {dialog}
    </>
  )
}
