import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { PinField } from '../pin/PinField'

export interface ApprovalDialogProps {
  opened: boolean
  error: string | null
  busy: boolean
  onApprove: (approval: { userId: string; pin: string }) => void
  onCancel: () => void
}

/** A supervisor authorises one refused action with their PIN, at the cashier's till. */
export function ApprovalDialog({ opened, error, busy, onApprove, onCancel }: ApprovalDialogProps) {
  const { t } = useTranslation('auth')
  const candidates = useChannel('auth:candidates', {}, { enabled: opened })
  const supervisors = (candidates.data ?? []).filter(
    (u) => u.role === 'supervisor' || u.role === 'admin',
  )
  const [userId, setUserId] = useState<string | null>(null)
  const [pin, setPin] = useState('')
  const chosen = userId ?? supervisors[0]?.id ?? null
  return (
    <Modal opened={opened} onClose={onCancel} title={t('approval.title')} centered>
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (chosen && pin.length >= 4) onApprove({ userId: chosen, pin })
          setPin('')
        }}
      >
        <Stack>
          <Text size="sm">{t('approval.body')}</Text>
          <Select
            label={t('approval.supervisor')}
            data={supervisors.map((u) => ({ value: u.id, label: u.name }))}
            value={chosen}
            onChange={setUserId}
            allowDeselect={false}
          />
          <PinField
            label={t('approval.pin')}
            inputMode="numeric"
            maxLength={8}
            value={pin}
            onChange={(event) => setPin(event.currentTarget.value.replace(/\D/g, ''))}
            data-autofocus
          />
          {error ? (
            <Text c="red" role="alert" size="sm">
              {error}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('approval.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!chosen}>
              {t('approval.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
