import { Badge, Button, Group, Text, Textarea } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconQrcode } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillSettings } from '../../../../shared/till/till-dto'
import { SettingsCard } from './SettingsCard'
import { useGuardedSave } from './use-guarded-save'

export function QrisCard({ settings }: { settings: TillSettings }) {
  const { t } = useTranslation('pengaturan')
  const { save, pending, dialog } = useGuardedSave()
  const [payload, setPayload] = useState(settings.qrisStatic ?? '')
  const [error, setError] = useState<string | null>(null)

  const store = (value: string) => {
    setError(null)
    void save(
      'settings:setQris',
      { payload: value },
      {
        onSuccess: (saved) => {
          setPayload(saved.qrisStatic ?? '')
          notifications.show({
            color: 'teal',
            message: saved.qrisMerchantName
              ? t('till.qris.saved', { name: saved.qrisMerchantName })
              : t('till.qris.removed'),
          })
        },
        // The message names what is wrong with the code (CRC, not QRIS, wrong currency…).
        onError: (e) => setError(e.fieldErrors().payload ?? e.message),
      },
    )
  }

  return (
    <SettingsCard
      id="settings-qris"
      title={t('till.qris.title')}
      description={t('till.qris.description')}
    >
      <Group gap="xs">
        {settings.qrisMerchantName ? (
          <Badge
            color="teal"
            variant="light"
            leftSection={<IconQrcode size={14} aria-hidden />}
            tt="none"
          >
            {t('till.qris.active', { name: settings.qrisMerchantName })}
          </Badge>
        ) : (
          <Text size="sm" c="dimmed">
            {t('till.qris.notSet')}
          </Text>
        )}
      </Group>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          store(payload)
        }}
        noValidate
      >
        <Textarea
          label={t('till.qris.label')}
          placeholder={t('till.qris.placeholder')}
          value={payload}
          onChange={(event) => setPayload(event.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          maxRows={6}
          maxLength={512}
          spellCheck={false}
          autoComplete="off"
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)', wordBreak: 'break-all' },
          }}
        />
        <Group justify="flex-end" mt="sm" gap="sm">
          {settings.qrisStatic ? (
            <Button variant="subtle" color="red" onClick={() => store('')} disabled={pending}>
              {t('till.qris.remove')}
            </Button>
          ) : null}
          <Button type="submit" color="teal.9" loading={pending} disabled={payload.trim() === ''}>
            {t('till.qris.save')}
          </Button>
        </Group>
      </form>
      {dialog}
    </SettingsCard>
  )
}
