import type { AuditEntryDto } from './audit-entry-dto'

/** One audit entry as the viewer and the export show it. */
export interface AuditRowDto extends AuditEntryDto {
  userId: string
  /** What the entry is about, in words: a receipt number, `Z 12`, a person, a product. */
  target: string | null
}

export interface AuditFilterOptionsDto {
  /** Everyone who appears in the trail (as actor), active or not, by name. */
  users: Array<{ id: string; name: string }>
  /** Every action code recorded so far, sorted. */
  actions: string[]
}
