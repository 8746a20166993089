import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { OrderStatus } from '../../../../shared/orders/orders-dto'

const colors: Record<OrderStatus, string> = {
  quotation: 'gray',
  confirmed: 'blue',
  in_production: 'orange',
  ready: 'teal',
  shipped: 'indigo',
  delivered: 'indigo',
  paid: 'green',
  cancelled: 'red',
}

export function StatusBadge({ status }: { status: OrderStatus }) {
  const { t } = useTranslation('pesanan')
  return (
    <Badge color={colors[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  )
}
