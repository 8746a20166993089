import { Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core'
import { IconHistory, IconPackageImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { ReservationDto } from '../../../../shared/orders/orders-dto'
import type { StockLevelRowDto } from '../../../../shared/stock/stock-dto'
import { formatQty } from './format-qty'

interface Props {
  rows: StockLevelRowDto[]
  /** Cost columns only for people who may see cost (the server sends null otherwise). */
  showCost: boolean
  onReceive: (row: StockLevelRowDto) => void
  onCard: (row: StockLevelRowDto) => void
  /** What open orders hold back (Pesanan); the columns show only when something is held. */
  reservations?: ReadonlyMap<string, ReservationDto>
}

export function StockTable({ rows, showCost, onReceive, onCard, reservations }: Props) {
  const { t } = useTranslation('stok')
  const { t: tp } = useTranslation('pesanan')
  const held = [...(reservations?.values() ?? [])].some((r) => r.reserved > 0)
  const none = t('table.none')
  return (
    <Table.ScrollContainer minWidth={1040}>
      <Table
        aria-label={t('table.label')}
        striped
        highlightOnHover
        verticalSpacing={6}
        stickyHeader
      >
        <Table.Thead style={{ whiteSpace: 'nowrap' }}>
          <Table.Tr>
            <Table.Th>{t('table.product')}</Table.Th>
            <Table.Th>{t('table.sku')}</Table.Th>
            <Table.Th>{t('table.category')}</Table.Th>
            <Table.Th>{t('table.workshop')}</Table.Th>
            <Table.Th ta="right">{t('table.onHand')}</Table.Th>
            {held && <Table.Th ta="right">{tp('stock.reserved')}</Table.Th>}
            {held && <Table.Th ta="right">{tp('stock.free')}</Table.Th>}
            <Table.Th ta="right">{t('table.inTransit')}</Table.Th>
            <Table.Th ta="right">{t('table.reorder')}</Table.Th>
            {showCost && <Table.Th ta="right">{t('table.value')}</Table.Th>}
            <Table.Th>
              <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
                {t('table.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((p) => (
            <Table.Tr key={p.productId}>
              <Table.Td fw={500} maw={320}>
                <Group gap={6} wrap="nowrap">
                  {/* Two lines tell similar names apart (the keychains differ at the end); a
                      name longer still shows whole on hover. */}
                  <Tooltip label={p.name} openDelay={300} multiline maw={420} withinPortal>
                    <Text span size="sm" fw={500} lineClamp={2} data-testid="stock-product-name">
                      {p.name}
                    </Text>
                  </Tooltip>
                  {!p.active && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('table.inactive')}
                    </Badge>
                  )}
                  {p.low && (
                    <Badge size="xs" variant="light" color="orange">
                      {t('table.low')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" style={{ whiteSpace: 'nowrap' }}>
                {p.sku}
              </Table.Td>
              <Table.Td>{p.categoryName ?? none}</Table.Td>
              <Table.Td>{p.workshopName ?? none}</Table.Td>
              <Table.Td
                ta="right"
                fw={600}
                c={p.onHand < 0 ? 'red' : p.onHand === 0 ? 'dimmed' : undefined}
                style={{ whiteSpace: 'nowrap' }}
              >
                {formatQty(p.onHand)}{' '}
                <Text span size="xs" c="dimmed" fw={400}>
                  {p.unit}
                </Text>
              </Table.Td>
              {held && (
                <Table.Td ta="right">
                  {formatQty(reservations?.get(p.productId)?.reserved ?? 0)}
                </Table.Td>
              )}
              {held && (
                <Table.Td ta="right" fw={600}>
                  {formatQty(reservations?.get(p.productId)?.free ?? p.onHand)}
                </Table.Td>
              )}
              <Table.Td ta="right" c={p.inTransit ? undefined : 'dimmed'}>
                {p.inTransit ? formatQty(p.inTransit) : none}
              </Table.Td>
              <Table.Td ta="right" c="dimmed">
                {p.reorderLevel ? formatQty(p.reorderLevel) : none}
              </Table.Td>
              {showCost && (
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {p.value === null ? none : formatRupiah(p.value)}
                </Table.Td>
              )}
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconHistory size={14} aria-hidden />}
                    aria-label={t('table.cardProduct', { name: p.name })}
                    onClick={() => onCard(p)}
                  >
                    {t('table.card')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="light"
                    leftSection={<IconPackageImport size={14} aria-hidden />}
                    aria-label={t('table.receiveProduct', { name: p.name })}
                    onClick={() => onReceive(p)}
                  >
                    {t('table.receive')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
