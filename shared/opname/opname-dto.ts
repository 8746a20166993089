/** A count document's state. `draft` is a document with no state events yet. */
export type CountState = 'draft' | 'counting' | 'review' | 'posted' | 'cancelled'
export type CountScopeKind = 'all' | 'category' | 'workshop'

export interface CountSummaryDto {
  id: string
  countNo: string
  state: CountState
  locationId: string
  locationName: string
  scope: { kind: CountScopeKind; id: string | null; name: string | null }
  personInCharge: string
  witness: string
  headOfShowroom: string | null
  note: string | null
  createdAt: number
  createdBy: string
  /** When the state last changed (posting time once posted). */
  updatedAt: number
}

export interface CountEventDto {
  state: Exclude<CountState, 'draft'>
  at: number
  by: string
  approvedBy: string | null
  reason: string | null
}

export interface CountSessionDto {
  id: string
  label: string
  userName: string
  createdAt: number
  /** Units counted in this session (scans and typed quantities, less undos). */
  units: number
}

/**
 * One product of the count. While counting, the system quantity is hidden (blind count):
 * `expected`, `variance` and everything in Rupiah are null. Rupiah is also null for people
 * without the `cost.view` permission.
 */
export interface CountLineDto {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  /** null = not counted yet (no entries, or every entry undone). */
  counted: number | null
  /** A confirmed zero: the item was declared absent in review. */
  confirmedZero: boolean
  expected: number | null
  /** On hand when counting started (the snapshot). */
  snapshot: number | null
  /** Movements at the location after the snapshot that are part of `expected`. */
  movedSinceSnapshot: number | null
  variance: number | null
  unitCost: number | null
  varianceValue: number | null
  reason: string | null
  reasonRequired: boolean
  /** Stock moved between this product's first and last count entry: recount advised. */
  movedWhileCounting: boolean
}

export interface CountTotalsDto {
  lines: number
  counted: number
  uncounted: number
  countedUnits: number
  expectedUnits: number
  shortageUnits: number
  surplusUnits: number
  shortageValue: number | null
  surplusValue: number | null
  netValue: number | null
  missingReasons: number
}

export interface CountDocumentDto extends CountSummaryDto {
  events: CountEventDto[]
  sessions: CountSessionDto[]
  /** Counting: only counted lines, blind. Review and after: every line with stock or a count. */
  lines: CountLineDto[]
  /** null while counting (blind). */
  totals: CountTotalsDto | null
  canSeeCost: boolean
}

export interface CountEntryResultDto {
  entryId: string
  kind: 'scan' | 'typed' | 'undo' | 'zero'
  qty: number
  product: { id: string; name: string; sku: string; barcode: string | null; unit: string }
  /** The product's counted total over every session after this entry. */
  counted: number
}

export interface CountOptionsDto {
  locations: Array<{ id: string; name: string; kind: string }>
  categories: Array<{ id: string; name: string }>
  workshops: Array<{ id: string; name: string }>
  /** Active users, names only: picked as person in charge or witness (or a free name). */
  people: Array<{ id: string; name: string }>
}
