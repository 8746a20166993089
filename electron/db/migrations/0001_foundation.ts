import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const statements = [
  `CREATE TABLE settings (
     key TEXT PRIMARY KEY,
     value TEXT NOT NULL CHECK (json_valid(value))
   ) STRICT`,

  `CREATE TABLE users (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
     role TEXT NOT NULL CHECK (role IN ('admin','supervisor','cashier','stock')),
     pin_hash TEXT,
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     failed_pins INTEGER NOT NULL DEFAULT 0 CHECK (failed_pins >= 0),
     locked_until INTEGER,
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,

  // The permission matrix is data an admin edits; bootstrap seeds the defaults.
  `CREATE TABLE role_permissions (
     role TEXT NOT NULL CHECK (role IN ('admin','supervisor','cashier','stock')),
     permission TEXT NOT NULL CHECK (length(permission) BETWEEN 1 AND 40),
     PRIMARY KEY (role, permission)
   ) STRICT, WITHOUT ROWID`,

  `CREATE TABLE workshops (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,

  `CREATE TABLE categories (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 80),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,

  `CREATE TABLE locations (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
     kind TEXT NOT NULL CHECK (kind IN ('showroom','storeroom','event')),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,

  `CREATE TABLE products (
     id TEXT PRIMARY KEY,
     sku TEXT NOT NULL UNIQUE CHECK (length(sku) BETWEEN 1 AND 40),
     barcode TEXT UNIQUE CHECK (barcode IS NULL OR length(barcode) BETWEEN 1 AND 32),
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
     category_id TEXT REFERENCES categories(id),
     unit TEXT NOT NULL CHECK (length(unit) BETWEEN 1 AND 20),
     price INTEGER NOT NULL CHECK (price >= 0),
     cost INTEGER NOT NULL CHECK (cost >= 0),
     workshop_id TEXT REFERENCES workshops(id),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX products_name ON products(name)`,
  // Short searches use LIKE 'x%', which is case-insensitive: only NOCASE indexes serve it.
  `CREATE INDEX products_name_nocase ON products(name COLLATE NOCASE)`,
  `CREATE INDEX products_sku_nocase ON products(sku COLLATE NOCASE)`,

  // Trigram FTS for substring search over name, SKU and barcode; kept in step by triggers.
  `CREATE VIRTUAL TABLE products_fts USING fts5(
     name, sku, barcode, content='products', content_rowid='rowid', tokenize='trigram'
   )`,
  `CREATE TRIGGER products_fts_insert AFTER INSERT ON products BEGIN
     INSERT INTO products_fts(rowid, name, sku, barcode)
     VALUES (new.rowid, new.name, new.sku, coalesce(new.barcode, ''));
   END`,
  `CREATE TRIGGER products_fts_update AFTER UPDATE OF name, sku, barcode ON products BEGIN
     INSERT INTO products_fts(products_fts, rowid, name, sku, barcode)
     VALUES ('delete', old.rowid, old.name, old.sku, coalesce(old.barcode, ''));
     INSERT INTO products_fts(rowid, name, sku, barcode)
     VALUES (new.rowid, new.name, new.sku, coalesce(new.barcode, ''));
   END`,

  `CREATE TABLE stock_levels (
     product_id TEXT NOT NULL REFERENCES products(id),
     location_id TEXT NOT NULL REFERENCES locations(id),
     on_hand INTEGER NOT NULL,
     PRIMARY KEY (product_id, location_id)
   ) STRICT, WITHOUT ROWID`,

  `CREATE TABLE stock_movements (
     id TEXT PRIMARY KEY,
     product_id TEXT NOT NULL REFERENCES products(id),
     location_id TEXT NOT NULL REFERENCES locations(id),
     qty INTEGER NOT NULL CHECK (qty <> 0),
     reason TEXT NOT NULL CHECK (reason IN (
       'production_in','purchase_in','consignment_in','sale','return','void','damaged',
       'sample','transfer_out','transfer_in','count_adjustment')),
     unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
     workshop_id TEXT REFERENCES workshops(id),
     ref_type TEXT,
     ref_id TEXT,
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX stock_movements_product ON stock_movements(product_id, created_at)`,
  ...appendOnly('stock_movements'),

  `CREATE TABLE payment_methods (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 40),
     kind TEXT NOT NULL CHECK (kind IN ('cash','noncash')),
     requires_reference INTEGER NOT NULL CHECK (requires_reference IN (0,1)),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     sort INTEGER NOT NULL DEFAULT 0
   ) STRICT`,

  // Gapless receipt numbers: one counter per till, advanced inside the checkout transaction.
  `CREATE TABLE receipt_counters (
     device_id TEXT PRIMARY KEY,
     last_seq INTEGER NOT NULL CHECK (last_seq >= 0)
   ) STRICT`,

  // A cashier shift at one till and location, opened with a float. Closing it is a separate
  // record (shift_closes, in 0002): the opening never changes.
  `CREATE TABLE shifts (
     id TEXT PRIMARY KEY,
     device_id TEXT NOT NULL,
     location_id TEXT NOT NULL REFERENCES locations(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     opening_float INTEGER NOT NULL CHECK (opening_float >= 0),
     created_at INTEGER NOT NULL
   ) STRICT`,
  ...appendOnly('shifts'),

  `CREATE TABLE sales (
     id TEXT PRIMARY KEY,
     device_id TEXT NOT NULL,
     receipt_seq INTEGER NOT NULL CHECK (receipt_seq > 0),
     receipt_no TEXT NOT NULL UNIQUE,
     location_id TEXT NOT NULL REFERENCES locations(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     shift_id TEXT REFERENCES shifts(id),
     subtotal INTEGER NOT NULL CHECK (subtotal >= 0),
     cart_discount INTEGER NOT NULL DEFAULT 0 CHECK (cart_discount BETWEEN 0 AND subtotal),
     cart_discount_kind TEXT CHECK (cart_discount_kind IN ('percent','amount')),
     cart_discount_value INTEGER,
     cart_discount_reason TEXT,
     rounding INTEGER NOT NULL DEFAULT 0,
     total INTEGER NOT NULL CHECK (total >= 0 AND total = subtotal - cart_discount + rounding),
     paid INTEGER NOT NULL CHECK (paid >= total),
     change INTEGER NOT NULL CHECK (change >= 0 AND change = paid - total),
     request_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (device_id, receipt_seq)
   ) STRICT`,
  `CREATE INDEX sales_created ON sales(created_at)`,
  ...appendOnly('sales'),

  `CREATE TABLE sale_lines (
     id TEXT PRIMARY KEY,
     sale_id TEXT NOT NULL REFERENCES sales(id),
     line_no INTEGER NOT NULL CHECK (line_no > 0),
     product_id TEXT NOT NULL REFERENCES products(id),
     name TEXT NOT NULL,
     sku TEXT NOT NULL,
     qty INTEGER NOT NULL CHECK (qty > 0),
     list_price INTEGER NOT NULL CHECK (list_price >= 0),
     unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
     override_reason TEXT,
     line_discount INTEGER NOT NULL DEFAULT 0 CHECK (line_discount BETWEEN 0 AND qty * unit_price),
     discount_kind TEXT CHECK (discount_kind IN ('percent','amount')),
     discount_value INTEGER,
     discount_reason TEXT,
     line_total INTEGER NOT NULL CHECK (line_total = qty * unit_price - line_discount),
     net_total INTEGER NOT NULL CHECK (net_total BETWEEN 0 AND line_total),
     unit_cost INTEGER NOT NULL CHECK (unit_cost >= 0),
     workshop_id TEXT REFERENCES workshops(id),
     category_id TEXT REFERENCES categories(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     UNIQUE (sale_id, line_no)
   ) STRICT`,
  `CREATE INDEX sale_lines_product ON sale_lines(product_id)`,
  ...appendOnly('sale_lines'),

  `CREATE TABLE payments (
     id TEXT PRIMARY KEY,
     sale_id TEXT NOT NULL REFERENCES sales(id),
     tender_no INTEGER NOT NULL CHECK (tender_no > 0),
     method_id TEXT NOT NULL REFERENCES payment_methods(id),
     method_name TEXT NOT NULL,
     kind TEXT NOT NULL CHECK (kind IN ('cash','noncash')),
     amount INTEGER NOT NULL CHECK (amount >= 0),
     tendered INTEGER NOT NULL CHECK (tendered > 0 AND tendered >= amount),
     change INTEGER NOT NULL CHECK (change = tendered - amount AND (kind = 'cash' OR change = 0)),
     reference TEXT,
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE UNIQUE INDEX payments_sale ON payments(sale_id, tender_no)`,
  ...appendOnly('payments'),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
