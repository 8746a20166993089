import { Alert, Stack } from '@mantine/core'
import { memo } from 'react'
import { IconAlertTriangle } from '@tabler/icons-react'
import { keepPreviousData } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import { linesEatingReservations } from './reservation-check'

interface Props {
  lines: ReadonlyArray<{ productId: string; name: string; qty: number }>
  /** The till's selling location; its own default when absent. */
  locationId?: string | undefined
}

/**
 * At the till: says so when the cart takes more of a product than is free to sell, i.e. the
 * sale would eat into stock an open order holds. A warning only: the cashier decides.
 */
function ReservationWarningView({ lines, locationId }: Props) {
  const { t } = useTranslation('pesanan')
  const productIds = lines.map((l) => l.productId).sort()
  const query = useChannel(
    'orders:reservations',
    { productIds, ...(locationId ? { locationId } : {}) },
    { enabled: productIds.length > 0, placeholderData: keepPreviousData },
  )
  if (productIds.length === 0 || !query.data) return null
  const eaten = linesEatingReservations(lines, query.data)
  if (eaten.length === 0) return null
  return (
    <Stack gap={4}>
      {eaten.map((l) => (
        <Alert
          key={l.productId}
          color="orange"
          role="status"
          p="xs"
          icon={<IconAlertTriangle size={16} aria-hidden />}
        >
          {t('till.reserved', {
            name: l.name,
            free: l.free,
            qty: l.qty,
          })}
        </Alert>
      ))}
    </Stack>
  )
}

// Memoised: the till re-renders on every scan and key, and a closed dialog has nothing new to show.
export const ReservationWarning = memo(ReservationWarningView)
