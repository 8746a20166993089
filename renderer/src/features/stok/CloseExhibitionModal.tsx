import { Alert, Group, Loader, Modal, Select, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ExhibitionReportDto, LocationDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { CountTable, countOf, type Counts } from './CountTable'
import { StockFormFooter } from './StockFormFooter'

interface Props {
  exhibition: LocationDto | null
  locations: LocationDto[]
  onClose: () => void
  onClosed: (report: ExhibitionReportDto) => void
}

export function CloseExhibitionModal({ exhibition, locations, onClose, onClosed }: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={exhibition !== null}
      onClose={onClose}
      size={900}
      title={exhibition ? t('exhibitions.closeForm.title', { name: exhibition.name }) : ''}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {exhibition && (
        <CloseBody
          exhibition={exhibition}
          locations={locations}
          onClose={onClose}
          onClosed={onClosed}
        />
      )}
    </Modal>
  )
}

function CloseBody({
  exhibition,
  locations,
  onClose,
  onClosed,
}: Props & { exhibition: LocationDto }) {
  const { t } = useTranslation('stok')
  const report = useChannel('stock:exhibitionReport', { locationId: exhibition.id })
  const close = useChannelMutation('stock:closeExhibition')
  const targets = locations.filter((l) => l.kind !== 'event' && l.kind !== 'consignment')
  const [returnToId, setReturnToId] = useState<string | null>(
    targets.find((l) => l.kind === 'showroom')?.id ?? targets[0]?.id ?? null,
  )
  const [counts, setCounts] = useState<Counts>({})
  const [note, setNote] = useState('')
  const [error, setError] = useState<ApiError | null>(null)

  if (!report.data) return <Loader />
  const lines = report.data.lines
    .filter((l) => l.remaining > 0)
    .map((l) => ({
      productId: l.productId,
      name: l.name,
      sku: l.sku,
      barcode: l.barcode,
      unit: l.unit,
      expected: l.remaining,
    }))

  const submit = () => {
    if (!returnToId) return
    close.mutate(
      {
        locationId: exhibition.id,
        returnToId,
        note,
        lines: lines.map((l) => {
          const c = countOf(counts, l.productId)
          return { productId: l.productId, returned: c.good, damaged: c.damaged }
        }),
      },
      {
        onSuccess: (result) => {
          notifications.show({
            color: 'teal',
            message: t('exhibitions.closeForm.closed', { name: exhibition.name }),
          })
          onClosed(result)
        },
        onError: setError,
      },
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('exhibitions.closeForm.intro')}
      </Text>
      {report.data.inTransitTransfers > 0 && (
        <Alert color="orange" variant="light">
          {t('exhibitions.closeForm.inTransit')}
        </Alert>
      )}
      <Group grow>
        <Select
          label={t('exhibitions.closeForm.returnTo')}
          data={targets.map((l) => ({ value: l.id, label: l.name }))}
          value={returnToId}
          onChange={setReturnToId}
          allowDeselect={false}
        />
        <TextInput
          label={t('exhibitions.closeForm.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={200}
        />
      </Group>
      {lines.length === 0 ? (
        <Text c="dimmed">{t('exhibitions.closeForm.empty')}</Text>
      ) : (
        <CountTable lines={lines} counts={counts} onChange={setCounts} />
      )}
      <StockFormFooter
        error={error?.message ?? null}
        cancelLabel={t('exhibitions.form.cancel')}
        onCancel={onClose}
        submitLabel={t('exhibitions.closeForm.submit')}
        onSubmit={submit}
        pending={close.isPending}
        danger
      />
    </Stack>
  )
}
