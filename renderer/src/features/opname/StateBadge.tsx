import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CountState } from '../../../../shared/opname/opname-dto'

const colors: Record<CountState, string> = {
  draft: 'gray',
  counting: 'blue',
  review: 'orange',
  posted: 'teal',
  cancelled: 'red',
}

export function StateBadge({ state, size = 'md' }: { state: CountState; size?: 'md' | 'lg' }) {
  const { t } = useTranslation('opname')
  return (
    <Badge color={colors[state]} variant="light" size={size}>
      {t(`state.${state}`)}
    </Badge>
  )
}
