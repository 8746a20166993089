import { Button, Group, NumberInput, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../../api/hooks'
import { SettingsCard } from '../SettingsCard'
import { useGuardedSave } from '../use-guarded-save'

export function BackupSettingsCard() {
  const { t } = useTranslation('data')
  const current = useChannel('data:settings', {})
  const { save, pending, dialog } = useGuardedSave()
  const [intervalMinutes, setIntervalMinutes] = useState(30)
  const [everySales, setEverySales] = useState(50)
  const [secondFolder, setSecondFolder] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})

  useEffect(() => {
    if (!current.data) return
    setIntervalMinutes(current.data.intervalMinutes)
    setEverySales(current.data.everySales)
    setSecondFolder(current.data.secondFolder ?? '')
  }, [current.data])

  const submit = () => {
    setErrors({})
    void save(
      'data:saveSettings',
      {
        intervalMinutes,
        everySales,
        secondFolder: secondFolder.trim() === '' ? null : secondFolder.trim(),
      },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('settings.saved') }),
        onError: (error) => {
          const fields = error.fieldErrors()
          setErrors(Object.keys(fields).length > 0 ? fields : { secondFolder: error.message })
        },
      },
    )
  }

  return (
    <SettingsCard
      id="data-backups-settings"
      title={t('settings.title')}
      description={t('settings.description')}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <NumberInput
              label={t('settings.interval')}
              value={intervalMinutes}
              onChange={(v) => setIntervalMinutes(typeof v === 'number' ? v : 0)}
              min={5}
              max={1440}
              allowDecimal={false}
              allowNegative={false}
              error={errors.intervalMinutes}
            />
            <NumberInput
              label={t('settings.everySales')}
              value={everySales}
              onChange={(v) => setEverySales(typeof v === 'number' ? v : 0)}
              min={1}
              max={10000}
              allowDecimal={false}
              allowNegative={false}
              error={errors.everySales}
            />
          </Group>
          <TextInput
            label={t('settings.secondFolder')}
            description={t('settings.secondFolderHint')}
            value={secondFolder}
            onChange={(event) => setSecondFolder(event.currentTarget.value)}
            error={errors.secondFolder}
            spellCheck={false}
          />
          <Group justify="flex-end">
            <Button type="submit" color="teal.9" loading={pending}>
              {t('settings.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {dialog}
    </SettingsCard>
  )
}
