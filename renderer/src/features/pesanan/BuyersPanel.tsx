import { Alert, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus } from '@tabler/icons-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { BuyerDto } from '../../../../shared/orders/orders-dto'
import { useChannel } from '../../api/hooks'
import { formatDateTime } from '../stok/format-date'
import { BuyerForm } from './BuyerForm'
import { StatusBadge } from './StatusBadge'

/** The buyer register: search by name, add or edit, and one buyer's orders and payments. */
export function BuyersPanel() {
  const { t } = useTranslation('pesanan')
  const [search, setSearch] = useState('')
  const [query] = useDebouncedValue(search.trim(), 200)
  const buyers = useChannel('orders:buyers', { search: query })
  const [editing, setEditing] = useState<BuyerDto | null>(null)
  const [formOpen, setFormOpen] = useState(false)
  const [shown, setShown] = useState<string | null>(null)
  const rows = buyers.data ?? []
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <TextInput
          aria-label={t('buyers.search')}
          placeholder={t('buyers.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          w={320}
        />
        <Button
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => {
            setEditing(null)
            setFormOpen(true)
          }}
        >
          {t('buyers.add')}
        </Button>
      </Group>
      {buyers.error && <Alert color="red">{buyers.error.message}</Alert>}
      {rows.length === 0 ? (
        <Text c="gray.7">{t('buyers.empty')}</Text>
      ) : (
        <Table striped highlightOnHover aria-label={t('tabs.buyers')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('buyers.name')}</Table.Th>
              <Table.Th>{t('buyers.country')}</Table.Th>
              <Table.Th>{t('buyers.contact')}</Table.Th>
              <Table.Th>{t('buyers.language')}</Table.Th>
              <Table.Th>{t('buyers.currency')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((b) => (
              <Table.Tr key={b.id} onClick={() => setShown(shown === b.id ? null : b.id)}>
                <Table.Td>{b.name}</Table.Td>
                <Table.Td>{b.country}</Table.Td>
                <Table.Td>{b.contact}</Table.Td>
                <Table.Td>{t(`buyers.languages.${b.language}`)}</Table.Td>
                <Table.Td>{b.currency}</Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="subtle"
                    onClick={(e) => {
                      e.stopPropagation()
                      setEditing(b)
                      setFormOpen(true)
                    }}
                  >
                    {t('buyers.edit')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {shown && <BuyerHistory id={shown} />}
      <BuyerForm opened={formOpen} initial={editing} onClose={() => setFormOpen(false)} />
    </Stack>
  )
}

function BuyerHistory({ id }: { id: string }) {
  const { t } = useTranslation('pesanan')
  const detail = useChannel('orders:buyer', { id })
  if (!detail.data) return null
  const buyer = detail.data
  return (
    <Stack gap="xs">
      <Text fw={600}>
        {buyer.name} · {t('buyers.history')}
      </Text>
      <Table aria-label={t('buyers.history')}>
        <Table.Tbody>
          {buyer.orders.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{o.orderNo}</Table.Td>
              <Table.Td>
                <StatusBadge status={o.status} />
              </Table.Td>
              <Table.Td>{formatRupiah(o.money.total)}</Table.Td>
              <Table.Td>
                {t('orders.balanceDue')}: {formatRupiah(o.money.balanceDue)}
              </Table.Td>
            </Table.Tr>
          ))}
          {buyer.payments.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>{p.receiptNo}</Table.Td>
              <Table.Td>{t(`detail.paymentKinds.${p.kind}`)}</Table.Td>
              <Table.Td>{formatRupiah(p.amount)}</Table.Td>
              <Table.Td>
                {p.orderNo} · {formatDateTime(p.at)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
