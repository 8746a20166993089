import type { HubDatabase } from './hub-types'
import { sql, type Kysely } from 'kysely'

// The hub admin's side of tills' edits to existing master rows: list what waits, apply or reject.
// The same is one SQL call in psql: SELECT hub_decide_proposal(<id>, true).

export interface PendingEdit {
  id: number
  /** 'edit' changes fields of a row; 'version' adds a version (a split rule) as it stands. */
  kind: 'edit' | 'version'
  deviceId: string
  table: string
  rowId: string
  /** Only the fields the till changed, with their new values. */
  fields: Record<string, unknown>
  proposedAt: Date
}

export async function listPendingEdits(db: Kysely<HubDatabase>): Promise<PendingEdit[]> {
  const { rows } = await sql<{
    id: string
    kind: 'edit' | 'version'
    device_id: string
    table_name: string
    row_id: string
    data: Record<string, unknown>
    proposed_at: Date
  }>`SELECT p.id, p.kind, p.device_id, p.table_name, p.row_id, p.data, p.proposed_at
     FROM master_proposals p
     WHERE p.kind IN ('edit', 'version') AND NOT EXISTS (SELECT 1 FROM master_decisions d WHERE d.proposal_id = p.id)
     ORDER BY p.id`.execute(db)
  return rows.map((row) => ({
    id: Number(row.id),
    kind: row.kind,
    deviceId: row.device_id,
    table: row.table_name,
    rowId: row.row_id,
    fields: row.data,
    proposedAt: row.proposed_at,
  }))
}

/**
 * Applies (an edit merges the proposed fields into the row as the hub holds it, as its next version,
 * so every till downloads it) or rejects one edit; either way the decision is recorded.
 * Returns the new version, or null for a rejection.
 */
export async function decideProposal(
  db: Kysely<HubDatabase>,
  id: number,
  apply: boolean,
  note: string | null = null,
): Promise<number | null> {
  const { rows } = await sql<{
    v: string | null
  }>`SELECT hub_decide_proposal(${id}, ${apply}, ${note}) AS v`.execute(db)
  const version = rows[0]?.v
  return version === null || version === undefined ? null : Number(version)
}
