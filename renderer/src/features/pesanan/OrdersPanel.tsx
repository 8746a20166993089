import { Alert, Button, Checkbox, Group, Stack, Table, Text } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { useChannel } from '../../api/hooks'
import { formatDay } from '../stok/format-date'
import { OrderForm } from './OrderForm'
import { StatusBadge } from './StatusBadge'

/** Every order, newest first, with its status and balance due; a row opens the order. */
export function OrdersPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useTranslation('pesanan')
  const [open, setOpen] = useState(false)
  const [formOpen, setFormOpen] = useState(false)
  const orders = useChannel('orders:list', { open })
  const rows = orders.data ?? []
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Checkbox
          label={t('orders.openOnly')}
          checked={open}
          onChange={(e) => setOpen(e.currentTarget.checked)}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setFormOpen(true)}>
          {t('orders.add')}
        </Button>
      </Group>
      {orders.error && <Alert color="red">{orders.error.message}</Alert>}
      {rows.length === 0 ? (
        <Text c="gray.7">{t('orders.empty')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('tabs.orders')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('orders.orderNo')}</Table.Th>
              <Table.Th>{t('orders.buyer')}</Table.Th>
              <Table.Th>{t('orders.status')}</Table.Th>
              <Table.Th>{t('orders.dueDate')}</Table.Th>
              <Table.Th ta="right">{t('orders.total')}</Table.Th>
              <Table.Th ta="right">{t('orders.balanceDue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(o.id)}>
                    {o.orderNo}
                  </Button>
                </Table.Td>
                <Table.Td>{o.buyerName}</Table.Td>
                <Table.Td>
                  <StatusBadge status={o.status} />
                </Table.Td>
                <Table.Td>{o.dueDate ? formatDay(o.dueDate) : ''}</Table.Td>
                <Table.Td ta="right">{formatRupiah(o.money.total)}</Table.Td>
                <Table.Td ta="right">{formatRupiah(o.money.balanceDue)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <OrderForm
        opened={formOpen}
        onClose={() => setFormOpen(false)}
        onCreated={(id) => {
          setFormOpen(false)
          onOpen(id)
        }}
      />
    </Stack>
  )
}
