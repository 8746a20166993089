import type { Insertable } from 'kysely'
import type { Database } from '../../db/schema'
import { recordAudit, type AuditEntry } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'

/** Laporan's own append-only records: each carries who wrote it, on which till and when. */
type ReportsRecordTable =
  | 'split_rules'
  | 'pnbp_deposits'
  | 'pnbp_deposit_cancellations'
  | 'pnbp_targets'

type OwnFields = 'id' | 'user_id' | 'device_id' | 'created_at'

/**
 * Appends one record and its audit entry in one transaction, so neither exists without the
 * other. The id, person, till and time are filled in here; the caller gives the rest.
 */
export async function recordWithAudit<T extends ReportsRecordTable>(
  ctx: ServiceContext,
  actor: Actor,
  table: T,
  values: Omit<Insertable<Database[T]>, OwnFields>,
  audit: (id: string) => AuditEntry,
): Promise<string> {
  const id = ctx.ids.next()
  const row = {
    ...values,
    id,
    user_id: actor.userId,
    device_id: ctx.deviceId,
    created_at: ctx.clock.now(),
  }
  await ctx.db.transaction().execute(async (trx) => {
    // Kysely cannot narrow a table chosen by a type parameter; the row is checked above.
    await trx
      .insertInto(table)
      .values(row as never)
      .execute()
    await recordAudit(trx, ctx, actor, audit(id))
  })
  return id
}
