import { Button, Group, Modal, Stack, TextInput } from '@mantine/core'
import { memo, useEffect, useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  opened: boolean
  defaultLabel: string
  busy: boolean
  error: string | null
  onHold(label: string): void
  onClose(): void
}

/** F8: park the cart under a name the cashier can call out ("Pelanggan 2"). */
function HoldDialogView({ opened, defaultLabel, busy, error, onHold, onClose }: Props) {
  const { t } = useTranslation('kasir')
  const [label, setLabel] = useState(defaultLabel)
  useEffect(() => {
    if (opened) setLabel(defaultLabel)
  }, [opened, defaultLabel])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    onHold(label.trim() || defaultLabel)
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('hold.title')}
      closeButtonProps={{ 'aria-label': t('receipt.close') }}
      centered
      returnFocus={false}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <TextInput
            data-autofocus
            label={t('hold.label')}
            maxLength={60}
            autoComplete="off"
            value={label}
            error={error}
            onChange={(event) => setLabel(event.currentTarget.value)}
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('cancel.back')}
            </Button>
            <Button type="submit" color="teal.9" loading={busy}>
              {t('hold.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const HoldDialog = memo(HoldDialogView)
