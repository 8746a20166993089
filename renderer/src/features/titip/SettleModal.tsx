import {
  Alert,
  Button,
  Group,
  Loader,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { commissionOf } from '../../../../shared/consignment/commission'
import type {
  PartnerDto,
  PartnerStockLineDto,
  SettlementDto,
} from '../../../../shared/consignment/consignment-dto'
import { formatRupiah } from '../../../../shared/money'
import type { LocationDto } from '../../../../shared/stock/stock-dto'
import type { ApiError } from '../../api/client'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { formatQty } from '../stok/format-qty'

interface Props {
  partner: PartnerDto | null
  locations: LocationDto[]
  onClose: () => void
  onSettled: (settlement: SettlementDto) => void
}

type Part = 'sold' | 'returned' | 'missing'
type Entry = Record<Part, number>
const parts: readonly Part[] = ['sold', 'returned', 'missing']

/** One settlement with a partner: sold, returned and missing per product, posted together. */
export function SettleModal({ partner, locations, onClose, onSettled }: Props) {
  const { t } = useTranslation('titip')
  return (
    <Modal
      opened={partner !== null}
      onClose={onClose}
      title={partner ? t('settle.title', { name: partner.name }) : ''}
      size={1000}
      closeButtonProps={{ 'aria-label': t('actions.close', { ns: 'common' }) }}
    >
      {partner && (
        <SettleBody
          partner={partner}
          locations={locations}
          onClose={onClose}
          onSettled={onSettled}
        />
      )}
    </Modal>
  )
}

const PAY_LATER = 'later'

function SettleBody({ partner, locations, onClose, onSettled }: Props & { partner: PartnerDto }) {
  const { t } = useTranslation('titip')
  const stock = useChannel('consignment:stock', { locationId: partner.id })
  const methods = useChannel('payments:methods', {})
  const settle = useChannelMutation('consignment:settle')
  // Made once per form: a double submit posts one settlement.
  const [requestId] = useState(() => crypto.randomUUID())
  const targets = locations.filter((l) => l.kind === 'showroom' || l.kind === 'storeroom')
  const [returnToId, setReturnToId] = useState<string | null>(
    targets.find((l) => l.kind === 'showroom')?.id ?? targets[0]?.id ?? null,
  )
  const [methodId, setMethodId] = useState<string | null>(null)
  const [reference, setReference] = useState('')
  const [missingReason, setMissingReason] = useState('')
  const [note, setNote] = useState('')
  const [entries, setEntries] = useState<Record<string, Entry>>({})
  const [error, setError] = useState<ApiError | null>(null)

  if (!stock.data || !methods.data) return <Loader />
  const activeMethods = methods.data.filter((m) => m.active)
  const method = methodId ?? activeMethods[0]?.id ?? null
  // The empty choice: the partner pays later, and the amount is owed until then.
  const payLater = method === PAY_LATER
  const lines = stock.data.lines.filter((l) => l.onHand > 0)
  const entryOf = (id: string): Entry => entries[id] ?? { sold: 0, returned: 0, missing: 0 }
  const set = (id: string, part: Part, value: number) =>
    setEntries((all) => ({ ...all, [id]: { ...entryOf(id), [part]: value } }))

  const soldAmount = lines.reduce((sum, l) => sum + entryOf(l.productId).sold * l.price, 0)
  const commission = lines.reduce(
    (sum, l) => sum + commissionOf(entryOf(l.productId).sold * l.price, partner.commissionPct),
    0,
  )
  const issues = error?.fieldErrors() ?? {}

  const submit = () => {
    setError(null)
    if (!returnToId || !method) return
    settle.mutate(
      {
        id: requestId,
        locationId: partner.id,
        returnToId,
        methodId: payLater ? null : method,
        reference: payLater ? null : reference,
        missingReason,
        note,
        lines: lines.map((l) => ({ productId: l.productId, ...entryOf(l.productId) })),
      },
      {
        onSuccess: (result) => {
          notifications.show({ color: 'teal', message: t('settle.done', { docNo: result.docNo }) })
          onSettled(result)
        },
        onError: setError,
      },
    )
  }

  if (lines.length === 0) {
    return (
      <Text c="dimmed" py="lg" ta="center">
        {t('settle.empty')}
      </Text>
    )
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('settle.intro')}
      </Text>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={t('settle.label')} striped verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('settle.product')}</Table.Th>
              <Table.Th ta="right">{t('settle.atPartner')}</Table.Th>
              <Table.Th ta="right">{t('settle.price')}</Table.Th>
              <Table.Th w={110}>{t('settle.sold')}</Table.Th>
              <Table.Th w={110}>{t('settle.returned')}</Table.Th>
              <Table.Th w={110}>{t('settle.missing')}</Table.Th>
              <Table.Th ta="right">{t('settle.remaining')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {lines.map((line, index) => (
              <SettleRow
                key={line.productId}
                line={line}
                entry={entryOf(line.productId)}
                onChange={(part, value) => set(line.productId, part, value)}
                errorOf={(part) => issues[`lines.${index}.${part}`]}
              />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <SimpleGrid cols={3} spacing="sm">
        <Select
          label={t('settle.returnTo')}
          data={targets.map((l) => ({ value: l.id, label: l.name }))}
          value={returnToId}
          onChange={setReturnToId}
          allowDeselect={false}
        />
        <Select
          label={t('settle.method')}
          data={[
            ...activeMethods.map((m) => ({ value: m.id, label: m.name })),
            { value: PAY_LATER, label: t('settle.payLater') },
          ]}
          value={method}
          onChange={setMethodId}
          allowDeselect={false}
        />
        <TextInput
          label={t('settle.reference')}
          disabled={payLater}
          value={reference}
          onChange={(e) => setReference(e.currentTarget.value)}
          maxLength={60}
          error={issues['reference']}
        />
        <TextInput
          label={t('settle.missingReason')}
          value={missingReason}
          onChange={(e) => setMissingReason(e.currentTarget.value)}
          maxLength={200}
          error={issues['missingReason']}
        />
        <TextInput
          label={t('settle.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={200}
        />
      </SimpleGrid>
      <Group justify="flex-end" gap="xl" role="status" aria-label={t('settle.amountDue')}>
        <Text size="sm">
          {t('settle.soldAmount')}: <b>{formatRupiah(soldAmount)}</b>
        </Text>
        <Text size="sm">
          {t('settle.commission', { pct: partner.commissionPct })}:{' '}
          <b>{formatRupiah(commission)}</b>
        </Text>
        <Text size="sm">
          {t('settle.amountDue')}: <b>{formatRupiah(soldAmount - commission)}</b>
        </Text>
      </Group>
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('settle.cancel')}
        </Button>
        <Button onClick={submit} loading={settle.isPending}>
          {t('settle.submit')}
        </Button>
      </Group>
    </Stack>
  )
}

function SettleRow({
  line,
  entry,
  onChange,
  errorOf,
}: {
  line: PartnerStockLineDto
  entry: Entry
  onChange: (part: Part, value: number) => void
  errorOf: (part: Part) => string | undefined
}) {
  const { t } = useTranslation('titip')
  const remaining = line.onHand - entry.sold - entry.returned - entry.missing
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500}>
          {line.name}
        </Text>
        <Text size="xs" c="dimmed" ff="monospace">
          {line.sku}
        </Text>
      </Table.Td>
      <Table.Td ta="right">{formatQty(line.onHand)}</Table.Td>
      <Table.Td ta="right">{formatRupiah(line.price)}</Table.Td>
      {parts.map((part) => (
        <Table.Td key={part}>
          <NumberInput
            aria-label={t(`settle.${part}Of`, { name: line.name })}
            value={entry[part]}
            min={0}
            max={100_000}
            allowDecimal={false}
            size="xs"
            onChange={(v) => onChange(part, Number(v) || 0)}
            error={errorOf(part)}
          />
        </Table.Td>
      ))}
      <Table.Td ta="right" c={remaining < 0 ? 'red' : undefined}>
        {formatQty(remaining)}
      </Table.Td>
    </Table.Tr>
  )
}
