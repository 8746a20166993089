import {
  Alert,
  Button,
  Group,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  docCurrencies,
  type BuyerDto,
  type DocCurrency,
} from '../../../../shared/orders/orders-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'

interface Props {
  opened: boolean
  initial: BuyerDto | null
  onClose: () => void
}

export function BuyerForm({ opened, initial, onClose }: Props) {
  const { t } = useTranslation('pesanan')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('buyers.formTitle')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {opened && <BuyerFormBody initial={initial} onClose={onClose} />}
    </Modal>
  )
}

function BuyerFormBody({ initial, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('pesanan')
  const save = useChannelMutation('orders:saveBuyer')
  const [form, setForm] = useState({
    name: initial?.name ?? '',
    kind: initial?.kind ?? ('company' as 'company' | 'person'),
    country: initial?.country ?? 'ID',
    address: initial?.address ?? '',
    contact: initial?.contact ?? '',
    phone: initial?.phone ?? '',
    email: initial?.email ?? '',
    taxId: initial?.taxId ?? '',
    language: initial?.language ?? ('id' as 'id' | 'en'),
    currency: initial?.currency ?? ('IDR' as DocCurrency),
  })
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (path: string) => error?.fieldErrors()[path]
  const set = (key: keyof typeof form) => (value: string) => setForm({ ...form, [key]: value })

  const submit = () =>
    save.mutate(
      { ...(initial ? { id: initial.id } : {}), ...form, active: true },
      {
        onSuccess: (saved) => {
          notifications.show({ color: 'teal', message: t('buyers.saved', { name: saved.name }) })
          onClose()
        },
        onError: setError,
      },
    )

  return (
    <Stack gap="sm">
      <TextInput
        label={t('buyers.name')}
        value={form.name}
        onChange={(e) => set('name')(e.currentTarget.value)}
        maxLength={120}
        required
        data-autofocus
        error={fieldError('name')}
      />
      <SimpleGrid cols={2}>
        <Select
          label={t('buyers.kind')}
          value={form.kind}
          onChange={(v) => v && set('kind')(v)}
          data={(['company', 'person'] as const).map((k) => ({
            value: k,
            label: t(`buyers.kinds.${k}`),
          }))}
          allowDeselect={false}
        />
        <TextInput
          label={t('buyers.country')}
          value={form.country}
          onChange={(e) => set('country')(e.currentTarget.value.toUpperCase())}
          maxLength={2}
          required
          error={fieldError('country')}
        />
      </SimpleGrid>
      <Textarea
        label={t('buyers.address')}
        value={form.address}
        onChange={(e) => set('address')(e.currentTarget.value)}
        maxLength={300}
        autosize
        minRows={2}
        error={fieldError('address')}
      />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('buyers.contact')}
          value={form.contact}
          onChange={(e) => set('contact')(e.currentTarget.value)}
          maxLength={120}
        />
        <TextInput
          label={t('buyers.phone')}
          value={form.phone}
          onChange={(e) => set('phone')(e.currentTarget.value)}
          maxLength={40}
        />
        <TextInput
          label={t('buyers.email')}
          value={form.email}
          onChange={(e) => set('email')(e.currentTarget.value)}
          maxLength={120}
        />
        <TextInput
          label={t('buyers.taxId')}
          value={form.taxId}
          onChange={(e) => set('taxId')(e.currentTarget.value)}
          maxLength={40}
        />
        <Select
          label={t('buyers.language')}
          value={form.language}
          onChange={(v) => v && set('language')(v)}
          data={(['id', 'en'] as const).map((l) => ({
            value: l,
            label: t(`buyers.languages.${l}`),
          }))}
          allowDeselect={false}
        />
        <Select
          label={t('buyers.currency')}
          value={form.currency}
          onChange={(v) => v && set('currency')(v)}
          data={[...docCurrencies]}
          allowDeselect={false}
        />
      </SimpleGrid>
      {error && !Object.keys(error.fieldErrors()).length && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('buyers.cancel')}
        </Button>
        <Button onClick={submit} loading={save.isPending}>
          {t('buyers.save')}
        </Button>
      </Group>
    </Stack>
  )
}
