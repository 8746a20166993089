import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Stock opname (physical count). The document's header never changes; everything that happens
// to it is a new row: state changes (events), counting sessions, count entries (a scan, a typed
// quantity, an undo, a confirmed zero) and variance reasons. Posting writes count_adjustment
// movements into stock_movements and closes the document; triggers then refuse any new row.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

/** A posted or cancelled count takes no further rows of any kind. */
const lockedWhenClosed = (table: string) =>
  `CREATE TRIGGER ${table}_closed BEFORE INSERT ON ${table}
     WHEN EXISTS (SELECT 1 FROM stock_count_events e
                  WHERE e.count_id = new.count_id AND e.state IN ('posted','cancelled'))
     BEGIN SELECT RAISE(ABORT, 'locked: this stock count is closed'); END`

const statements = [
  `CREATE TABLE stock_counts (
     id TEXT PRIMARY KEY,
     count_no TEXT NOT NULL CHECK (length(count_no) BETWEEN 1 AND 40),
     seq INTEGER NOT NULL CHECK (seq > 0),
     location_id TEXT NOT NULL REFERENCES locations(id),
     scope_kind TEXT NOT NULL CHECK (scope_kind IN ('all','category','workshop')),
     scope_id TEXT,
     scope_name TEXT,
     pic_user_id TEXT REFERENCES users(id),
     pic_name TEXT NOT NULL CHECK (length(pic_name) BETWEEN 1 AND 80),
     witness_user_id TEXT REFERENCES users(id),
     witness_name TEXT NOT NULL CHECK (length(witness_name) BETWEEN 1 AND 80),
     head_name TEXT CHECK (head_name IS NULL OR length(head_name) BETWEEN 1 AND 80),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (device_id, seq),
     CHECK ((scope_kind = 'all') = (scope_id IS NULL))
   ) STRICT`,
  `CREATE INDEX stock_counts_created ON stock_counts(created_at)`,
  ...appendOnly('stock_counts'),

  // Gapless document numbers per device, taken inside the creating transaction.
  `CREATE TABLE stock_count_counters (
     device_id TEXT PRIMARY KEY,
     last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
   ) STRICT`,

  // draft is the absence of events; the first 'counting' event carries the ledger watermark
  // (the highest stock_movements rowid when the expected quantities were snapshotted).
  `CREATE TABLE stock_count_events (
     id TEXT PRIMARY KEY,
     count_id TEXT NOT NULL REFERENCES stock_counts(id),
     seq INTEGER NOT NULL CHECK (seq > 0),
     state TEXT NOT NULL CHECK (state IN ('counting','review','posted','cancelled')),
     movement_watermark INTEGER CHECK (movement_watermark IS NULL OR movement_watermark >= 0),
     reason TEXT CHECK (reason IS NULL OR length(reason) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (count_id, seq)
   ) STRICT`,
  ...appendOnly('stock_count_events'),
  lockedWhenClosed('stock_count_events'),

  // On hand per product at the location at the watermark. Derived data (it equals the sum of
  // movements up to the watermark), so it is not chained; the unit cost is the cost of record
  // that values the variances.
  `CREATE TABLE stock_count_snapshot (
     count_id TEXT NOT NULL REFERENCES stock_counts(id),
     product_id TEXT NOT NULL REFERENCES products(id),
     on_hand INTEGER NOT NULL,
     unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
     PRIMARY KEY (count_id, product_id)
   ) STRICT, WITHOUT ROWID`,
  ...appendOnly('stock_count_snapshot'),
  lockedWhenClosed('stock_count_snapshot'),

  `CREATE TABLE stock_count_sessions (
     id TEXT PRIMARY KEY,
     count_id TEXT NOT NULL REFERENCES stock_counts(id),
     label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX stock_count_sessions_count ON stock_count_sessions(count_id)`,
  ...appendOnly('stock_count_sessions'),
  lockedWhenClosed('stock_count_sessions'),

  // Every scan (+1), typed quantity (±n), undo (the negation of one earlier entry) and
  // confirmed zero (an uncounted item declared absent) is its own row. The counted quantity
  // of a product is the sum of its entries; movement_watermark says when it was counted.
  `CREATE TABLE stock_count_entries (
     id TEXT PRIMARY KEY,
     count_id TEXT NOT NULL REFERENCES stock_counts(id),
     session_id TEXT REFERENCES stock_count_sessions(id),
     product_id TEXT NOT NULL REFERENCES products(id),
     kind TEXT NOT NULL CHECK (kind IN ('scan','typed','undo','zero')),
     qty INTEGER NOT NULL CHECK (qty BETWEEN -100000 AND 100000),
     undoes_entry_id TEXT UNIQUE REFERENCES stock_count_entries(id),
     movement_watermark INTEGER NOT NULL CHECK (movement_watermark >= 0),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((kind = 'undo') = (undoes_entry_id IS NOT NULL)),
     CHECK (kind <> 'scan' OR qty = 1),
     CHECK (kind <> 'typed' OR qty <> 0),
     CHECK (kind <> 'zero' OR qty = 0),
     CHECK (kind = 'zero' OR session_id IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX stock_count_entries_count ON stock_count_entries(count_id, product_id)`,
  `CREATE INDEX stock_count_entries_session ON stock_count_entries(session_id, created_at)`,
  ...appendOnly('stock_count_entries'),
  lockedWhenClosed('stock_count_entries'),

  // Why a product's count differs; the latest row per product is the one that counts.
  `CREATE TABLE stock_count_reasons (
     id TEXT PRIMARY KEY,
     count_id TEXT NOT NULL REFERENCES stock_counts(id),
     product_id TEXT NOT NULL REFERENCES products(id),
     reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX stock_count_reasons_count ON stock_count_reasons(count_id, product_id)`,
  ...appendOnly('stock_count_reasons'),
  lockedWhenClosed('stock_count_reasons'),
]

// The canonical form of each new ledger row, as 0002 defines it for the older ledgers.
// Frozen: electron/db/ledger-chain.ts keeps its own copy and a test proves they agree.
export const chainedColumns: Record<string, string[]> = {
  stock_counts: [
    'id',
    'count_no',
    'seq',
    'location_id',
    'scope_kind',
    'scope_id',
    'scope_name',
    'pic_user_id',
    'pic_name',
    'witness_user_id',
    'witness_name',
    'head_name',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_count_events: [
    'id',
    'count_id',
    'seq',
    'state',
    'movement_watermark',
    'reason',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  stock_count_sessions: ['id', 'count_id', 'label', 'user_id', 'device_id', 'created_at'],
  stock_count_entries: [
    'id',
    'count_id',
    'session_id',
    'product_id',
    'kind',
    'qty',
    'undoes_entry_id',
    'movement_watermark',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_count_reasons: [
    'id',
    'count_id',
    'product_id',
    'reason',
    'user_id',
    'device_id',
    'created_at',
  ],
}

const chainStatements = Object.entries(chainedColumns).map(
  ([table, columns]) => `CREATE TRIGGER ${table}_chain AFTER INSERT ON ${table} BEGIN
     INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
     SELECT '${table}', new.id, p.h,
            sha256(p.h || json_array('${table}', ${columns.map((c) => `new.${c}`).join(', ')}))
     FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p;
   END`,
)

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...chainStatements]) await sql.raw(statement).execute(db)
}
