import type { hubview as id } from '../id/hubview'
import type { Translation } from '../../translation-type'

export const hubview: Translation<typeof id> = {
  scopeLabel: 'Scope',
  scopeThisTill: 'This till',
  scopeHub: 'All tills (hub)',
  asOf: 'As of the last sync: {{at}} {{zone}}',
  neverSynced: 'Never synced: other tills’ figures are not here yet.',
  sharedOnly:
    'Other tills’ sales count for the locations the hub shares with this till; this till’s own sales are always current.',
  till: 'Till',
  thisTill: '{{code}} (this till)',
  unknownTill: 'Unknown till',
  location: 'Location',
  sales: 'Sales',
  total: 'Total',
  voided: 'Voided',
  allTotal: 'All tills together',
  empty: 'No sales in this period.',
  tab: 'All tills (hub)',
  stockNote:
    'Every location’s stock as the hub knows it: the sum of every till’s movements. Negative means more was sold than was in stock during a network cut; it is settled at the next count.',
  product: 'Product',
  onHand: 'On hand',
  noLevels: 'No stock from the hub yet.',
  allLocations: 'All locations',
  timeZone: 'WIB',
  hasilKerjaNote:
    'The whole showroom’s hasil kerja: this till’s own sales are always current, other tills’ at the locations the hub shares as of the last sync; split by this till’s split rules. PNBP: deposits from every till.',
}
