import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Several tills meet in a PostgreSQL hub. The outbox is filled by a trigger on ledger_chain:
// every ledger row this device writes joins its chain in the row's own transaction, so the
// record of what is waiting is written together with the sale and nothing can be sold and
// never sent. Other tills' stock movements at shared locations arrive from the hub: they keep
// their own device id and never join this device's chain (one chain per device).

const stockMovementColumns = [
  'id',
  'product_id',
  'location_id',
  'qty',
  'reason',
  'unit_cost',
  'workshop_id',
  'ref_type',
  'ref_id',
  'note',
  'user_id',
  'device_id',
  'created_at',
]

const statements = [
  `CREATE TABLE sync_outbox (
     seq INTEGER PRIMARY KEY REFERENCES ledger_chain(seq),
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     sent_at INTEGER
   ) STRICT`,
  `CREATE INDEX sync_outbox_waiting ON sync_outbox(seq) WHERE sent_at IS NULL`,
  // Only the sent mark ever changes, and only once: the queue itself is never rewritten.
  `CREATE TRIGGER sync_outbox_sent_once BEFORE UPDATE ON sync_outbox
     WHEN old.sent_at IS NOT NULL OR new.seq IS NOT old.seq OR new.table_name IS NOT old.table_name
       OR new.row_id IS NOT old.row_id
   BEGIN SELECT RAISE(ABORT, 'sync_outbox: only the sent mark may be set, once'); END`,
  `CREATE TRIGGER sync_outbox_no_delete BEFORE DELETE ON sync_outbox
   BEGIN SELECT RAISE(ABORT, 'sync_outbox rows cannot be deleted'); END`,
  `CREATE TRIGGER ledger_chain_outbox AFTER INSERT ON ledger_chain BEGIN
     INSERT INTO sync_outbox (seq, table_name, row_id) VALUES (new.seq, new.table_name, new.row_id);
   END`,
  // The history so far waits for the first upload.
  `INSERT INTO sync_outbox (seq, table_name, row_id)
     SELECT seq, table_name, row_id FROM ledger_chain ORDER BY seq`,
  // Per other device: the highest chain position of its rows already taken from the hub.
  `CREATE TABLE sync_down_cursor (
     device_id TEXT PRIMARY KEY,
     seq INTEGER NOT NULL CHECK (seq > 0)
   ) STRICT`,
  // The hub this till has joined (at most one). The password lives outside the database file,
  // so a backup copied to a stick does not carry it.
  `CREATE TABLE hub_link (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     host TEXT NOT NULL,
     port INTEGER NOT NULL CHECK (port BETWEEN 1 AND 65535),
     database TEXT NOT NULL,
     role TEXT NOT NULL,
     joined_at INTEGER NOT NULL,
     master_version INTEGER NOT NULL DEFAULT 0,
     last_sync_at INTEGER,
     last_error TEXT,
     last_error_at INTEGER
   ) STRICT`,
  // A movement from another device (it carries that device's id) does not join this chain.
  `DROP TRIGGER stock_movements_chain`,
  `CREATE TRIGGER stock_movements_chain AFTER INSERT ON stock_movements
   WHEN new.device_id = (SELECT json_extract(value, '$') FROM settings WHERE key = 'device.id')
   BEGIN
     INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
     SELECT 'stock_movements', new.id, p.h,
            sha256(p.h || json_array('stock_movements', ${stockMovementColumns.map((c) => `new.${c}`).join(', ')}))
     FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p;
   END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
