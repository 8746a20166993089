import { Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto, TransferDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { LineEditor, type EditLine } from './LineEditor'
import { StockFormFooter, unfieldedError } from './StockFormFooter'
import { useSeededName } from '../../i18n/use-seeded-name'

interface Props {
  opened: boolean
  locations: LocationDto[]
  /** A draft being edited. */
  initial: TransferDto | null
  /** Preselected destination (sending stock to an exhibition). */
  presetTo: string | null
  onClose: () => void
  onSaved: (transfer: TransferDto) => void
}

export function TransferForm(props: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        props.initial
          ? t('transfers.form.editTitle', { transferNo: props.initial.transferNo })
          : t('transfers.form.title')
      }
      size={820}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {props.opened && <TransferFormBody {...props} />}
    </Modal>
  )
}

function TransferFormBody({ locations, initial, presetTo, onClose, onSaved }: Props) {
  const { t } = useTranslation('stok')
  const save = useChannelMutation('stock:saveTransfer')
  const seeded = useSeededName()
  const choices = locations.map((l) => ({ value: l.id, label: seeded(l.name) }))
  const home = locations.find((l) => l.kind === 'showroom')?.id ?? null
  const [fromId, setFromId] = useState<string | null>(initial?.fromId ?? home)
  const [toId, setToId] = useState<string | null>(
    initial?.toId ?? presetTo ?? locations.find((l) => l.id !== home)?.id ?? null,
  )
  const [note, setNote] = useState(initial?.note ?? '')
  const [lines, setLines] = useState<EditLine[]>(
    (initial?.lineItems ?? []).map((l) => ({
      product: { id: l.productId, name: l.name, sku: l.sku, unit: l.unit, cost: 0 },
      qty: l.qtySent,
      unitCost: 0,
    })),
  )
  const [linesError, setLinesError] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const submit = () => {
    setError(null)
    if (lines.length === 0) {
      setLinesError(t('transfers.form.needLines'))
      return
    }
    if (!fromId || !toId) return
    save.mutate(
      {
        ...(initial ? { id: initial.id } : {}),
        fromId,
        toId,
        note,
        lines: lines.map((l) => ({ productId: l.product.id, qty: l.qty })),
      },
      {
        onSuccess: (saved) => {
          notifications.show({
            color: 'teal',
            message: t('transfers.form.saved', { transferNo: saved.transferNo }),
          })
          onSaved(saved)
        },
        onError: setError,
      },
    )
  }
  const fieldError = (path: string) => error?.fieldErrors()[path]

  return (
    <Stack gap="sm">
      <SimpleGrid cols={3} spacing="sm">
        <Select
          label={t('transfers.form.from')}
          data={choices}
          value={fromId}
          onChange={setFromId}
          allowDeselect={false}
          disabled={initial !== null}
          error={fieldError('fromId')}
        />
        <Select
          label={t('transfers.form.to')}
          data={choices}
          value={toId}
          onChange={setToId}
          allowDeselect={false}
          disabled={initial !== null}
          error={fieldError('toId')}
        />
        <TextInput
          label={t('transfers.form.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={200}
        />
      </SimpleGrid>
      <LineEditor
        lines={lines}
        onChange={(next) => {
          setLines(next)
          setLinesError(null)
        }}
        error={linesError}
      />
      <StockFormFooter
        error={unfieldedError(error)}
        cancelLabel={t('transfers.form.cancel')}
        onCancel={onClose}
        submitLabel={t('transfers.form.save')}
        onSubmit={submit}
        pending={save.isPending}
      />
    </Stack>
  )
}
