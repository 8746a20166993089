import { Badge, Button, Checkbox, Group, Table, Text } from '@mantine/core'
import { IconPencil, IconTags } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/catalogue/catalogue-dto'
import { formatRupiah } from '../../../../shared/money'
import { formatQty } from '../stok/format-qty'

const nowrap = { whiteSpace: 'nowrap' } as const

interface Props {
  products: ProductDto[]
  onEdit: (product: ProductDto) => void
  /** Products ticked for printing labels together. */
  selected: ReadonlySet<string>
  onSelect: (ids: string[], selected: boolean) => void
  onLabels: (product: ProductDto) => void
}

export function ProductTable({ products, onEdit, selected, onSelect, onLabels }: Props) {
  const { t } = useTranslation('produk')
  const { t: tl } = useTranslation('printing')
  const allSelected = products.length > 0 && products.every((p) => selected.has(p.id))
  const someSelected = products.some((p) => selected.has(p.id))
  const none = t('table.none')
  return (
    <Table.ScrollContainer minWidth={1120}>
      <Table
        aria-label={t('table.label')}
        striped
        highlightOnHover
        verticalSpacing={6}
        stickyHeader
      >
        <Table.Thead style={nowrap}>
          <Table.Tr>
            <Table.Th>
              {/* In the name column: the first cell of a row stays the product's name. */}
              <Group gap="sm" wrap="nowrap">
                <Checkbox
                  aria-label={tl('labels.selectAll')}
                  checked={allSelected}
                  indeterminate={someSelected && !allSelected}
                  onChange={(event) =>
                    onSelect(
                      products.map((p) => p.id),
                      event.currentTarget.checked,
                    )
                  }
                />
                {t('table.name')}
              </Group>
            </Table.Th>
            <Table.Th>{t('table.sku')}</Table.Th>
            <Table.Th>{t('table.barcode')}</Table.Th>
            <Table.Th>{t('table.category')}</Table.Th>
            <Table.Th>{t('table.workshop')}</Table.Th>
            <Table.Th ta="right">{t('table.price')}</Table.Th>
            <Table.Th ta="right">{t('table.cost')}</Table.Th>
            <Table.Th ta="right">{t('table.onHand')}</Table.Th>
            <Table.Th>{t('table.status')}</Table.Th>
            <Table.Th>
              <Text span size="sm" fw={700} style={{ visibility: 'hidden' }}>
                {t('table.actions')}
              </Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {products.map((p) => (
            <Table.Tr key={p.id} c={p.active ? undefined : 'dimmed'}>
              <Table.Td fw={500}>
                <Group gap="sm" wrap="nowrap">
                  <Checkbox
                    aria-label={tl('labels.select', { name: p.name })}
                    checked={selected.has(p.id)}
                    onChange={(event) => onSelect([p.id], event.currentTarget.checked)}
                  />
                  {p.name}
                </Group>
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" style={nowrap}>
                {p.sku}
              </Table.Td>
              <Table.Td ff="monospace" fz="xs" style={nowrap}>
                {p.barcode ?? none}
              </Table.Td>
              <Table.Td>{p.categoryName ?? none}</Table.Td>
              <Table.Td>{p.workshopName ?? none}</Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatRupiah(p.price)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatRupiah(p.cost)}
              </Table.Td>
              <Table.Td ta="right" style={nowrap}>
                {formatQty(p.onHand)} {p.unit}
              </Table.Td>
              <Table.Td style={nowrap}>
                <Badge
                  variant="light"
                  color={p.active ? 'teal' : 'gray'}
                  // A badge's label may shrink to nothing inside an auto-width table cell.
                  styles={{ label: { overflow: 'visible' } }}
                >
                  {t(p.active ? 'table.active' : 'table.inactive')}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="nowrap">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    aria-label={t('table.editProduct', { name: p.name })}
                    onClick={() => onEdit(p)}
                  >
                    {t('table.edit')}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconTags size={14} aria-hidden />}
                    aria-label={tl('labels.openFor', { name: p.name })}
                    onClick={() => onLabels(p)}
                  >
                    {tl('labels.rowAction')}
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
