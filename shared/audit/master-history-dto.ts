/** What a master-data history row is about (migration 0016). */
export const historyEntities = [
  'product',
  'user',
  'role_permission',
  'payment_method',
  'setting',
] as const
export type HistoryEntity = (typeof historyEntities)[number]

/** One change: who, when, what, old → new. PINs show only as "changed". */
export interface MasterHistoryRowDto {
  id: string
  at: number
  entity: HistoryEntity
  entityId: string
  /** The product's, person's or payment method's name now; the role or setting key otherwise. */
  entityName: string
  /** A column (`price`), `created` for a new record, `pin`, `permission` or `value`. */
  field: string
  oldValue: string | null
  newValue: string | null
  /** Null for changes made by the app itself (first set-up, upgrades). */
  userName: string | null
  approvedByName: string | null
}
