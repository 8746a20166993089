import {
  Badge,
  Button,
  Group,
  Modal,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconMapPinPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { StockFormFooter, unfieldedError } from './StockFormFooter'
import { useSeededName } from '../../i18n/use-seeded-name'

export function LocationsPanel() {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const all = useChannel('stock:locations', { includeInactive: true })
  // Exhibitions and consignment partners have their own tabs and channels.
  const places = (all.data ?? []).filter((l) => l.kind !== 'event' && l.kind !== 'consignment')
  const [editing, setEditing] = useState<LocationDto | 'new' | null>(null)
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={720}>
          {t('locations.note')}
        </Text>
        <Button
          leftSection={<IconMapPinPlus size={16} aria-hidden />}
          onClick={() => setEditing('new')}
        >
          {t('locations.new')}
        </Button>
      </Group>
      <Table aria-label={t('locations.listLabel')} striped verticalSpacing={6} maw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('locations.name')}</Table.Th>
            <Table.Th>{t('locations.kind')}</Table.Th>
            <Table.Th>{t('locations.state')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {places.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td fw={500}>{seeded(l.name)}</Table.Td>
              <Table.Td>{t(`kinds.${l.kind}`)}</Table.Td>
              <Table.Td>
                <Badge color={l.active ? 'teal' : 'gray'} variant="light">
                  {l.active ? t('locations.active') : t('locations.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('locations.edit', { name: seeded(l.name) })}
                  onClick={() => setEditing(l)}
                >
                  {t('exhibitions.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        title={editing === 'new' ? t('locations.form.title') : t('locations.form.editTitle')}
        closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
      >
        {editing !== null && (
          <LocationForm
            initial={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        )}
      </Modal>
    </Stack>
  )
}

function LocationForm({ initial, onClose }: { initial: LocationDto | null; onClose: () => void }) {
  const { t } = useTranslation('stok')
  const save = useChannelMutation('stock:saveLocation')
  const [name, setName] = useState(initial?.name ?? '')
  const [kind, setKind] = useState<'showroom' | 'storeroom'>(
    initial?.kind === 'showroom' ? 'showroom' : 'storeroom',
  )
  const [active, setActive] = useState(initial?.active ?? true)
  const [error, setError] = useState<ApiError | null>(null)
  const submit = () =>
    save.mutate(
      { ...(initial ? { id: initial.id } : {}), name, kind, active },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: t('locations.form.saved', { name: saved.name }),
          })
          onClose()
        },
        onError: setError,
      },
    )
  return (
    <Stack gap="sm">
      <TextInput
        label={t('locations.form.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={80}
        required
        data-autofocus
        error={error?.fieldErrors().name}
      />
      <Select
        label={t('locations.form.kind')}
        data={(['showroom', 'storeroom'] as const).map((k) => ({
          value: k,
          label: t(`kinds.${k}`),
        }))}
        value={kind}
        onChange={(v) => v && setKind(v as 'showroom' | 'storeroom')}
        allowDeselect={false}
        disabled={initial !== null}
      />
      <Switch
        label={t('locations.form.active')}
        checked={active}
        onChange={(e) => setActive(e.currentTarget.checked)}
      />
      <StockFormFooter
        error={unfieldedError(error)}
        cancelLabel={t('locations.form.cancel')}
        onCancel={onClose}
        submitLabel={t('locations.form.save')}
        onSubmit={submit}
        pending={save.isPending}
      />
    </Stack>
  )
}
