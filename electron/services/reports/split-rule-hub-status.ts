import { sql, type Kysely } from 'kysely'
import type { SplitRuleHubStatus } from '../../../shared/reports/reports-dto'
import type { Database } from '../../db/schema'

// A split rule written here goes up as a proposal (0025 queues it in sync_master_edits) and the
// admin's decision comes back at sync (0026, sync-decisions.ts). This reads the two together.

interface Row {
  rule_id: string
  sent_at: number | null
  decision: 'applied' | 'rejected' | null
  note: string | null
  decided_at: number | null
}

/**
 * The hub status of each rule this device wrote, by rule id. A rule is waiting once it went up
 * or while the till is joined (it goes up at the next sync); on a till that never joined, its
 * rules only queue and have no status.
 */
export async function splitRuleHubStatuses(
  db: Kysely<Database>,
  deviceId: string,
): Promise<Map<string, SplitRuleHubStatus>> {
  const joined = (await db.selectFrom('hub_link').select('id').executeTakeFirst()) !== undefined
  // The newest proposal of a rule wins (ordered by queue id); a rule has one in practice.
  const { rows } = await sql<Row>`
    SELECT r.id AS rule_id, e.sent_at, d.decision, d.note, d.decided_at
    FROM split_rules r
    JOIN sync_master_edits e
      ON e.table_name = 'split_rules' AND e.row_id = coalesce(r.shared_id, r.id)
    LEFT JOIN hub_decisions d
      ON d.source_id = 'edit:' || e.id AND d.table_name = e.table_name AND d.row_id = e.row_id
    WHERE r.device_id = ${deviceId}
    ORDER BY e.id`.execute(db)
  const statuses = new Map<string, SplitRuleHubStatus>()
  for (const row of rows) {
    if (row.decision !== null) {
      statuses.set(row.rule_id, {
        state: row.decision,
        note: row.note,
        decidedAt: row.decided_at === null ? null : new Date(row.decided_at).toISOString(),
      })
    } else if (joined || row.sent_at !== null) {
      statuses.set(row.rule_id, { state: 'waiting', note: null, decidedAt: null })
    }
  }
  return statuses
}
