import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Buyers beyond the counter (issue 19): a buyer register, orders with a dated and attributed
// event trail, order lines at agreed prices, payments against an order (deposits, balance,
// refunds and forfeits), production requests to the workshops linked from production intake,
// cartons for the packing list, and the documents issued (each with its currency and rate).
// Shipping writes an ordinary sale (0001), so reports, hasil kerja and PNBP count it.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const isoDate = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`
const currencies = `('IDR','USD','NZD','AUD','EUR')`

const statements = [
  // A register, not a ledger: contact details change; orders keep pointing at the buyer.
  `CREATE TABLE buyers (
     id TEXT PRIMARY KEY,
     name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
     kind TEXT NOT NULL CHECK (kind IN ('company','person')),
     country TEXT NOT NULL CHECK (length(country) = 2),
     address TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 300),
     contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 120),
     phone TEXT NOT NULL DEFAULT '' CHECK (length(phone) <= 40),
     email TEXT NOT NULL DEFAULT '' CHECK (length(email) <= 120),
     tax_id TEXT CHECK (tax_id IS NULL OR length(tax_id) <= 40),
     language TEXT NOT NULL CHECK (language IN ('id','en')),
     currency TEXT NOT NULL CHECK (currency IN ${currencies}),
     active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0,1)),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX buyers_name ON buyers(name COLLATE NOCASE)`,
  `CREATE TRIGGER buyers_no_delete BEFORE DELETE ON buyers
     BEGIN SELECT RAISE(ABORT, 'buyers cannot be deleted'); END`,

  // The order's current status is a cache of its last event; the trigger lets it move only
  // along the flow, and order_events (append-only) says who moved it when and why.
  `CREATE TABLE orders (
     id TEXT PRIMARY KEY,
     order_no TEXT NOT NULL UNIQUE,
     buyer_id TEXT NOT NULL REFERENCES buyers(id),
     location_id TEXT NOT NULL REFERENCES locations(id),
     status TEXT NOT NULL CHECK (status IN (
       'quotation','confirmed','in_production','ready','shipped','delivered','paid','cancelled')),
     due_date TEXT CHECK (due_date IS NULL OR ${isoDate('due_date')}),
     note TEXT CHECK (note IS NULL OR length(note) <= 300),
     total INTEGER NOT NULL CHECK (total >= 0),
     sale_id TEXT REFERENCES sales(id),
     created_by TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((sale_id IS NOT NULL) = (status IN ('shipped','delivered','paid')))
   ) STRICT`,
  `CREATE INDEX orders_buyer ON orders(buyer_id, created_at)`,
  `CREATE INDEX orders_status ON orders(status, created_at)`,
  `CREATE TRIGGER orders_forward_only BEFORE UPDATE ON orders
     WHEN NOT (
          (old.status = 'quotation' AND new.status IN ('confirmed','cancelled'))
       OR (old.status = 'confirmed' AND new.status IN ('in_production','ready','shipped','cancelled'))
       OR (old.status = 'in_production' AND new.status IN ('ready','shipped','cancelled'))
       OR (old.status = 'ready' AND new.status IN ('shipped','cancelled'))
       OR (old.status = 'shipped' AND new.status IN ('delivered','paid'))
       OR (old.status = 'delivered' AND new.status = 'paid'))
       OR new.order_no <> old.order_no OR new.buyer_id <> old.buyer_id
       OR new.location_id <> old.location_id OR new.total <> old.total
       OR (old.sale_id IS NOT NULL AND new.sale_id IS NOT old.sale_id)
     BEGIN SELECT RAISE(ABORT, 'order status can only move forward'); END`,
  `CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
     BEGIN SELECT RAISE(ABORT, 'orders cannot be deleted'); END`,

  `CREATE TABLE order_events (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     status TEXT NOT NULL CHECK (status IN (
       'quotation','confirmed','in_production','ready','shipped','delivered','paid','cancelled')),
     reason TEXT CHECK (reason IS NULL OR length(reason) <= 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK (status <> 'cancelled' OR length(reason) > 0)
   ) STRICT`,
  `CREATE INDEX order_events_order ON order_events(order_id, created_at)`,
  ...appendOnly('order_events'),

  // Fixed once written: a different order is a new order (the quotation is the draft).
  `CREATE TABLE order_lines (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     line_no INTEGER NOT NULL CHECK (line_no > 0),
     product_id TEXT NOT NULL REFERENCES products(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     list_price INTEGER NOT NULL CHECK (list_price >= 0),
     unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
     price_reason TEXT CHECK (price_reason IS NULL OR length(price_reason) <= 200),
     hs_code TEXT CHECK (hs_code IS NULL OR length(hs_code) <= 20),
     net_weight_g INTEGER CHECK (net_weight_g IS NULL OR net_weight_g >= 0),
     due_date TEXT CHECK (due_date IS NULL OR ${isoDate('due_date')}),
     UNIQUE (order_id, line_no),
     UNIQUE (order_id, product_id),
     CHECK (unit_price = list_price OR price_reason IS NOT NULL)
   ) STRICT`,
  `CREATE INDEX order_lines_product ON order_lines(product_id)`,
  ...appendOnly('order_lines'),

  // Money against an order. Deposits and balance payments come in; a refund goes out; a
  // forfeit keeps a deposit of a cancelled order (no money moves, but it is accounted for).
  `CREATE TABLE order_payments (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     receipt_no TEXT NOT NULL UNIQUE,
     kind TEXT NOT NULL CHECK (kind IN ('deposit','balance','refund','forfeit')),
     method_id TEXT REFERENCES payment_methods(id),
     method_name TEXT,
     method_kind TEXT CHECK (method_kind IS NULL OR method_kind IN ('cash','noncash')),
     amount INTEGER NOT NULL CHECK (amount > 0),
     reference TEXT CHECK (reference IS NULL OR length(reference) <= 60),
     reason TEXT CHECK (reason IS NULL OR length(reason) <= 200),
     shift_id TEXT REFERENCES shifts(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     approved_by TEXT REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((kind = 'forfeit') = (method_id IS NULL)),
     CHECK (kind NOT IN ('refund','forfeit') OR length(reason) > 0)
   ) STRICT`,
  `CREATE INDEX order_payments_order ON order_payments(order_id, created_at)`,
  ...appendOnly('order_payments'),

  // A request to a workshop for goods an order lacks; progress is the production intake
  // documents linked to it (production_request_receipts).
  `CREATE TABLE production_requests (
     id TEXT PRIMARY KEY,
     request_no TEXT NOT NULL UNIQUE,
     order_id TEXT REFERENCES orders(id),
     product_id TEXT NOT NULL REFERENCES products(id),
     workshop_id TEXT REFERENCES workshops(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     due_date TEXT NOT NULL CHECK (${isoDate('due_date')}),
     note TEXT CHECK (note IS NULL OR length(note) <= 200),
     state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open','closed')),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX production_requests_state ON production_requests(state, due_date)`,
  `CREATE TRIGGER production_requests_guard BEFORE UPDATE ON production_requests
     WHEN old.state = 'closed' OR new.qty <> old.qty OR new.product_id <> old.product_id
       OR new.request_no <> old.request_no
     BEGIN SELECT RAISE(ABORT, 'a production request only closes'); END`,
  `CREATE TRIGGER production_requests_no_delete BEFORE DELETE ON production_requests
     BEGIN SELECT RAISE(ABORT, 'production requests cannot be deleted'); END`,
  `CREATE TABLE production_request_receipts (
     stock_doc_id TEXT NOT NULL REFERENCES stock_docs(id),
     request_id TEXT NOT NULL REFERENCES production_requests(id),
     PRIMARY KEY (stock_doc_id, request_id)
   ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX production_request_receipts_request ON production_request_receipts(request_id)`,
  ...appendOnly('production_request_receipts'),

  // Packing is a plan until shipping: it may be redone, and is fixed once the order ships.
  `CREATE TABLE order_cartons (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     carton_no INTEGER NOT NULL CHECK (carton_no > 0),
     net_weight_g INTEGER NOT NULL CHECK (net_weight_g >= 0),
     gross_weight_g INTEGER NOT NULL CHECK (gross_weight_g >= net_weight_g),
     length_cm INTEGER NOT NULL CHECK (length_cm > 0),
     width_cm INTEGER NOT NULL CHECK (width_cm > 0),
     height_cm INTEGER NOT NULL CHECK (height_cm > 0),
     UNIQUE (order_id, carton_no)
   ) STRICT`,
  `CREATE TABLE order_carton_lines (
     id TEXT PRIMARY KEY,
     carton_id TEXT NOT NULL REFERENCES order_cartons(id),
     order_line_id TEXT NOT NULL REFERENCES order_lines(id),
     qty INTEGER NOT NULL CHECK (qty > 0),
     UNIQUE (carton_id, order_line_id)
   ) STRICT`,
  ...['order_cartons', 'order_carton_lines'].flatMap((table) => {
    const order =
      table === 'order_cartons'
        ? 'OLD.order_id'
        : '(SELECT order_id FROM order_cartons WHERE id = OLD.carton_id)'
    return [
      `CREATE TRIGGER ${table}_fixed_update BEFORE UPDATE ON ${table}
         BEGIN SELECT RAISE(ABORT, 'cartons are replaced, not edited'); END`,
      `CREATE TRIGGER ${table}_fixed_delete BEFORE DELETE ON ${table}
         WHEN (SELECT status FROM orders WHERE id = ${order}) IN ('shipped','delivered','paid')
         BEGIN SELECT RAISE(ABORT, 'cartons are fixed once the order ships'); END`,
    ]
  }),

  // Every document issued, with the currency and the rate typed in for it (Rupiah per one
  // unit of the currency, times 100: two decimals). The Rupiah amounts stay binding.
  `CREATE TABLE order_documents (
     id TEXT PRIMARY KEY,
     order_id TEXT NOT NULL REFERENCES orders(id),
     kind TEXT NOT NULL CHECK (kind IN (
       'quotation','proforma','invoice','packing_list','delivery_note','deposit_receipt')),
     doc_no TEXT NOT NULL UNIQUE,
     language TEXT NOT NULL CHECK (language IN ('id','en')),
     currency TEXT NOT NULL CHECK (currency IN ${currencies}),
     rate_x100 INTEGER NOT NULL CHECK (rate_x100 > 0),
     payment_id TEXT REFERENCES order_payments(id),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK (currency <> 'IDR' OR rate_x100 = 100),
     CHECK ((kind = 'deposit_receipt') = (payment_id IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX order_documents_order ON order_documents(order_id, created_at)`,
  ...appendOnly('order_documents'),
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
