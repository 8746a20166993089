import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Consignment money and agreed-price history:
// - consignment_payments: what a partner pays later against what its settlements left owing
//   (a settlement "pay later" writes its sale without a payment). Each payment has its own
//   receipt number from the stock-document series (KTJ-). Owed = settled − paid, never below 0.
// - consignment_price_versions: every agreed price a partner was given, with the moment it takes
//   effect; the newest version in force at a time is the price at that time (null = back to the
//   list price). consignment_prices stays as the current price for readers of 0019.
// - consignment_settlement_prices: how the units a settlement sold were priced, one row per
//   price in force when those units were sent (first sent, first sold).

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const statements = [
  `CREATE TABLE consignment_payments (
     id TEXT PRIMARY KEY,
     doc_no TEXT NOT NULL UNIQUE,
     location_id TEXT NOT NULL REFERENCES consignment_partners(location_id),
     method_id TEXT NOT NULL REFERENCES payment_methods(id),
     method_name TEXT NOT NULL,
     method_kind TEXT NOT NULL CHECK (method_kind IN ('cash','noncash')),
     amount INTEGER NOT NULL CHECK (amount > 0),
     reference TEXT CHECK (reference IS NULL OR length(reference) <= 60),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     shift_id TEXT REFERENCES shifts(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX consignment_payments_location ON consignment_payments(location_id, created_at)`,
  ...appendOnly('consignment_payments'),

  `CREATE TABLE consignment_price_versions (
     id TEXT PRIMARY KEY,
     location_id TEXT NOT NULL REFERENCES consignment_partners(location_id),
     product_id TEXT NOT NULL REFERENCES products(id),
     price INTEGER CHECK (price IS NULL OR price >= 0),
     effective_at INTEGER NOT NULL,
     user_id TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX consignment_price_versions_key
     ON consignment_price_versions(location_id, product_id, effective_at, created_at)`,
  ...appendOnly('consignment_price_versions'),
  // The prices agreed before this version: in force since the beginning (no history was kept).
  `INSERT INTO consignment_price_versions
     (id, location_id, product_id, price, effective_at, user_id, device_id, created_at)
   SELECT 'v0-' || cp.location_id || '-' || cp.product_id, cp.location_id, cp.product_id,
          cp.price, 0, NULL, p.device_id, p.created_at
   FROM consignment_prices cp JOIN consignment_partners p ON p.location_id = cp.location_id`,

  `CREATE TABLE consignment_settlement_prices (
     id TEXT PRIMARY KEY,
     settlement_id TEXT NOT NULL REFERENCES consignment_settlements(id),
     product_id TEXT NOT NULL REFERENCES products(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
     commission INTEGER NOT NULL CHECK (commission BETWEEN 0 AND qty * unit_price),
     sent_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX consignment_settlement_prices_settlement
     ON consignment_settlement_prices(settlement_id, product_id)`,
  ...appendOnly('consignment_settlement_prices'),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
