import { Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { IconArrowsExchange } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LocationDto, TransferDto, TransferState } from '../../../../shared/stock/stock-dto'
import { useChannel } from '../../api/hooks'
import { formatDateTime } from './format-date'
import { formatQty } from './format-qty'
import { ReceiveTransferModal } from './ReceiveTransferModal'
import { TransferDrawer } from './TransferDrawer'
import { TransferForm } from './TransferForm'
import { TransferStateBadge } from './TransferStateBadge'

interface Props {
  locations: LocationDto[]
  /** Set when another tab asks to send stock to a location (an exhibition). */
  sendTo: string | null
  onSendToHandled: () => void
}

const filters = ['all', 'draft', 'in_transit', 'received'] as const

export function TransfersPanel({ locations, sendTo, onSendToHandled }: Props) {
  const { t } = useTranslation('stok')
  const [state, setState] = useState<(typeof filters)[number]>('all')
  const [formOpen, setFormOpen] = useState(false)
  const [editing, setEditing] = useState<TransferDto | null>(null)
  const [open, setOpen] = useState<string | null>(null)
  const [receiving, setReceiving] = useState<TransferDto | null>(null)
  const list = useChannel('stock:transfers', {
    ...(state === 'all' ? {} : { state: state as TransferState }),
    limit: 200,
  })
  const formOpened = formOpen || sendTo !== null

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <SegmentedControl
          aria-label={t('transfers.stateFilter')}
          value={state}
          onChange={(v) => setState(v as (typeof filters)[number])}
          data={filters.map((f) => ({
            value: f,
            label: f === 'all' ? t('transfers.allStates') : t(`transfers.states.${f}`),
          }))}
        />
        <Button
          leftSection={<IconArrowsExchange size={16} aria-hidden />}
          onClick={() => {
            setEditing(null)
            setFormOpen(true)
          }}
        >
          {t('transfers.new')}
        </Button>
      </Group>
      {list.data && list.data.length === 0 ? (
        <Text c="dimmed" py="xl" ta="center">
          {t('transfers.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={820}>
          <Table aria-label={t('transfers.listLabel')} striped highlightOnHover verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('transfers.number')}</Table.Th>
                <Table.Th>{t('transfers.date')}</Table.Th>
                <Table.Th>{t('transfers.from')}</Table.Th>
                <Table.Th>{t('transfers.to')}</Table.Th>
                <Table.Th>{t('transfers.state')}</Table.Th>
                <Table.Th ta="right">{t('transfers.units')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((tr) => (
                <Table.Tr key={tr.id}>
                  <Table.Td>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      ff="monospace"
                      aria-label={t('transfers.open', { transferNo: tr.transferNo })}
                      onClick={() => setOpen(tr.id)}
                    >
                      {tr.transferNo}
                    </Button>
                  </Table.Td>
                  <Table.Td>{formatDateTime(tr.sentAt ?? tr.createdAt)}</Table.Td>
                  <Table.Td>{tr.fromName}</Table.Td>
                  <Table.Td>{tr.toName}</Table.Td>
                  <Table.Td>
                    <TransferStateBadge state={tr.state} />
                  </Table.Td>
                  <Table.Td ta="right">{formatQty(tr.units)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <TransferForm
        opened={formOpened}
        locations={locations}
        initial={editing}
        presetTo={sendTo}
        onClose={() => {
          setFormOpen(false)
          setEditing(null)
          onSendToHandled()
        }}
        onSaved={(saved) => {
          setFormOpen(false)
          setEditing(null)
          onSendToHandled()
          setOpen(saved.id)
        }}
      />
      <TransferDrawer
        id={open}
        onClose={() => setOpen(null)}
        onEdit={(tr) => {
          setEditing(tr)
          setFormOpen(true)
        }}
        onReceive={(tr) => {
          setReceiving(tr)
          setOpen(null)
        }}
      />
      <ReceiveTransferModal
        transfer={receiving}
        onClose={() => {
          const id = receiving?.id ?? null
          setReceiving(null)
          setOpen(id)
        }}
      />
    </Stack>
  )
}
