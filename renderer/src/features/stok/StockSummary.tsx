import { Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ProductDto } from '../../../../shared/dto'
import { formatRupiah } from '../../../../shared/money'
import { formatQty } from './format-qty'

interface Props {
  /** Every product, unfiltered by the search box. */
  products: ProductDto[]
  /** True when the list stopped at the channel's limit, so the totals are partial. */
  truncated: boolean
}

export function StockSummary({ products, truncated }: Props) {
  const { t } = useTranslation('stok')
  const value = products.reduce((sum, p) => sum + p.onHand * p.cost, 0)
  const units = products.reduce((sum, p) => sum + p.onHand, 0)
  const figures = [
    { label: t('totalValue'), value: formatRupiah(value), testid: 'stock-total-value' },
    { label: t('totalUnits'), value: formatQty(units), testid: 'stock-total-units' },
    { label: t('products'), value: formatQty(products.length), testid: 'stock-total-products' },
  ]
  return (
    <Paper withBorder p="sm" radius="md">
      <Group gap="xl">
        {figures.map((f) => (
          <div key={f.testid}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {f.label}
            </Text>
            <Text size="lg" fw={700} data-testid={f.testid}>
              {f.value}
            </Text>
          </div>
        ))}
        {truncated && (
          <Text size="xs" c="dimmed" ml="auto">
            {t('partialTotal', { count: products.length })}
          </Text>
        )}
      </Group>
    </Paper>
  )
}
