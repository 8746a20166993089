import type { HubDatabase } from '../../hub/hub-types'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

// Down: the admin's decisions on this till's proposals (hub schema v3's master_decisions; row-
// level security lets a till role read its own proposals and the decisions on them). Only the
// proposals this till sent and has no decision for are asked about, so a sync with nothing
// waiting sends no query, and a decision already here is never asked for again. The hub never
// changes a decision, so each is added once and a replay adds nothing.

interface DecisionRow {
  proposal_id: string
  source_id: string
  table_name: string
  row_id: string
  decision: 'applied' | 'rejected'
  note: string | null
  decided_at: Date
}

/** Takes the decisions new to this till; answers how many were added. */
export async function downloadDecisions(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
): Promise<number> {
  const { rows: waiting } = await sql<{ source_id: string }>`
    SELECT 'edit:' || e.id AS source_id FROM sync_master_edits e
    WHERE e.sent_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM hub_decisions d WHERE d.source_id = 'edit:' || e.id)`.execute(
    db,
  )
  if (waiting.length === 0) return 0
  const { rows } = await sql<DecisionRow>`
    SELECT p.id AS proposal_id, p.source_id, p.table_name, p.row_id, d.decision, d.note,
           d.decided_at
    FROM master_decisions d JOIN master_proposals p ON p.id = d.proposal_id
    WHERE p.device_id = ${deviceId}
      AND p.source_id = ANY(${waiting.map((row) => row.source_id)}::text[])
    ORDER BY p.id`.execute(hub)
  if (rows.length === 0) return 0
  let added = 0
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      const result = await trx
        .insertInto('hub_decisions')
        .values({
          source_id: row.source_id,
          proposal_id: Number(row.proposal_id),
          table_name: row.table_name,
          row_id: row.row_id,
          decision: row.decision,
          note: row.note,
          decided_at: new Date(row.decided_at).getTime(),
        })
        .onConflict((oc) => oc.column('source_id').doNothing())
        .executeTakeFirst()
      added += Number(result.numInsertedOrUpdatedRows ?? 0)
    }
  })
  return added
}
