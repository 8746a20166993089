import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Consignment (titip jual): a partner shop is a location of kind 'consignment'. Goods reach it
// by ordinary transfers; a settlement records what the partner sold (a sale at the partner's
// location, written by the till's sale code), what came back (a return transfer) and what is
// missing (count_adjustment movements with a reason). The partner's agreed commission and the
// agreed price per product live beside the location; settlements are append-only documents.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

// SQLite cannot change a CHECK constraint in place: the locations table is rebuilt with the
// new kind (the documented create-copy-drop-rename procedure). It has no indexes or triggers
// of its own, and nothing references it but foreign keys, which keep pointing at the name.
const rebuildLocations = [
  `CREATE TABLE locations_new (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
     kind TEXT NOT NULL CHECK (kind IN ('showroom','storeroom','event','consignment')),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `INSERT INTO locations_new (id, name, kind, active, device_id, created_at)
     SELECT id, name, kind, active, device_id, created_at FROM locations`,
  `DROP TABLE locations`,
  `ALTER TABLE locations_new RENAME TO locations`,
]

const statements = [
  // The agreement with one partner: whole-percent commission the partner keeps of what it sells.
  `CREATE TABLE consignment_partners (
     location_id TEXT PRIMARY KEY REFERENCES locations(id),
     contact TEXT CHECK (contact IS NULL OR length(contact) <= 120),
     address TEXT CHECK (address IS NULL OR length(address) <= 200),
     commission_pct INTEGER NOT NULL CHECK (commission_pct BETWEEN 0 AND 99),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE TRIGGER consignment_partners_no_delete BEFORE DELETE ON consignment_partners
     BEGIN SELECT RAISE(ABORT, 'consignment partners cannot be deleted'); END`,
  // The agreed selling price of a product at one partner; without a row, the list price.
  `CREATE TABLE consignment_prices (
     location_id TEXT NOT NULL REFERENCES consignment_partners(location_id),
     product_id TEXT NOT NULL REFERENCES products(id),
     price INTEGER NOT NULL CHECK (price >= 0),
     PRIMARY KEY (location_id, product_id)
   ) STRICT, WITHOUT ROWID`,

  // A settlement is posted whole in one transaction and never changed afterwards; the
  // commission percentage and prices are copied so a later change of the agreement does not
  // rewrite what was settled.
  `CREATE TABLE consignment_settlements (
     id TEXT PRIMARY KEY,
     doc_no TEXT NOT NULL UNIQUE,
     location_id TEXT NOT NULL REFERENCES consignment_partners(location_id),
     sale_id TEXT REFERENCES sales(id),
     return_transfer_id TEXT REFERENCES transfers(id),
     return_to_id TEXT REFERENCES locations(id),
     commission_pct INTEGER NOT NULL CHECK (commission_pct BETWEEN 0 AND 99),
     sold_amount INTEGER NOT NULL CHECK (sold_amount >= 0),
     commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND sold_amount),
     amount_due INTEGER NOT NULL CHECK (amount_due = sold_amount - commission),
     missing_reason TEXT CHECK (missing_reason IS NULL OR length(missing_reason) <= 200),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((return_transfer_id IS NULL) = (return_to_id IS NULL))
   ) STRICT`,
  `CREATE INDEX consignment_settlements_location ON consignment_settlements(location_id, created_at)`,
  ...appendOnly('consignment_settlements'),
  `CREATE TABLE consignment_settlement_lines (
     id TEXT PRIMARY KEY,
     settlement_id TEXT NOT NULL REFERENCES consignment_settlements(id),
     line_no INTEGER NOT NULL CHECK (line_no > 0),
     product_id TEXT NOT NULL REFERENCES products(id),
     sold INTEGER NOT NULL CHECK (sold >= 0),
     returned INTEGER NOT NULL CHECK (returned >= 0),
     missing INTEGER NOT NULL CHECK (missing >= 0),
     unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
     commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND sold * unit_price),
     CHECK (sold + returned + missing > 0),
     UNIQUE (settlement_id, line_no),
     UNIQUE (settlement_id, product_id)
   ) STRICT`,
  ...appendOnly('consignment_settlement_lines'),
]

/**
 * Settlements join the tamper-evident ledger chain (0014) as they are written: the canonical
 * column lists, the same as CHAINED_COLUMNS in ledger-chain.ts (a test proves they agree).
 */
export const chainedColumns: Record<string, string[]> = {
  consignment_settlements: [
    'id',
    'doc_no',
    'location_id',
    'sale_id',
    'return_transfer_id',
    'return_to_id',
    'commission_pct',
    'sold_amount',
    'commission',
    'amount_due',
    'missing_reason',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  consignment_settlement_lines: [
    'id',
    'settlement_id',
    'line_no',
    'product_id',
    'sold',
    'returned',
    'missing',
    'unit_price',
    'commission',
  ],
}

const chainTriggers = Object.entries(chainedColumns).map(
  ([table, columns]) => `CREATE TRIGGER ${table}_chain AFTER INSERT ON ${table} BEGIN
     INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
     SELECT '${table}', new.id, p.h,
            sha256(p.h || json_array('${table}', ${columns.map((c) => `new.${c}`).join(', ')}))
     FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p;
   END`,
)

export async function up(db: Kysely<unknown>): Promise<void> {
  // Foreign keys must be off while the referenced table is swapped, and the pragma is a no-op
  // inside a transaction: Kysely runs SQLite migrations outside one, so this one opens its own.
  await sql.raw('PRAGMA foreign_keys = OFF').execute(db)
  const off = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(db)
  if (off.rows[0]?.foreign_keys !== 0) throw new Error('0019: foreign keys could not be disabled')
  try {
    await sql.raw('BEGIN IMMEDIATE').execute(db)
    try {
      for (const statement of rebuildLocations) await sql.raw(statement).execute(db)
      const broken = await sql`PRAGMA foreign_key_check`.execute(db)
      if (broken.rows.length > 0) throw new Error('0019: foreign key check failed')
      for (const statement of [...statements, ...chainTriggers]) {
        await sql.raw(statement).execute(db)
      }
      await sql.raw('COMMIT').execute(db)
    } catch (error) {
      await sql.raw('ROLLBACK').execute(db)
      throw error
    }
  } finally {
    await sql.raw('PRAGMA foreign_keys = ON').execute(db)
  }
}
