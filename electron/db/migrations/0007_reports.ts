import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Reports: the premi / PNBP / modal split rules as versioned data, the PNBP deposit register
// and the yearly PNBP target, plus covering indexes so period reports aggregate from index
// ranges instead of reading whole ledgers.
//
// The three registers are append-only (a change is a new row; the newest row wins) and every
// write also lands in the hash-chained audit_log. They do not join ledger_chain themselves:
// the chain verifier knows a frozen column list per table and would report unknown rows.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const isoDate = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`

const statements = [
  // A rule applies to one workshop (or, with workshop_id NULL, to every workshop without one
  // of its own) from valid_from on. Shares are basis points (1 % = 100) summing to 100 %.
  // Several rows with the same scope and valid_from: the newest (created_at, then id) wins.
  `CREATE TABLE split_rules (
     id TEXT PRIMARY KEY,
     workshop_id TEXT REFERENCES workshops(id),
     valid_from TEXT NOT NULL CHECK (${isoDate('valid_from')}),
     premi_bp INTEGER NOT NULL CHECK (premi_bp BETWEEN 0 AND 10000),
     pnbp_bp INTEGER NOT NULL CHECK (pnbp_bp BETWEEN 0 AND 10000),
     modal_bp INTEGER NOT NULL CHECK (modal_bp BETWEEN 0 AND 10000),
     basis TEXT NOT NULL CHECK (basis IN ('net_sales','gross_profit')),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK (premi_bp + pnbp_bp + modal_bp = 10000)
   ) STRICT`,
  `CREATE INDEX split_rules_scope ON split_rules(workshop_id, valid_from, created_at)`,
  ...appendOnly('split_rules'),

  // Deposits of PNBP to the state treasury (SIMPONI): billing code and NTPN as printed.
  `CREATE TABLE pnbp_deposits (
     id TEXT PRIMARY KEY,
     deposit_date TEXT NOT NULL CHECK (${isoDate('deposit_date')}),
     amount INTEGER NOT NULL CHECK (amount > 0),
     billing_code TEXT NOT NULL CHECK (length(billing_code) BETWEEN 1 AND 40),
     ntpn TEXT NOT NULL CHECK (length(ntpn) BETWEEN 1 AND 40),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX pnbp_deposits_date ON pnbp_deposits(deposit_date)`,
  ...appendOnly('pnbp_deposits'),

  // The yearly PNBP target; setting it again adds a row, the newest row is the target.
  `CREATE TABLE pnbp_targets (
     id TEXT PRIMARY KEY,
     year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2200),
     amount INTEGER NOT NULL CHECK (amount >= 0),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX pnbp_targets_year ON pnbp_targets(year, created_at)`,
  ...appendOnly('pnbp_targets'),

  // Covering indexes: a month of a million-line year is read as one index range, with every
  // column the aggregates need, without touching the table rows.
  `CREATE INDEX sale_lines_report ON sale_lines(
     created_at, sale_id, workshop_id, category_id, product_id,
     qty, line_discount, line_total, net_total, unit_cost)`,
  `CREATE INDEX sales_report ON sales(
     created_at, location_id, user_id, id, subtotal, cart_discount, rounding, total)`,
  `CREATE INDEX payments_report ON payments(created_at, sale_id, method_name, kind, amount)`,
  `CREATE INDEX returns_created ON returns(created_at, sale_id)`,
  `CREATE INDEX return_lines_report ON return_lines(created_at, return_id, sale_line_id, qty, amount)`,
  `CREATE INDEX stock_movements_reason ON stock_movements(reason, created_at)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
