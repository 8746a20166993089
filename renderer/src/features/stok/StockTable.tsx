import { Badge, Button, Group, Table, Text } from '@mantine/core'
import { IconPackageImport } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { formatRupiah } from '../../../../shared/money'
import { formatQty } from './format-qty'

interface Props {
  products: ProductDto[]
  onReceive: (product: ProductDto) => void
}

export function StockTable({ products, onReceive }: Props) {
  const { t } = useTranslation('stok')
  const none = t('table.none')
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table
        aria-label={t('table.label')}
        striped
        highlightOnHover
        verticalSpacing={6}
        stickyHeader
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.product')}</Table.Th>
            <Table.Th>{t('table.sku')}</Table.Th>
            <Table.Th>{t('table.category')}</Table.Th>
            <Table.Th>{t('table.workshop')}</Table.Th>
            <Table.Th ta="right">{t('table.onHand')}</Table.Th>
            <Table.Th ta="right">{t('table.value')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
                {t('table.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td fw={500}>
                <Group gap={6} wrap="nowrap">
                  {p.name}
                  {!p.active && (
                    <Badge size="xs" variant="light" color="gray">
                      {t('table.inactive')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs">
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
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(p.onHand * p.cost)}
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconPackageImport size={14} aria-hidden />}
                  aria-label={t('table.receiveProduct', { name: p.name })}
                  onClick={() => onReceive(p)}
                >
                  {t('table.receive')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
