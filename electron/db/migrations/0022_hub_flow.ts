import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// More rows meet the hub (see 0017):
// - Up: transfers, exhibitions and opname snapshots change state, so they are not chained;
//   every change queues the document in sync_doc_outbox in the change's own transaction, and
//   the uploader sends the document as it stands (the hub keeps each distinct state).
// - Up: an edit of a master row made here is kept as the changed fields and proposed to the
//   hub, whose admin decides; rows the hub itself sent down are not edits (sync_applying).
// - Down: other tills' sales at shared locations, kept read-only beside this till's own
//   ledgers (never in this device's chain), and every location's stock as the hub knows it.

const docQueue = (kind: string, rowId: string) =>
  `INSERT INTO sync_doc_outbox (kind, row_id) VALUES ('${kind}', ${rowId})`

/** Master tables a till may edit, with the columns an edit can change (local-only left out). */
const editable: Record<string, string[]> = {
  products: [
    'sku',
    'barcode',
    'name',
    'category_id',
    'unit',
    'price',
    'cost',
    'workshop_id',
    'active',
    'reorder_level',
  ],
  users: ['name', 'role', 'pin_hash', 'active'],
  categories: ['name'],
  workshops: ['name', 'active'],
}

/** The changed columns only, as a JSON object of their new values. */
const changedFields = (columns: string[]) =>
  `json_remove(json_object(${columns.map((c) => `'${c}', new.${c}`).join(', ')}), ${columns
    .map((c) => `CASE WHEN old.${c} IS new.${c} THEN '$.${c}' ELSE '$.__unchanged' END`)
    .join(', ')})`

const editTriggers = Object.entries(editable).flatMap(([table, columns]) => [
  `CREATE TRIGGER ${table}_hub_edit AFTER UPDATE ON ${table}
   WHEN NOT EXISTS (SELECT 1 FROM sync_applying) AND ${changedFields(columns)} <> '{}'
   BEGIN
     INSERT INTO sync_master_edits (table_name, row_id, fields)
     VALUES ('${table}', new.id, ${changedFields(columns)});
   END`,
])

const readOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'read-only: ${table} rows come from the hub'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'read-only: ${table} rows come from the hub'); END`,
]

const statements = [
  `CREATE TABLE sync_doc_outbox (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('transfer', 'exhibition', 'count_snapshot')),
     row_id TEXT NOT NULL,
     sent_at INTEGER
   ) STRICT`,
  `CREATE INDEX sync_doc_outbox_waiting ON sync_doc_outbox(id) WHERE sent_at IS NULL`,
  `CREATE TRIGGER sync_doc_outbox_sent_once BEFORE UPDATE ON sync_doc_outbox
     WHEN old.sent_at IS NOT NULL OR new.kind IS NOT old.kind OR new.row_id IS NOT old.row_id
   BEGIN SELECT RAISE(ABORT, 'sync_doc_outbox: only the sent mark may be set, once'); END`,
  `CREATE TRIGGER sync_doc_outbox_no_delete BEFORE DELETE ON sync_doc_outbox
   BEGIN SELECT RAISE(ABORT, 'sync_doc_outbox rows cannot be deleted'); END`,
  // Every change queues a new row (never merged into a waiting one): a change made while an
  // upload is in flight stays waiting after that upload marks what it read.
  `CREATE TRIGGER transfers_hub_insert AFTER INSERT ON transfers
   BEGIN ${docQueue('transfer', 'new.id')}; END`,
  `CREATE TRIGGER transfers_hub_update AFTER UPDATE ON transfers
   BEGIN ${docQueue('transfer', 'new.id')}; END`,
  `CREATE TRIGGER transfer_lines_hub_insert AFTER INSERT ON transfer_lines
   BEGIN ${docQueue('transfer', 'new.transfer_id')}; END`,
  `CREATE TRIGGER transfer_lines_hub_update AFTER UPDATE ON transfer_lines
   BEGIN ${docQueue('transfer', 'new.transfer_id')}; END`,
  `CREATE TRIGGER transfer_lines_hub_delete AFTER DELETE ON transfer_lines
   BEGIN ${docQueue('transfer', 'old.transfer_id')}; END`,
  `CREATE TRIGGER exhibitions_hub_insert AFTER INSERT ON exhibitions
   BEGIN ${docQueue('exhibition', 'new.location_id')}; END`,
  `CREATE TRIGGER exhibitions_hub_update AFTER UPDATE ON exhibitions
   BEGIN ${docQueue('exhibition', 'new.location_id')}; END`,
  // The snapshot is written whole in the transaction that starts counting.
  `CREATE TRIGGER stock_count_events_hub_snapshot AFTER INSERT ON stock_count_events
   WHEN new.state = 'counting'
   BEGIN ${docQueue('count_snapshot', 'new.count_id')}; END`,
  // What exists so far waits for the first upload.
  `INSERT INTO sync_doc_outbox (kind, row_id) SELECT 'transfer', id FROM transfers ORDER BY rowid`,
  `INSERT INTO sync_doc_outbox (kind, row_id)
     SELECT 'exhibition', location_id FROM exhibitions ORDER BY rowid`,
  `INSERT INTO sync_doc_outbox (kind, row_id)
     SELECT 'count_snapshot', id FROM stock_counts
     WHERE EXISTS (SELECT 1 FROM stock_count_snapshot s WHERE s.count_id = stock_counts.id)
     ORDER BY rowid`,

  // Set only inside the transaction that applies the hub's master rows.
  `CREATE TABLE sync_applying (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT`,
  `CREATE TABLE sync_master_edits (
     id INTEGER PRIMARY KEY,
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     fields TEXT NOT NULL CHECK (json_valid(fields)),
     sent_at INTEGER
   ) STRICT`,
  `CREATE INDEX sync_master_edits_waiting ON sync_master_edits(id) WHERE sent_at IS NULL`,
  `CREATE TRIGGER sync_master_edits_sent_once BEFORE UPDATE ON sync_master_edits
     WHEN old.sent_at IS NOT NULL OR new.fields IS NOT old.fields OR new.row_id IS NOT old.row_id
   BEGIN SELECT RAISE(ABORT, 'sync_master_edits: only the sent mark may be set, once'); END`,
  ...editTriggers,

  // Other tills' ledger rows at shared locations, exactly as the hub holds them.
  `CREATE TABLE hub_rows (
     device_id TEXT NOT NULL,
     seq INTEGER NOT NULL CHECK (seq > 0),
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     location_id TEXT,
     data TEXT NOT NULL CHECK (json_valid(data)),
     PRIMARY KEY (device_id, seq)
   ) STRICT`,
  `CREATE INDEX hub_rows_table ON hub_rows(table_name, location_id)`,
  ...readOnly('hub_rows'),
  `CREATE TABLE hub_down_cursor (
     device_id TEXT PRIMARY KEY,
     seq INTEGER NOT NULL CHECK (seq > 0)
   ) STRICT`,
  // Every location's on-hand as the hub knew it at the last sync (a cache, replaced whole).
  `CREATE TABLE hub_stock_levels (
     location_id TEXT NOT NULL,
     product_id TEXT NOT NULL,
     on_hand INTEGER NOT NULL,
     PRIMARY KEY (location_id, product_id)
   ) STRICT`,
  `ALTER TABLE hub_link ADD COLUMN levels_at INTEGER`,
  // Each other till's code by device, as the hub issued them (for "by till" in reports).
  `CREATE TABLE hub_tills (
     device_id TEXT PRIMARY KEY,
     code TEXT NOT NULL
   ) STRICT`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
