import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { stockDocKinds, writeOffKinds } from '../../../../shared/stock/movement-reasons'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import type { LocationDto, StockDocDto, StockDocKind } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { todayIso } from './format-date'
import { LineEditor, type EditLine } from './LineEditor'
import { StockFormFooter, unfieldedError } from './StockFormFooter'
import { ProductionRequestSelect } from '../pesanan/ProductionRequestSelect'
import { useSeededName } from '../../i18n/use-seeded-name'
import { DateField } from '../../components/dates/DateField'

interface Props {
  opened: boolean
  initialKind: StockDocKind
  /** From a Stok row: the document starts with one line of this product. */
  initialProduct?: ProductDto | null
  locations: LocationDto[]
  onClose: () => void
  onPosted: (doc: StockDocDto) => void
}

export function StockDocumentForm(props: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={
        isWriteOff(props.initialKind) ? t('documents.form.title') : t('documents.form.intakeTitle')
      }
      size={860}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {props.opened && <DocumentFormBody {...props} />}
    </Modal>
  )
}

function DocumentFormBody({ initialKind, initialProduct, locations, onClose, onPosted }: Props) {
  const { t } = useTranslation('stok')
  const seeded = useSeededName()
  const options = useChannel('catalog:options', {})
  const post = useChannelMutation('stock:postDocument')
  const [kind, setKind] = useState<StockDocKind>(initialKind)
  const stockLocations = locations.filter((l) => l.kind !== 'event' || isWriteOff(kind))
  const [locationId, setLocationId] = useState<string | null>(stockLocations[0]?.id ?? null)
  const [workshopId, setWorkshopId] = useState<string | null>(initialProduct?.workshopId ?? null)
  const [docDate, setDocDate] = useState(todayIso())
  const [batch, setBatch] = useState('')
  const [party, setParty] = useState('')
  const [note, setNote] = useState('')
  const [requestId, setRequestId] = useState<string | null>(null)
  const [lines, setLines] = useState<EditLine[]>(
    initialProduct ? [{ product: initialProduct, qty: 1, unitCost: initialProduct.cost }] : [],
  )
  const [linesError, setLinesError] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const intake = !isWriteOff(kind)

  const submit = () => {
    setError(null)
    if (lines.length === 0) {
      setLinesError(t('documents.form.needLines'))
      return
    }
    if (!locationId) return
    post.mutate(
      {
        kind,
        locationId,
        workshopId: intake ? workshopId : null,
        docDate,
        batch,
        party,
        note,
        ...(kind === 'production_in' && requestId ? { productionRequestId: requestId } : {}),
        lines: lines.map((l) => ({
          productId: l.product.id,
          qty: l.qty,
          ...(intake ? { unitCost: l.unitCost } : {}),
        })),
      },
      {
        onSuccess: (doc) => {
          notifications.show({
            color: 'teal',
            message: t('documents.form.posted', { docNo: doc.docNo }),
          })
          onPosted(doc)
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
          label={t('documents.form.kind')}
          data={stockDocKinds.map((k) => ({ value: k, label: t(`documents.kinds.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(v as StockDocKind)}
          allowDeselect={false}
        />
        <Select
          label={t('documents.form.location')}
          data={stockLocations.map((l) => ({ value: l.id, label: seeded(l.name) }))}
          value={locationId}
          onChange={setLocationId}
          allowDeselect={false}
          error={fieldError('locationId')}
        />
        <DateField
          label={t('documents.form.date')}
          value={docDate}
          onChange={setDocDate}
          error={fieldError('docDate')}
          required
        />
        {intake && (
          <Select
            label={t('documents.form.workshop')}
            data={(options.data?.workshops ?? []).map((w) => ({ value: w.id, label: w.name }))}
            value={workshopId}
            onChange={setWorkshopId}
            clearable
            searchable
            error={fieldError('workshopId')}
          />
        )}
        {kind === 'production_in' && (
          <ProductionRequestSelect
            value={requestId}
            onChange={setRequestId}
            error={fieldError('productionRequestId')}
          />
        )}
        {intake && (
          <TextInput
            label={t('documents.form.batch')}
            placeholder={t('documents.form.batchPlaceholder')}
            value={batch}
            onChange={(e) => setBatch(e.currentTarget.value)}
            maxLength={40}
            error={fieldError('batch')}
          />
        )}
        <TextInput
          label={t('documents.form.party')}
          value={party}
          onChange={(e) => setParty(e.currentTarget.value)}
          maxLength={80}
          error={fieldError('party')}
        />
      </SimpleGrid>
      <TextInput
        label={t('documents.form.note')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        maxLength={200}
        error={fieldError('note')}
      />
      {!intake && (
        <Alert color="orange" variant="light" py={6}>
          {t('documents.form.writeOffNote')}
        </Alert>
      )}
      <LineEditor
        lines={lines}
        onChange={(next) => {
          setLines(next)
          setLinesError(null)
        }}
        withCost={intake}
        error={linesError}
      />
      <StockFormFooter
        error={unfieldedError(error)}
        cancelLabel={t('documents.form.cancel')}
        onCancel={onClose}
        submitLabel={t('documents.form.post')}
        onSubmit={submit}
        pending={post.isPending}
      />
    </Stack>
  )
}

const isWriteOff = (kind: StockDocKind) => (writeOffKinds as readonly string[]).includes(kind)
