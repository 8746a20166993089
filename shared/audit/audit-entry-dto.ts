/** Data shapes of the audit entry area (split out of the old shared/dto.ts). */

export interface AuditEntryDto {
  id: string
  at: string
  action: string
  userName: string
  approvedByName: string | null
  reason: string | null
  refType: string | null
  refId: string | null
  detail: string
}
