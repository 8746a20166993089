import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { todayIso } from './format-date'
import { StockFormFooter, unfieldedError } from './StockFormFooter'
import { DateField } from '../../components/dates/DateField'

interface Props {
  opened: boolean
  initial: LocationDto | null
  onClose: () => void
}

export function ExhibitionForm({ opened, initial, onClose }: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={initial ? t('exhibitions.form.editTitle') : t('exhibitions.form.title')}
      size="lg"
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {opened && <ExhibitionFormBody initial={initial} onClose={onClose} />}
    </Modal>
  )
}

function ExhibitionFormBody({ initial, onClose }: Omit<Props, 'opened'>) {
  const { t } = useTranslation('stok')
  const save = useChannelMutation('stock:saveExhibition')
  const [name, setName] = useState(initial?.name ?? '')
  const [place, setPlace] = useState(initial?.exhibition?.place ?? '')
  const [startsOn, setStartsOn] = useState(initial?.exhibition?.startsOn ?? todayIso())
  const [endsOn, setEndsOn] = useState(initial?.exhibition?.endsOn ?? todayIso())
  const [error, setError] = useState<ApiError | null>(null)
  const fieldError = (path: string) => error?.fieldErrors()[path]

  const submit = () =>
    save.mutate(
      { ...(initial ? { id: initial.id } : {}), name, place, startsOn, endsOn },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: t('exhibitions.form.saved', { name: saved.name }),
          })
          onClose()
        },
        onError: setError,
      },
    )

  return (
    <Stack gap="sm">
      <TextInput
        label={t('exhibitions.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        maxLength={80}
        required
        data-autofocus
        error={fieldError('name')}
      />
      <TextInput
        label={t('exhibitions.place')}
        value={place}
        onChange={(e) => setPlace(e.currentTarget.value)}
        maxLength={120}
        error={fieldError('place')}
      />
      <SimpleGrid cols={2}>
        <DateField
          label={t('exhibitions.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          required
          error={fieldError('startsOn')}
        />
        <DateField
          label={t('exhibitions.endsOn')}
          value={endsOn}
          onChange={setEndsOn}
          required
          error={fieldError('endsOn')}
        />
      </SimpleGrid>
      <StockFormFooter
        error={unfieldedError(error)}
        cancelLabel={t('exhibitions.form.cancel')}
        onCancel={onClose}
        submitLabel={t('exhibitions.form.save')}
        onSubmit={submit}
        pending={save.isPending}
      />
    </Stack>
  )
}
