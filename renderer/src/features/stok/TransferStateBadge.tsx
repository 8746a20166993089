import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TransferState } from '../../../../shared/stock/stock-dto'

const colors: Record<TransferState, string> = {
  draft: 'gray',
  in_transit: 'blue',
  received: 'teal',
  cancelled: 'red',
}

export function TransferStateBadge({ state }: { state: TransferState }) {
  const { t } = useTranslation('stok')
  return (
    <Badge color={colors[state]} variant="light">
      {t(`transfers.states.${state}`)}
    </Badge>
  )
}
