import type { Generated } from 'kysely'

// The hub's tables as the tills and the admin see them through Kysely (see hub-schema.ts).
// pg returns bigint columns as text; readers convert with Number().

export interface LedgerRowsTable {
  received_id: Generated<string>
  device_id: string
  seq: number | string
  table_name: string
  row_id: string
  prev_hash: string
  hash: string
  canonical: string
  /** Derived by the hub from canonical; a till sends '{}'. */
  data: unknown
  location_id: Generated<string | null>
  received_at: Generated<Date>
}

export interface QuarantineTable {
  id: Generated<string>
  role_name: string
  device_id: string
  seq: string
  table_name: string
  row_id: string
  prev_hash: string
  hash: string
  canonical: string
  problem: string
  detail: string | null
  received_at: Generated<Date>
}

export interface MasterRowsTable {
  table_name: string
  id: string
  data: unknown
  version: number | string
  updated_at: Generated<Date>
}

export interface MasterProposalsTable {
  id: Generated<string>
  device_id: string
  table_name: string
  row_id: string
  data: unknown
  proposed_at: Generated<Date>
  applied_version: Generated<string | null>
  /**
   * 'new' is applied on arrival; 'edit' waits for the admin's decision (schema v3); 'version'
   * (a till's new split rule, schema v4) waits too and becomes its own master row.
   */
  kind: Generated<'new' | 'edit' | 'version'>
  /** The till's own record the proposal came from (an edit's master_history id). */
  source_id: string | null
}

export interface TillsTable {
  role_name: string
  code: string
  device_id: string | null
  created_at: Generated<Date>
  joined_at: Date | null
}

export interface TillLocationsTable {
  role_name: string
  location_id: string
}

/** Hub schema v2: which local id of a device is which shared row (written once). */
export interface SharedIdsTable {
  device_id: string
  table_name: string
  local_id: string
  shared_id: string
  received_at: Generated<Date>
}

/** A state of a transfer, exhibition or opname snapshot as a till saw it (schema v2). */
export interface DocSnapshotsTable {
  received_id: Generated<string>
  device_id: string
  kind: 'transfer' | 'exhibition' | 'count_snapshot'
  row_id: string
  payload: string
  digest: string
  data: Generated<unknown>
  location_ids: string[]
  taken_at: number | string
  received_at: Generated<Date>
}

export interface MasterDecisionsTable {
  proposal_id: string
  decision: 'applied' | 'rejected'
  version: string | null
  note: string | null
  decided_by: Generated<string>
  decided_at: Generated<Date>
}

export interface HubDatabase {
  shared_ids: SharedIdsTable
  ledger_rows: LedgerRowsTable
  quarantine: QuarantineTable
  master_rows: MasterRowsTable
  master_proposals: MasterProposalsTable
  tills: TillsTable
  till_locations: TillLocationsTable
  doc_snapshots: DocSnapshotsTable
  master_decisions: MasterDecisionsTable
}
