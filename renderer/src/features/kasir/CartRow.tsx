import { ActionIcon, NumberInput, Table, Text } from '@mantine/core'
import { IconTrash } from '@tabler/icons-react'
import { memo, useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import { MAX_QTY, MIN_QTY, type TillLine } from './cart'

/** The id of a line's quantity field, so F3 can put the cursor in it. */
export const qtyInputId = (productId: string) => `till-qty-${productId}`

/** What a row can ask of the cart; one object for every row, so unchanged rows skip rendering. */
export interface CartRowActions {
  select(productId: string): void
  setQty(productId: string, qty: number): void
  remove(productId: string): void
  /** Enter in the quantity field: back to scanning. */
  done(): void
}

interface Props {
  line: TillLine
  lineTotal: number
  /** Rupiah the line's own discount takes off. */
  lineDiscount: number
  selected: boolean
  actions: CartRowActions
}

export const CartRow = memo(function CartRow({
  line,
  lineTotal,
  lineDiscount,
  selected,
  actions,
}: Props) {
  const onSelect = () => actions.select(line.productId)
  const { t } = useTranslation('kasir')
  // Only while the field is being edited and momentarily empty; otherwise the cart's qty shows.
  const [draft, setDraft] = useState<string | null>(null)
  const short = line.onHand !== null && line.qty > line.onHand
  const overridden = line.unitPrice !== line.listPrice

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      actions.done()
    }
  }

  return (
    <Table.Tr
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
      bg={selected ? 'teal.0' : undefined}
      style={{
        cursor: 'pointer',
        // Scrolled into view below the sticky header, not under it.
        scrollMarginTop: 48,
        boxShadow: selected ? 'inset 4px 0 0 var(--mantine-color-teal-8)' : undefined,
      }}
    >
      <Table.Td>
        <Text fw={600} lineClamp={2}>
          {line.name}
        </Text>
        <Text size="xs" c="gray.7" ff="monospace">
          {line.sku}
        </Text>
        {overridden && (
          <Text size="xs" c="orange.9" fw={600}>
            {t('cart.overrideNote', { reason: line.overrideReason })}
          </Text>
        )}
        {line.discount && (
          <Text size="xs" c="teal.9" fw={600}>
            {t('cart.discountNote', {
              amount:
                line.discount.kind === 'percent'
                  ? `${line.discount.value}%`
                  : formatRupiah(line.discount.value),
              cut: formatRupiah(lineDiscount),
              reason: line.discount.reason,
            })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {overridden && (
          <Text
            size="xs"
            c="gray.7"
            ff="monospace"
            td="line-through"
            aria-label={t('cart.listPrice', { price: formatRupiah(line.listPrice) })}
          >
            {formatRupiah(line.listPrice)}
          </Text>
        )}
        {formatRupiah(line.unitPrice)}
      </Table.Td>
      <Table.Td>
        <NumberInput
          id={qtyInputId(line.productId)}
          aria-label={t('cart.qtyLabel', { name: line.name })}
          value={draft ?? line.qty}
          min={MIN_QTY}
          max={MAX_QTY}
          allowDecimal={false}
          allowNegative={false}
          clampBehavior="strict"
          w={104}
          size="sm"
          error={short}
          onFocus={onSelect}
          onBlur={() => setDraft(null)}
          onKeyDown={onKeyDown}
          onChange={(value) => {
            if (typeof value === 'number' && value >= MIN_QTY) {
              setDraft(null)
              actions.setQty(line.productId, value)
            } else {
              setDraft(String(value))
            }
          }}
        />
        {short && (
          <Text size="xs" c="red.9" mt={2}>
            {t('cart.lowStock', { count: line.onHand })}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" fw={700} ff="monospace" style={{ whiteSpace: 'nowrap' }}>
        {formatRupiah(lineTotal)}
      </Table.Td>
      <Table.Td>
        <ActionIcon
          variant="subtle"
          color="red.9"
          size="lg"
          aria-label={t('cart.removeLabel', { name: line.name })}
          onClick={(event) => {
            event.stopPropagation()
            actions.remove(line.productId)
          }}
        >
          <IconTrash size={20} aria-hidden />
        </ActionIcon>
      </Table.Td>
    </Table.Tr>
  )
})
