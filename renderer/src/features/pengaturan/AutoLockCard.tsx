import { Button, Group, NumberInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { AppInfo } from '../../../../shared/dto'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

export function AutoLockCard({ info }: { info: AppInfo }) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [minutes, setMinutes] = useState<number>(info.autoLockMinutes)
  const [error, setError] = useState<string | null>(null)

  const submit = () => {
    setError(null)
    void save(
      'settings:setAutoLock',
      { minutes },
      {
        onSuccess: (saved) =>
          notifications.show({
            color: 'teal',
            message:
              saved.minutes === 0
                ? t('autoLock.off')
                : t('autoLock.saved', { minutes: saved.minutes }),
          }),
        onError: (e) => setError(e.fieldErrors().minutes ?? e.message),
      },
    )
  }

  return (
    <SettingsCard id="settings-autolock" title={t('autoLock.title')}>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
        noValidate
      >
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('autoLock.label')}
            description={t('autoLock.description')}
            value={minutes}
            onChange={(value) => setMinutes(typeof value === 'number' ? value : 0)}
            min={0}
            max={240}
            clampBehavior="strict"
            allowDecimal={false}
            allowNegative={false}
            error={error}
            style={{ flex: 1 }}
          />
          <Button type="submit" color="teal.9" loading={pending}>
            {t('autoLock.save')}
          </Button>
        </Group>
      </form>
      {dialog}
    </SettingsCard>
  )
}
