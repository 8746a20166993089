import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderStatus } from '../../../../shared/orders/orders-dto'

// Dark shades: the light badge's text keeps a 4.5:1 contrast (axe, WCAG AA).
const colors: Record<OrderStatus, string> = {
  quotation: 'gray.8',
  confirmed: 'blue.9',
  in_production: 'orange.9',
  ready: 'teal.9',
  shipped: 'indigo.9',
  delivered: 'indigo.9',
  paid: 'green.9',
  cancelled: 'red.9',
}

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('pesanan')
  return (
    <Badge color={colors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  )
}
