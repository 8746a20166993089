import type { Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import type { Actor, ServiceContext } from './context'

export interface AuditEntry {
  action: string
  reason?: string | null
  approvedBy?: string | null
  refType?: string
  refId?: string
  detail?: Record<string, unknown>
}

/**
 * Appends to the audit trail inside the caller's transaction, so the record of a sensitive
 * action exists exactly when the action does.
 */
export async function recordAudit(
  trx: Transaction<Database>,
  ctx: Pick<ServiceContext, 'ids' | 'clock' | 'deviceId'>,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      id: ctx.ids.next(),
      action: entry.action,
      user_id: actor.userId,
      approved_by: entry.approvedBy ?? actor.approvedBy?.userId ?? null,
      reason: entry.reason ?? null,
      ref_type: entry.refType ?? null,
      ref_id: entry.refId ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
      device_id: ctx.deviceId,
      created_at: ctx.clock.now(),
    })
    .execute()
}
