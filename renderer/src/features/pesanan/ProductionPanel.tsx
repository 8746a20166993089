import { Alert, Badge, Button, SegmentedControl, Stack, Table, Text } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel, useChannelMutation } from '../../api/hooks'
import { formatDay } from '../stok/format-date'

type Filter = 'open' | 'overdue' | 'all'

/** What the workshops were asked to make, how much has come in, and what is late. */
export function ProductionPanel() {
  const { t } = useTranslation('pesanan')
  const [filter, setFilter] = useState<Filter>('open')
  const requests = useChannel('orders:productionRequests', { filter })
  const close = useChannelMutation('orders:closeProductionRequest')
  const rows = requests.data ?? []
  return (
    <Stack gap="sm">
      <SegmentedControl
        aria-label={t('production.filter')}
        value={filter}
        onChange={(v) => setFilter(v as Filter)}
        data={(['open', 'overdue', 'all'] as const).map((f) => ({
          value: f,
          label: t(`production.filters.${f}`),
        }))}
        w="fit-content"
      />
      {requests.error && <Alert color="red">{requests.error.message}</Alert>}
      {rows.length === 0 ? (
        <Text c="gray.7">{t('production.empty')}</Text>
      ) : (
        <Table striped aria-label={t('tabs.production')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('production.requestNo')}</Table.Th>
              <Table.Th>{t('production.order')}</Table.Th>
              <Table.Th>{t('production.product')}</Table.Th>
              <Table.Th>{t('production.workshop')}</Table.Th>
              <Table.Th ta="right">{t('production.received')}</Table.Th>
              <Table.Th>{t('production.dueDate')}</Table.Th>
              <Table.Th>{t('production.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.requestNo}</Table.Td>
                <Table.Td>{r.orderNo ?? ''}</Table.Td>
                <Table.Td>{r.productName}</Table.Td>
                <Table.Td>{r.workshopName ?? ''}</Table.Td>
                <Table.Td ta="right">
                  {r.received} / {r.qty}
                </Table.Td>
                <Table.Td>{formatDay(r.dueDate)}</Table.Td>
                <Table.Td>
                  {t(`production.states.${r.state}`)}{' '}
                  {r.overdue && <Badge color="red.9">{t('production.overdue')}</Badge>}
                </Table.Td>
                <Table.Td>
                  {r.state === 'open' && (
                    <Button size="xs" variant="subtle" onClick={() => close.mutate({ id: r.id })}>
                      {t('production.close')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
