import { Group, Paper, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { StockLevelsTotalsDto } from '../../../../shared/stock/stock-dto'
import { formatQty } from './format-qty'

interface Props {
  /** Summed by the server over every product matching the filters, not just this page. */
  totals: StockLevelsTotalsDto
  products: number
}

export function StockSummary({ totals, products }: Props) {
  const { t } = useTranslation('stok')
  const figures = [
    ...(totals.value === null
      ? []
      : [
          {
            label: t('totalValue'),
            value: formatRupiah(totals.value),
            testid: 'stock-total-value',
            note: totals.inTransitValue
              ? t('totalValueInTransit', { value: formatRupiah(totals.inTransitValue) })
              : null,
          },
        ]),
    { label: t('totalUnits'), value: formatQty(totals.units), testid: 'stock-total-units' },
    {
      label: t('inTransitUnits'),
      value: formatQty(totals.inTransit),
      testid: 'stock-total-in-transit',
    },
    { label: t('products'), value: formatQty(products), testid: 'stock-total-products' },
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
            {'note' in f && f.note && (
              <Text size="xs" c="dimmed" data-testid={`${f.testid}-note`}>
                {f.note}
              </Text>
            )}
          </div>
        ))}
      </Group>
    </Paper>
  )
}
