import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Stock documents: intake and write-off documents, transfers with an in-transit state,
// exhibitions (an event location with dates and an open/closed state) and a reorder level
// per product. Movements stay in stock_movements (0001), which is already hash-chained;
// every movement a document posts points back at it through ref_type / ref_id.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const isoDate = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`

const statements = [
  `ALTER TABLE products ADD COLUMN reorder_level INTEGER NOT NULL DEFAULT 0
     CHECK (reorder_level BETWEEN 0 AND 1000000)`,
  `CREATE INDEX products_low_stock ON products(reorder_level) WHERE reorder_level > 0`,
  // The Stok screen filters by category or workshop and pages by name.
  `CREATE INDEX products_category_name ON products(category_id, name)`,
  `CREATE INDEX products_workshop_name ON products(workshop_id, name)`,
  `CREATE INDEX stock_movements_ref ON stock_movements(ref_type, ref_id)`,
  `CREATE INDEX stock_movements_location ON stock_movements(location_id, reason, product_id)`,
  `CREATE INDEX stock_levels_location ON stock_levels(location_id, product_id)`,

  // Exhibition facts beside its location; closing is final (the trigger refuses reopening).
  `CREATE TABLE exhibitions (
     location_id TEXT PRIMARY KEY REFERENCES locations(id),
     place TEXT NOT NULL CHECK (length(place) <= 120),
     starts_on TEXT NOT NULL CHECK (${isoDate('starts_on')}),
     ends_on TEXT NOT NULL CHECK (${isoDate('ends_on')} AND ends_on >= starts_on),
     state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','closed')),
     return_location_id TEXT REFERENCES locations(id),
     closed_by TEXT REFERENCES users(id),
     closed_at INTEGER,
     close_note TEXT CHECK (close_note IS NULL OR length(close_note) <= 200),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((state = 'closed') = (closed_at IS NOT NULL))
   ) STRICT`,
  `CREATE TRIGGER exhibitions_closed_final BEFORE UPDATE ON exhibitions WHEN old.state = 'closed'
     BEGIN SELECT RAISE(ABORT, 'a closed exhibition cannot be changed'); END`,
  `CREATE TRIGGER exhibitions_no_delete BEFORE DELETE ON exhibitions
     BEGIN SELECT RAISE(ABORT, 'exhibitions cannot be deleted'); END`,

  // Intake (production, purchase, consignment) and write-off (damaged, sample) documents:
  // posted whole in one transaction, never changed afterwards.
  `CREATE TABLE stock_docs (
     id TEXT PRIMARY KEY,
     doc_no TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN (
       'production_in','purchase_in','consignment_in','damaged','sample')),
     location_id TEXT NOT NULL REFERENCES locations(id),
     workshop_id TEXT REFERENCES workshops(id),
     doc_date TEXT NOT NULL CHECK (${isoDate('doc_date')}),
     batch TEXT CHECK (batch IS NULL OR length(batch) <= 40),
     party TEXT CHECK (party IS NULL OR length(party) <= 80),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX stock_docs_created ON stock_docs(created_at)`,
  ...appendOnly('stock_docs'),
  `CREATE TABLE stock_doc_lines (
     id TEXT PRIMARY KEY,
     doc_id TEXT NOT NULL REFERENCES stock_docs(id),
     line_no INTEGER NOT NULL CHECK (line_no > 0),
     product_id TEXT NOT NULL REFERENCES products(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
     UNIQUE (doc_id, line_no)
   ) STRICT`,
  ...appendOnly('stock_doc_lines'),

  // One gapless counter per series (document prefix and year).
  `CREATE TABLE stock_doc_counters (
     series TEXT PRIMARY KEY,
     last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
   ) STRICT`,

  // A transfer moves forward only: draft → in_transit → received, or draft → cancelled.
  // While in transit its goods are at neither location (transfer_out posted, transfer_in not).
  `CREATE TABLE transfers (
     id TEXT PRIMARY KEY,
     transfer_no TEXT NOT NULL UNIQUE,
     from_location_id TEXT NOT NULL REFERENCES locations(id),
     to_location_id TEXT NOT NULL REFERENCES locations(id),
     state TEXT NOT NULL CHECK (state IN ('draft','in_transit','received','cancelled')),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     receive_note TEXT CHECK (receive_note IS NULL OR length(receive_note) <= 200),
     created_by TEXT NOT NULL REFERENCES users(id),
     sent_by TEXT REFERENCES users(id),
     sent_at INTEGER,
     received_by TEXT REFERENCES users(id),
     received_at INTEGER,
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK (from_location_id <> to_location_id),
     CHECK ((state IN ('in_transit','received')) = (sent_at IS NOT NULL)),
     CHECK ((state = 'received') = (received_at IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX transfers_state ON transfers(state, created_at)`,
  `CREATE TRIGGER transfers_forward_only BEFORE UPDATE ON transfers
     WHEN NOT ((old.state = 'draft' AND new.state IN ('draft','in_transit','cancelled'))
            OR (old.state = 'in_transit' AND new.state = 'received'))
       OR new.from_location_id <> old.from_location_id
       OR new.to_location_id <> old.to_location_id
       OR new.transfer_no <> old.transfer_no
     BEGIN SELECT RAISE(ABORT, 'transfer state can only move forward'); END`,
  `CREATE TRIGGER transfers_no_delete BEFORE DELETE ON transfers
     BEGIN SELECT RAISE(ABORT, 'transfers cannot be deleted'); END`,
  `CREATE TABLE transfer_lines (
     id TEXT PRIMARY KEY,
     transfer_id TEXT NOT NULL REFERENCES transfers(id),
     line_no INTEGER NOT NULL CHECK (line_no > 0),
     product_id TEXT NOT NULL REFERENCES products(id),
     qty_sent INTEGER NOT NULL CHECK (qty_sent > 0),
     unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
     qty_received INTEGER CHECK (qty_received IS NULL OR qty_received >= 0),
     qty_damaged INTEGER CHECK (qty_damaged IS NULL OR qty_damaged >= 0),
     qty_missing INTEGER CHECK (qty_missing IS NULL OR qty_missing >= 0),
     CHECK ((qty_received IS NULL) = (qty_damaged IS NULL)
        AND (qty_received IS NULL) = (qty_missing IS NULL)),
     CHECK (qty_received IS NULL OR qty_received + qty_damaged + qty_missing = qty_sent),
     UNIQUE (transfer_id, line_no),
     UNIQUE (transfer_id, product_id)
   ) STRICT`,
  `CREATE INDEX transfer_lines_product ON transfer_lines(product_id)`,
  // Lines change only while the transfer is a draft (replaced) or being received (counted).
  `CREATE TRIGGER transfer_lines_guard_insert BEFORE INSERT ON transfer_lines
     WHEN (SELECT state FROM transfers WHERE id = new.transfer_id) <> 'draft'
     BEGIN SELECT RAISE(ABORT, 'transfer lines are fixed once sent'); END`,
  `CREATE TRIGGER transfer_lines_guard_update BEFORE UPDATE ON transfer_lines
     WHEN (SELECT state FROM transfers WHERE id = old.transfer_id) <> 'in_transit'
       OR new.qty_sent <> old.qty_sent OR new.product_id <> old.product_id
       OR new.transfer_id <> old.transfer_id OR old.qty_received IS NOT NULL
     BEGIN SELECT RAISE(ABORT, 'transfer lines are fixed once sent'); END`,
  `CREATE TRIGGER transfer_lines_guard_delete BEFORE DELETE ON transfer_lines
     WHEN (SELECT state FROM transfers WHERE id = old.transfer_id) <> 'draft'
     BEGIN SELECT RAISE(ABORT, 'transfer lines are fixed once sent'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
