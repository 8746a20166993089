import { Alert, Button, Group, Modal, NumberInput, Stack, Switch, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartnerDto } from '../../../../shared/consignment/consignment-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  opened: boolean
  initial: PartnerDto | null
  onClose: () => void
}

/** A partner shop and its agreement: name, contact, address and the commission it keeps. */
export function PartnerForm({ opened, initial, onClose }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initial ? t('form.editTitle') : t('form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {opened && <PartnerFormBody initial={initial} onClose={onClose} />}
    </Modal>
  )
}

function PartnerFormBody({ initial, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('titip')
  const save = useChannelMutation('consignment:savePartner')
  const [name, setName] = useState(initial?.name ?? '')
  const [contact, setContact] = useState(initial?.contact ?? '')
  const [address, setAddress] = useState(initial?.address ?? '')
  const [commissionPct, setCommissionPct] = useState<number>(initial?.commissionPct ?? 20)
  const [active, setActive] = useState(initial?.active ?? true)
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (path: string) => error?.fieldErrors()[path]

  const submit = () =>
    save.mutate(
      {
        ...(initial ? { id: initial.id } : {}),
        name,
        contact,
        address,
        commissionPct,
        active,
      },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('form.saved', { name: saved.name }) })
          onClose()
        },
        onError: setError,
      },
    )

  return (
    <Stack gap="sm">
      <TextInput
        label={t('name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={80}
        required
        data-autofocus
        error={fieldError('name')}
      />
      <TextInput
        label={t('contact')}
        value={contact}
        onChange={(e) => setContact(e.currentTarget.value)}
        maxLength={120}
        error={fieldError('contact')}
      />
      <TextInput
        label={t('address')}
        value={address}
        onChange={(e) => setAddress(e.currentTarget.value)}
        maxLength={200}
        error={fieldError('address')}
      />
      <NumberInput
        label={t('commission')}
        value={commissionPct}
        min={0}
        max={99}
        allowDecimal={false}
        allowNegative={false}
        onChange={(v) => setCommissionPct(Number(v) || 0)}
        error={fieldError('commissionPct')}
      />
      {initial && (
        <Switch
          label={t('active')}
          checked={active}
          onChange={(e) => setActive(e.currentTarget.checked)}
        />
      )}
      {error && !Object.keys(error.fieldErrors()).length && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('form.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {t('form.save')}
        </Button>
      </Group>
    </Stack>
  )
}
