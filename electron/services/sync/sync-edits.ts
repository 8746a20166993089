import type { HubDatabase } from '../../hub/hub-types'
import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { flowDb } from './flow-tables'

// Up: edits of master rows the hub already holds. Each edit made on this till (only the fields
// that changed, kept by 0022's triggers) becomes a proposal the hub's admin decides; an applied
// one comes back down as a new version like any master row. source_id makes a replay a no-op.
// A split rule written here (0025) is a whole new version, not changed fields: it goes up as a
// 'version' proposal, which also waits for the admin and becomes its own master row.

export async function proposeEdits(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
  now: number,
  limit = 500,
): Promise<number> {
  const flow = flowDb(db)
  const edits = await flow
    .selectFrom('sync_master_edits')
    .selectAll()
    .where('sent_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute()
  if (edits.length === 0) return 0
  await hub
    .insertInto('master_proposals')
    .values(
      edits.map((edit) => ({
        device_id: deviceId,
        table_name: edit.table_name,
        row_id: edit.row_id,
        data: edit.fields,
        kind: edit.table_name === 'split_rules' ? ('version' as const) : ('edit' as const),
        source_id: `edit:${edit.id}`,
      })),
    )
    .onConflict((oc) => oc.doNothing())
    .execute()
  await flow
    .updateTable('sync_master_edits')
    .set({ sent_at: now })
    .where(
      'id',
      'in',
      edits.map((edit) => edit.id),
    )
    .where('sent_at', 'is', null)
    .execute()
  return edits.length
}
