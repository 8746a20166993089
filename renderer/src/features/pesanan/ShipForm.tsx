import { NumberInput, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { OrderDto } from '../../../../shared/orders/orders-dto'
import type { ApiError } from '../../api/client'
import { useChannelMutation } from '../../api/hooks'
import { ActionModal } from './ActionModal'

/**
 * Ships part of an order: a quantity per line, at most what is still to go (main checks
 * packing, stock and the remainder again). Each shipment is its own sale and delivery note.
 */
export function ShipForm({ order, onClose }: { order: OrderDto; onClose: () => void }) {
  const { t } = useTranslation('pesanan')
  const ship = useChannelMutation('orders:ship')
  const [error, setError] = useState<ApiError | null>(null)
  const open = order.lines.filter((l) => l.qty > l.shipped)
  const [qty, setQty] = useState<Record<string, number>>(() =>
    Object.fromEntries(open.map((l) => [l.productId, l.qty - l.shipped])),
  )
  const lines = open
    .map((l) => ({ productId: l.productId, qty: qty[l.productId] ?? 0 }))
    .filter((l) => l.qty > 0)
  return (
    <ActionModal
      opened
      title={t('ship.title')}
      onClose={onClose}
      submitLabel={t('ship.save')}
      pending={ship.isPending}
      error={error}
      onSubmit={() =>
        ship.mutate(
          // An empty list is still sent, so main answers with its own translated refusal.
          {
            id: order.id,
            lines: lines.length ? lines : [{ productId: open[0]!.productId, qty: 0 }],
          },
          {
            onSuccess: (after) => {
              notifications.show({
                color: 'teal',
                message: t('actions.shipped', { receiptNo: after.shipments.at(-1)?.receiptNo }),
              })
              onClose()
            },
            onError: setError,
          },
        )
      }
    >
      <Text size="sm">{t('ship.hint')}</Text>
      <Table aria-label={t('ship.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('detail.product')}</Table.Th>
            <Table.Th ta="right">{t('ship.left')}</Table.Th>
            <Table.Th ta="right">{t('ship.qty')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {open.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>{l.name}</Table.Td>
              <Table.Td ta="right">{l.qty - l.shipped}</Table.Td>
              <Table.Td>
                <NumberInput
                  aria-label={t('ship.qtyOf', { name: l.name })}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  value={qty[l.productId] ?? 0}
                  onChange={(v) => setQty({ ...qty, [l.productId]: Number(v) || 0 })}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ActionModal>
  )
}
