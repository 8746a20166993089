import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// The complete till: audit trail, voids, returns and refunds, reprints, held and open carts,
// and the tamper-evident hash chain over every ledger row.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const statements = [
  `CREATE TABLE audit_log (
     id TEXT PRIMARY KEY,
     action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     reason TEXT,
     ref_type TEXT,
     ref_id TEXT,
     detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX audit_log_created ON audit_log(created_at)`,
  `CREATE INDEX audit_log_action ON audit_log(action, created_at)`,
  ...appendOnly('audit_log'),

  // A void is a record pointing at the sale; the sale itself never changes.
  `CREATE TABLE sale_voids (
     id TEXT PRIMARY KEY,
     sale_id TEXT NOT NULL UNIQUE REFERENCES sales(id),
     reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  ...appendOnly('sale_voids'),

  `CREATE TABLE returns (
     id TEXT PRIMARY KEY,
     sale_id TEXT NOT NULL REFERENCES sales(id),
     return_no TEXT NOT NULL UNIQUE,
     reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
     refund_total INTEGER NOT NULL CHECK (refund_total >= 0),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     request_hash TEXT NOT NULL,
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX returns_sale ON returns(sale_id)`,
  ...appendOnly('returns'),

  `CREATE TABLE return_lines (
     id TEXT PRIMARY KEY,
     return_id TEXT NOT NULL REFERENCES returns(id),
     sale_line_id TEXT NOT NULL REFERENCES sale_lines(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     amount INTEGER NOT NULL CHECK (amount >= 0),
     disposition TEXT NOT NULL CHECK (disposition IN ('restock','damaged')),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX return_lines_line ON return_lines(sale_line_id)`,
  ...appendOnly('return_lines'),

  `CREATE TABLE refunds (
     id TEXT PRIMARY KEY,
     shift_id TEXT REFERENCES shifts(id),
     return_id TEXT REFERENCES returns(id),
     void_id TEXT REFERENCES sale_voids(id),
     method_id TEXT NOT NULL REFERENCES payment_methods(id),
     method_name TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('cash','noncash')),
     amount INTEGER NOT NULL CHECK (amount > 0),
     reference TEXT,
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((return_id IS NULL) <> (void_id IS NULL))
   ) STRICT`,
  ...appendOnly('refunds'),

  `CREATE TABLE shift_cash_moves (
     id TEXT PRIMARY KEY,
     shift_id TEXT NOT NULL REFERENCES shifts(id),
     kind TEXT NOT NULL CHECK (kind IN ('in','out')),
     amount INTEGER NOT NULL CHECK (amount > 0),
     reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 120),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  ...appendOnly('shift_cash_moves'),

  // The Z report: a numbered, immutable close of a shift with its counted cash and totals.
  `CREATE TABLE shift_closes (
     id TEXT PRIMARY KEY,
     shift_id TEXT NOT NULL UNIQUE REFERENCES shifts(id),
     z_no INTEGER NOT NULL CHECK (z_no > 0),
     counted_cash INTEGER NOT NULL CHECK (counted_cash >= 0),
     expected_cash INTEGER NOT NULL,
     variance INTEGER NOT NULL CHECK (variance = counted_cash - expected_cash),
     denominations TEXT CHECK (denominations IS NULL OR json_valid(denominations)),
     totals TEXT NOT NULL CHECK (json_valid(totals)),
     note TEXT,
     forced INTEGER NOT NULL DEFAULT 0 CHECK (forced IN (0,1)),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (device_id, z_no)
   ) STRICT`,
  ...appendOnly('shift_closes'),

  `CREATE TABLE z_counters (
     device_id TEXT PRIMARY KEY,
     last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
   ) STRICT`,

  `CREATE TABLE receipt_prints (
     id TEXT PRIMARY KEY,
     sale_id TEXT NOT NULL REFERENCES sales(id),
     copy_no INTEGER NOT NULL CHECK (copy_no > 0),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (sale_id, copy_no)
   ) STRICT`,
  ...appendOnly('receipt_prints'),

  `CREATE TABLE return_counters (
     device_id TEXT PRIMARY KEY,
     last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
   ) STRICT`,

  // Drafts, not ledgers: a held cart is deleted when resumed; the open cart is replaced on
  // every change. Both are JSON validated by the till's cart schema before they are written.
  `CREATE TABLE held_carts (
     id TEXT PRIMARY KEY,
     label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
     cart TEXT NOT NULL CHECK (json_valid(cart)),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE TABLE open_carts (
     device_id TEXT PRIMARY KEY,
     cart TEXT NOT NULL CHECK (json_valid(cart)),
     updated_at INTEGER NOT NULL
   ) STRICT`,
]

// Columns that make up each ledger row's canonical form, in a fixed order. Frozen: the
// verifier (electron/db/ledger-chain.ts) keeps its own copy and a test proves they agree.
export const chainedColumns: Record<string, string[]> = {
  sales: [
    'id',
    'device_id',
    'receipt_seq',
    'receipt_no',
    'location_id',
    'user_id',
    'shift_id',
    'subtotal',
    'cart_discount',
    'cart_discount_kind',
    'cart_discount_value',
    'cart_discount_reason',
    'rounding',
    'total',
    'paid',
    'change',
    'request_hash',
    'created_at',
  ],
  sale_lines: [
    'id',
    'sale_id',
    'line_no',
    'product_id',
    'name',
    'sku',
    'qty',
    'list_price',
    'unit_price',
    'override_reason',
    'line_discount',
    'discount_kind',
    'discount_value',
    'discount_reason',
    'line_total',
    'net_total',
    'unit_cost',
    'workshop_id',
    'category_id',
    'device_id',
    'created_at',
  ],
  payments: [
    'id',
    'sale_id',
    'tender_no',
    'method_id',
    'method_name',
    'kind',
    'amount',
    'tendered',
    'change',
    'reference',
    'device_id',
    'created_at',
  ],
  stock_movements: [
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
  ],
  audit_log: [
    'id',
    'action',
    'user_id',
    'approved_by',
    'reason',
    'ref_type',
    'ref_id',
    'detail',
    'device_id',
    'created_at',
  ],
  sale_voids: ['id', 'sale_id', 'reason', 'user_id', 'approved_by', 'device_id', 'created_at'],
  returns: [
    'id',
    'sale_id',
    'return_no',
    'reason',
    'refund_total',
    'user_id',
    'approved_by',
    'request_hash',
    'device_id',
    'created_at',
  ],
  return_lines: [
    'id',
    'return_id',
    'sale_line_id',
    'qty',
    'amount',
    'disposition',
    'device_id',
    'created_at',
  ],
  shifts: ['id', 'device_id', 'location_id', 'user_id', 'opening_float', 'created_at'],
  shift_cash_moves: [
    'id',
    'shift_id',
    'kind',
    'amount',
    'reason',
    'user_id',
    'device_id',
    'created_at',
  ],
  shift_closes: [
    'id',
    'shift_id',
    'z_no',
    'counted_cash',
    'expected_cash',
    'variance',
    'denominations',
    'totals',
    'note',
    'forced',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  refunds: [
    'id',
    'shift_id',
    'return_id',
    'void_id',
    'method_id',
    'method_name',
    'kind',
    'amount',
    'reference',
    'device_id',
    'created_at',
  ],
}

// Each new ledger row extends one chain: hash = sha256(previous hash || canonical row).
// sha256() is registered by the app's connection; a tool without it cannot append rows.
const chainStatements = [
  `CREATE TABLE ledger_chain (
     seq INTEGER PRIMARY KEY,
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     prev_hash TEXT NOT NULL,
     hash TEXT NOT NULL CHECK (length(hash) = 64),
     UNIQUE (table_name, row_id)
   ) STRICT`,
  ...appendOnly('ledger_chain'),
  ...Object.entries(chainedColumns).map(
    ([table, columns]) => `CREATE TRIGGER ${table}_chain AFTER INSERT ON ${table} BEGIN
       INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
       SELECT '${table}', new.id, p.h,
              sha256(p.h || json_array('${table}', ${columns.map((c) => `new.${c}`).join(', ')}))
       FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p;
     END`,
  ),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of [...statements, ...chainStatements]) await sql.raw(statement).execute(db)
}
