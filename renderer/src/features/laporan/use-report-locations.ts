import { useTranslation } from 'react-i18next'
import type { Option } from '../../../../shared/catalogue/catalogue-dto'
import { useChannel } from '../../api/hooks'

/**
 * Every location that may have sales in a period, closed exhibitions and deactivated places
 * included: their sales stay in the reports, so they stay in the filters (marked as closed).
 */
export function useReportLocations(): Option[] {
  const { t } = useTranslation('laporan')
  const locations = useChannel('stock:locations', { includeInactive: true })
  return (locations.data ?? []).map((l) => ({
    id: l.id,
    name: l.active ? l.name : t('filters.closedLocation', { name: l.name }),
  }))
}
