import { Alert, Button, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PartnerDto } from '../../../../shared/consignment/consignment-dto'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { LineEditor, type EditLine } from '../stok/LineEditor'

interface Props {
  partner: PartnerDto | null
  locations: LocationDto[]
  onClose: () => void
}

/** Goods out to a partner: one transfer, handed over on the spot. */
export function SendModal({ partner, locations, onClose }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={partner !== null}
      onClose={onClose}
      title={partner ? t('send.title', { name: partner.name }) : ''}
      size={820}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {partner && <SendBody partner={partner} locations={locations} onClose={onClose} />}
    </Modal>
  )
}

function SendBody({ partner, locations, onClose }: Props & { partner: PartnerDto }) {
  const { t } = useTranslation('titip')
  const send = useChannelMutation('consignment:send')
  const sources = locations.filter((l) => l.kind === 'showroom' || l.kind === 'storeroom')
  const [fromId, setFromId] = useState<string | null>(
    sources.find((l) => l.kind === 'showroom')?.id ?? sources[0]?.id ?? null,
  )
  const [note, setNote] = useState('')
  const [lines, setLines] = useState<EditLine[]>([])
  const [linesError, setLinesError] = useState<string | null>(null)
  const [error, setError] = useState<ApiError | null>(null)

  const submit = () => {
    setError(null)
    if (lines.length === 0) {
      setLinesError(t('send.needLines'))
      return
    }
    if (!fromId) return
    send.mutate(
      {
        locationId: partner.id,
        fromId,
        note,
        lines: lines.map((l) => ({ productId: l.product.id, qty: l.qty })),
      },
      {
        onSuccess: (transfer) => {
          notifications.show({
            color: 'teal',
            message: t('send.sent', { name: partner.name, transferNo: transfer.transferNo }),
          })
          onClose()
        },
        onError: setError,
      },
    )
  }

  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <Select
          label={t('send.from')}
          data={sources.map((l) => ({ value: l.id, label: l.name }))}
          value={fromId}
          onChange={setFromId}
          allowDeselect={false}
          error={error?.fieldErrors()['fromId']}
        />
        <TextInput
          label={t('send.note')}
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
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('form.cancel')}
        </Button>
        <Button onClick={submit} loading={send.isPending}>
          {t('send.submit')}
        </Button>
      </Group>
    </Stack>
  )
}
