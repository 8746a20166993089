import {
  Autocomplete,
  Button,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { CountScopeKind } from '../../../../shared/opname/opname-dto'
import { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { useSeededName } from '../../i18n/use-seeded-name'

/** Location, scope and the people who sign the Berita Acara (users or free names). */
export function NewCountForm({
  onCancel,
  onCreated,
}: {
  onCancel: () => void
  onCreated: (id: string) => void
}) {
  const { t } = useTranslation('opname')
  const seeded = useSeededName()
  const options = useChannel('opname:options', {})
  const create = useChannelMutation('opname:create')
  const [locationId, setLocationId] = useState<string | null>(null)
  const [scopeKind, setScopeKind] = useState<CountScopeKind>('all')
  const [scopeId, setScopeId] = useState<string | null>(null)
  const [pic, setPic] = useState('')
  const [witness, setWitness] = useState('')
  const [head, setHead] = useState('')
  const [note, setNote] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [failure, setFailure] = useState<string | null>(null)

  const locations = options.data?.locations ?? []
  const chosenLocation = locationId ?? locations[0]?.id ?? null
  const people = options.data?.people ?? []
  const userId = (name: string) => people.find((p) => p.name === name.trim())?.id ?? null
  const scopeChoices = scopeKind === 'category' ? options.data?.categories : options.data?.workshops

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const missing: Record<string, string> = {}
    if (!chosenLocation) missing.locationId = t('form.required')
    if (scopeKind !== 'all' && !scopeId) missing['scope.id'] = t('form.required')
    if (!pic.trim()) missing.personInCharge = t('form.required')
    if (!witness.trim()) missing.witness = t('form.required')
    setErrors(missing)
    setFailure(null)
    if (Object.keys(missing).length > 0 || !chosenLocation) return
    create.mutate(
      {
        locationId: chosenLocation,
        scope: scopeKind === 'all' ? { kind: 'all' } : { kind: scopeKind, id: scopeId ?? '' },
        personInCharge: { userId: userId(pic), name: pic.trim() },
        witness: { userId: userId(witness), name: witness.trim() },
        headOfShowroom: head,
        note,
      },
      {
        onSuccess: (count) => {
          notifications.show({ message: t('form.created', { number: count.countNo }) })
          onCreated(count.id)
        },
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fieldErrors())
          setFailure(error.message)
        },
      },
    )
  }

  const names = people.map((p) => p.name)
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={2}>
          <Select
            label={t('form.location')}
            data={locations.map((l) => ({ value: l.id, label: seeded(l.name) }))}
            value={chosenLocation}
            onChange={setLocationId}
            allowDeselect={false}
            error={errors.locationId}
            required
          />
          <Select
            label={t('form.scope')}
            data={[
              { value: 'all', label: t('scope.all') },
              { value: 'category', label: t('form.scopeCategory') },
              { value: 'workshop', label: t('form.scopeWorkshop') },
            ]}
            value={scopeKind}
            onChange={(value) => {
              setScopeKind((value ?? 'all') as CountScopeKind)
              setScopeId(null)
            }}
            allowDeselect={false}
          />
        </SimpleGrid>
        {scopeKind !== 'all' && (
          <Select
            label={scopeKind === 'category' ? t('form.category') : t('form.workshop')}
            data={(scopeChoices ?? []).map((c) => ({ value: c.id, label: c.name }))}
            value={scopeId}
            onChange={setScopeId}
            searchable
            error={errors['scope.id']}
            required
          />
        )}
        <SimpleGrid cols={2}>
          <Autocomplete
            label={t('form.pic')}
            description={t('form.personHint')}
            data={names}
            value={pic}
            onChange={setPic}
            error={errors.personInCharge}
            maxLength={80}
            required
          />
          <Autocomplete
            label={t('form.witness')}
            description={t('form.personHint')}
            data={names}
            value={witness}
            onChange={setWitness}
            error={errors.witness}
            maxLength={80}
            required
          />
        </SimpleGrid>
        <TextInput
          label={t('form.head')}
          description={t('form.headHint')}
          value={head}
          onChange={(event) => setHead(event.currentTarget.value)}
          maxLength={80}
        />
        <TextInput
          label={t('form.note')}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          maxLength={200}
        />
        {failure && (
          <Text c="red" size="sm" role="alert">
            {failure}
          </Text>
        )}
        <Group justify="flex-end" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
