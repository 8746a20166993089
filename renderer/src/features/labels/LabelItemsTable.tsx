import { ActionIcon, Button, NumberInput, Table, Text } from '@mantine/core'
import { IconBarcode, IconX } from '@tabler/icons-react'
import { useTranslation } from 'react-i18next'
import { useChannel, useChannelMutation } from '../../api/hooks'
import type { LabelItem } from './label-items'

interface RowProps {
  item: LabelItem
  removable: boolean
  onCopies(copies: number): void
  onRemove(): void
  onError(message: string): void
}

function LabelItemRow({ item, removable, onCopies, onRemove, onError }: RowProps) {
  const { t } = useTranslation('printing')
  const product = useChannel('catalog:get', { id: item.productId })
  const assign = useChannelMutation('labels:assignBarcodes')
  const name = product.data?.name ?? '…'
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm" fw={500} lineClamp={2}>
          {name}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {product.data?.barcode ? (
          <Text span ff="monospace" size="xs">
            {product.data.barcode}
          </Text>
        ) : product.data ? (
          <Button
            size="compact-xs"
            variant="light"
            leftSection={<IconBarcode size={14} aria-hidden />}
            loading={assign.isPending}
            onClick={() =>
              assign.mutate(
                { productIds: [item.productId] },
                { onError: (error) => onError(error.message) },
              )
            }
          >
            {t('labels.assign')}
          </Button>
        ) : null}
      </Table.Td>
      <Table.Td w={110}>
        <NumberInput
          aria-label={t('labels.copiesFor', { name })}
          size="xs"
          min={1}
          max={500}
          allowDecimal={false}
          allowNegative={false}
          value={item.copies}
          onChange={(value) => onCopies(typeof value === 'number' ? value : Number(value) || 1)}
        />
      </Table.Td>
      <Table.Td w={40}>
        {removable && (
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={t('labels.remove', { name })}
            onClick={onRemove}
          >
            <IconX size={16} aria-hidden />
          </ActionIcon>
        )}
      </Table.Td>
    </Table.Tr>
  )
}

interface Props {
  items: LabelItem[]
  onChange(items: LabelItem[]): void
  onError(message: string): void
}

/** The products of the run with their number of labels, each editable. */
export function LabelItemsTable({ items, onChange, onError }: Props) {
  const { t } = useTranslation('printing')
  return (
    <Table.ScrollContainer minWidth={420} mah={220}>
      <Table aria-label={t('labels.products')} verticalSpacing={4} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('labels.product')}</Table.Th>
            <Table.Th>{t('labels.barcode')}</Table.Th>
            <Table.Th>{t('labels.copies')}</Table.Th>
            <Table.Th>
              <span style={{ visibility: 'hidden' }}>{t('labels.close')}</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, index) => (
            <LabelItemRow
              key={item.productId}
              item={item}
              removable={items.length > 1}
              onError={onError}
              onCopies={(copies) =>
                onChange(items.map((other, i) => (i === index ? { ...other, copies } : other)))
              }
              onRemove={() => onChange(items.filter((_, i) => i !== index))}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
