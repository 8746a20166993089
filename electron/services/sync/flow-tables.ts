import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

// The till's tables of migration 0022 (hub flow), kept beside the sync code that uses them.

export interface SyncDocOutboxTable {
  id: number
  kind: 'transfer' | 'exhibition' | 'count_snapshot'
  row_id: string
  sent_at: number | null
}

export interface SyncMasterEditsTable {
  id: number
  table_name: string
  row_id: string
  /** JSON object of the changed columns' new values. */
  fields: string
  sent_at: number | null
}

export interface SyncApplyingTable {
  id: number
}

export interface HubRowsTable {
  device_id: string
  seq: number
  table_name: string
  row_id: string
  location_id: string | null
  data: string
}

export interface HubDownCursorTable {
  device_id: string
  seq: number
}

export interface HubStockLevelsTable {
  location_id: string
  product_id: string
  on_hand: number
}

export interface HubTillsTable {
  device_id: string
  code: string
}

export interface FlowTables {
  sync_doc_outbox: SyncDocOutboxTable
  sync_master_edits: SyncMasterEditsTable
  sync_applying: SyncApplyingTable
  hub_rows: HubRowsTable
  hub_down_cursor: HubDownCursorTable
  hub_stock_levels: HubStockLevelsTable
  hub_tills: HubTillsTable
  hub_link: Database['hub_link'] & { levels_at: number | null }
}

export type FlowDatabase = Omit<Database, 'hub_link'> & FlowTables

/** The same connection, seen with 0022's tables. */
export const flowDb = (db: Kysely<Database>) => db as unknown as Kysely<FlowDatabase>
