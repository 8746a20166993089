import { Alert, Modal, Stack, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { TransferDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { CountTable, countOf, type Counts } from './CountTable'
import { StockFormFooter } from './StockFormFooter'

interface Props {
  transfer: TransferDto | null
  onClose: () => void
}

/** Receiving at the destination by scanning; differences need a reason before posting. */
export function ReceiveTransferModal({ transfer, onClose }: Props) {
  const { t } = useTranslation('stok')
  return (
    <Modal
      opened={transfer !== null}
      onClose={onClose}
      size={860}
      title={transfer ? t('transfers.receive.title', { transferNo: transfer.transferNo }) : ''}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {transfer && <ReceiveBody transfer={transfer} onClose={onClose} />}
    </Modal>
  )
}

function ReceiveBody({ transfer, onClose }: { transfer: TransferDto; onClose: () => void }) {
  const { t } = useTranslation('stok')
  const receive = useChannelMutation('stock:receiveTransfer')
  const [counts, setCounts] = useState<Counts>({})
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const lines = transfer.lineItems.map((l) => ({
    productId: l.productId,
    name: l.name,
    sku: l.sku,
    barcode: l.barcode,
    unit: l.unit,
    expected: l.qtySent,
  }))
  const missing = lines.reduce((sum, l) => {
    const c = countOf(counts, l.productId)
    return sum + Math.max(0, l.expected - c.good - c.damaged)
  }, 0)
  const damaged = lines.reduce((sum, l) => sum + countOf(counts, l.productId).damaged, 0)
  const differs = missing + damaged > 0

  const submit = () => {
    if (differs && !note.trim()) {
      setNoteError(t('transfers.receive.noteRequired'))
      return
    }
    receive.mutate(
      {
        id: transfer.id,
        note,
        lines: lines.map((l) => {
          const c = countOf(counts, l.productId)
          return { productId: l.productId, received: c.good, damaged: c.damaged }
        }),
      },
      {
        onSuccess: (done) => {
          notifications.show({
            color: 'teal',
            message: t('transfers.receive.received', { transferNo: done.transferNo }),
          })
          onClose()
        },
        onError: setError,
      },
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('transfers.receive.intro')}
      </Text>
      <CountTable lines={lines} counts={counts} onChange={setCounts} />
      {differs && (
        <Alert color="orange" variant="light" py={6}>
          {t('transfers.receive.differences', { missing, damaged })}
        </Alert>
      )}
      {differs && (
        <TextInput
          label={t('transfers.receive.note')}
          value={note}
          onChange={(e) => {
            setNote(e.currentTarget.value)
            setNoteError(null)
          }}
          maxLength={200}
          error={noteError}
          required
        />
      )}
      <StockFormFooter
        error={error?.message ?? null}
        cancelLabel={t('transfers.form.cancel')}
        onCancel={onClose}
        submitLabel={t('transfers.receive.submit')}
        onSubmit={submit}
        pending={receive.isPending}
      />
    </Stack>
  )
}
