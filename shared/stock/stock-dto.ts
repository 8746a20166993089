import type { MovementReasonCode } from './movement-reasons'

export type LocationKind = 'showroom' | 'storeroom' | 'event' | 'consignment'

export interface LocationDto {
  id: string
  name: string
  kind: LocationKind
  active: boolean
  /** Set for exhibitions (kind = event). */
  exhibition: ExhibitionFacts | null
}

export interface ExhibitionFacts {
  place: string
  startsOn: string
  endsOn: string
  state: 'open' | 'closed'
  closedAt: number | null
}

export type StockDocKind = 'production_in' | 'purchase_in' | 'consignment_in' | 'damaged' | 'sample'

export interface StockDocLineDto {
  lineNo: number
  productId: string
  sku: string
  name: string
  unit: string
  qty: number
  /** null when the reader may not see cost. */
  unitCost: number | null
}

export interface StockDocSummaryDto {
  id: string
  docNo: string
  kind: StockDocKind
  locationId: string
  locationName: string
  workshopName: string | null
  docDate: string
  batch: string | null
  units: number
  lines: number
  userName: string
  createdAt: number
}

export interface StockDocDto extends StockDocSummaryDto {
  workshopId: string | null
  party: string | null
  note: string | null
  lineItems: StockDocLineDto[]
  /** Sum of qty × unit cost; null without cost.view. */
  totalCost: number | null
}

export type TransferState = 'draft' | 'in_transit' | 'received' | 'cancelled'

export interface TransferSummaryDto {
  id: string
  transferNo: string
  fromId: string
  fromName: string
  toId: string
  toName: string
  state: TransferState
  units: number
  lines: number
  createdAt: number
  sentAt: number | null
  receivedAt: number | null
}

export interface TransferLineDto {
  lineNo: number
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  qtySent: number
  qtyReceived: number | null
  qtyDamaged: number | null
  qtyMissing: number | null
}

export interface TransferDto extends TransferSummaryDto {
  note: string | null
  receiveNote: string | null
  createdByName: string
  sentByName: string | null
  receivedByName: string | null
  lineItems: TransferLineDto[]
}

export interface StockLevelRowDto {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  categoryName: string | null
  workshopName: string | null
  active: boolean
  onHand: number
  /** Units of this product in transfers that are on their way (at no location). */
  inTransit: number
  reorderLevel: number
  low: boolean
  /** null without cost.view. */
  cost: number | null
  value: number | null
}

export interface StockLevelsPageDto {
  rows: StockLevelRowDto[]
  /** Products in the view, for paging. */
  total: number
}

export interface StockLevelsTotalsDto {
  units: number
  /**
   * Stock value at cost, goods in transit included when no location is chosen; null without
   * cost.view.
   */
  value: number | null
  inTransit: number
  /** The part of `value` that is on the road (0 in a location's view); null without cost.view. */
  inTransitValue: number | null
}

export interface StockCardMovementDto {
  id: string
  createdAt: number
  locationId: string
  locationName: string
  reason: MovementReasonCode
  qty: number
  /** Running balance at this movement's location after it. */
  balance: number
  unitCost: number | null
  userName: string
  note: string | null
  ref: { type: string; id: string; label: string } | null
}

export interface StockCardDto {
  product: {
    id: string
    sku: string
    name: string
    unit: string
    reorderLevel: number
    cost: number | null
  }
  balances: Array<{ locationId: string; locationName: string; kind: LocationKind; onHand: number }>
  inTransit: number
  movements: StockCardMovementDto[]
  total: number
}

export interface ExhibitionReportLineDto {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  price: number
  sent: number
  soldQty: number
  soldAmount: number
  returned: number
  damaged: number
  missing: number
  /** Still at the exhibition (0 once closed). */
  remaining: number
  varianceQty: number
  /** Variance valued at the selling price. */
  varianceAmount: number
}

export interface ExhibitionReportDto {
  location: LocationDto
  lines: ExhibitionReportLineDto[]
  totals: Omit<ExhibitionReportLineDto, 'productId' | 'sku' | 'barcode' | 'name' | 'unit' | 'price'>
  inTransitTransfers: number
}
