import { Center, ScrollArea, Stack, Table, Text, VisuallyHidden } from '@mantine/core'
import { IconShoppingCart } from '@tabler/icons-react'
import { memo, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { TillCart } from './cart'
import { CartRow, type CartRowActions } from './CartRow'
import { useStableCallback } from '../../components/use-stable-callback'

interface Props {
  cart: TillCart
  lineTotals: number[]
  lineDiscounts: number[]
  onSelect(productId: string): void
  onQty(productId: string, qty: number): void
  onRemove(productId: string): void
  onQtyDone(): void
}

function CartTableView({
  cart,
  lineTotals,
  lineDiscounts,
  onSelect,
  onQty,
  onRemove,
  onQtyDone,
}: Props) {
  const { t } = useTranslation('kasir')
  const viewport = useRef<HTMLDivElement>(null)
  const select = useStableCallback(onSelect)
  const setQty = useStableCallback(onQty)
  const remove = useStableCallback(onRemove)
  const done = useStableCallback(onQtyDone)
  const actions = useMemo<CartRowActions>(
    () => ({ select, setQty, remove, done }),
    [select, setQty, remove, done],
  )

  // Keep the line the cashier is working on in view (the newest scan lands at the bottom).
  useEffect(() => {
    if (!cart.selected) return
    const row = viewport.current?.querySelector('tr[aria-current="true"]')
    row?.scrollIntoView({ block: 'nearest' })
  }, [cart.selected, cart.lines.length])

  return (
    <ScrollArea h="100%" viewportRef={viewport} type="auto" offsetScrollbars>
      <Table
        aria-label={t('cart.label')}
        stickyHeader
        verticalSpacing="xs"
        horizontalSpacing="sm"
        highlightOnHover
        layout="fixed"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cart.product')}</Table.Th>
            <Table.Th ta="right" w={112}>
              {t('cart.unitPrice')}
            </Table.Th>
            <Table.Th w={128}>{t('cart.qty')}</Table.Th>
            <Table.Th ta="right" w={124}>
              {t('cart.lineTotal')}
            </Table.Th>
            <Table.Th w={56}>
              <VisuallyHidden>{t('cart.remove')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cart.lines.map((line, index) => (
            <CartRow
              key={line.productId}
              line={line}
              lineTotal={lineTotals[index] ?? 0}
              lineDiscount={lineDiscounts[index] ?? 0}
              selected={cart.selected === line.productId}
              actions={actions}
            />
          ))}
        </Table.Tbody>
      </Table>
      {cart.lines.length === 0 && (
        <Center py={72}>
          <Stack align="center" gap={6}>
            <IconShoppingCart
              size={48}
              stroke={1.4}
              color="var(--mantine-color-gray-5)"
              aria-hidden
            />
            <Text fw={600} size="lg">
              {t('cart.empty')}
            </Text>
            <Text c="gray.7">{t('cart.emptyHint')}</Text>
          </Stack>
        </Center>
      )}
    </ScrollArea>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const CartTable = memo(CartTableView)
