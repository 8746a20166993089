import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Laporan over a year of a million sale lines: GROUP BY in SQLite sorts every row, so the
// by-day, by-cashier, by-location, by-payment-method and by-workshop (hasil kerja, PNBP)
// figures of a year cost seconds when read from the ledgers. These daily rollups hold the
// same sums per business day (WIB),
// kept in the same transaction as every sale, line, payment and void by triggers; a year is
// then a few thousand rows. They are derived data (not ledgers, not in the hash chain):
// electron/services/reports/report-rollups.ts recomputes them from the ledgers to verify.
//
// A voided sale counts nowhere, so a void subtracts what its sale added, on the sale's day.
// Returns stay in their own ledger (few rows) and are read from it.

const day = (column: string) => `date((${column} + 25200000) / 1000, 'unixepoch')`

const salesUpsert = `ON CONFLICT (day, location_id, user_id) DO UPDATE SET
     sales = sales + excluded.sales,
     cart_discount = cart_discount + excluded.cart_discount,
     rounding = rounding + excluded.rounding,
     subtotal = subtotal + excluded.subtotal,
     gross = gross + excluded.gross,
     line_discount = line_discount + excluded.line_discount`

const paymentsUpsert = `ON CONFLICT (day, location_id, method_name, kind) DO UPDATE SET
     payments = payments + excluded.payments,
     amount = amount + excluded.amount`

/** What sales contribute, signed: +1 when sold, -1 when voided. */
const salesRows = (sign: 1 | -1, where: string) => `
  INSERT INTO report_sales_daily (day, location_id, user_id, sales, cart_discount, rounding, subtotal)
  SELECT ${day('s.created_at')}, s.location_id, s.user_id, ${sign} * count(*),
         ${sign} * sum(s.cart_discount), ${sign} * sum(s.rounding), ${sign} * sum(s.subtotal)
  FROM sales s WHERE ${where} GROUP BY 1, 2, 3
  ${salesUpsert}`

const lineRows = (sign: 1 | -1, where: string) => `
  INSERT INTO report_sales_daily (day, location_id, user_id, gross, line_discount)
  SELECT ${day('l.created_at')}, s.location_id, s.user_id,
         ${sign} * sum(l.line_total + l.line_discount), ${sign} * sum(l.line_discount)
  FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE ${where} GROUP BY 1, 2, 3
  ${salesUpsert}`

/** Hasil kerja's slices: units, net and cost per day and workshop ('' for none). */
const workshopRows = (sign: 1 | -1, where: string) => `
  INSERT INTO report_workshops_daily (day, location_id, workshop_id, qty, net, cost)
  SELECT ${day('l.created_at')}, s.location_id, coalesce(l.workshop_id, ''),
         ${sign} * sum(l.qty), ${sign} * sum(l.net_total), ${sign} * sum(l.qty * l.unit_cost)
  FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE ${where} GROUP BY 1, 2, 3
  ON CONFLICT (day, location_id, workshop_id) DO UPDATE SET
     qty = qty + excluded.qty,
     net = net + excluded.net,
     cost = cost + excluded.cost`

const paymentRows = (sign: 1 | -1, where: string) => `
  INSERT INTO report_payments_daily (day, location_id, method_name, kind, payments, amount)
  SELECT ${day('p.created_at')}, s.location_id, p.method_name, p.kind,
         ${sign} * count(*), ${sign} * sum(p.amount)
  FROM payments p JOIN sales s ON s.id = p.sale_id WHERE ${where} GROUP BY 1, 2, 3, 4
  ${paymentsUpsert}`

const notVoided = (saleId: string) =>
  `NOT EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = ${saleId})`

const statements = [
  `CREATE TABLE report_sales_daily (
     day TEXT NOT NULL,
     location_id TEXT NOT NULL,
     user_id TEXT NOT NULL,
     sales INTEGER NOT NULL DEFAULT 0,
     cart_discount INTEGER NOT NULL DEFAULT 0,
     rounding INTEGER NOT NULL DEFAULT 0,
     subtotal INTEGER NOT NULL DEFAULT 0,
     gross INTEGER NOT NULL DEFAULT 0,
     line_discount INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, location_id, user_id)
   ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE report_payments_daily (
     day TEXT NOT NULL,
     location_id TEXT NOT NULL,
     method_name TEXT NOT NULL,
     kind TEXT NOT NULL,
     payments INTEGER NOT NULL DEFAULT 0,
     amount INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, location_id, method_name, kind)
   ) STRICT, WITHOUT ROWID`,

  `CREATE TABLE report_workshops_daily (
     day TEXT NOT NULL,
     location_id TEXT NOT NULL,
     workshop_id TEXT NOT NULL,
     qty INTEGER NOT NULL DEFAULT 0,
     net INTEGER NOT NULL DEFAULT 0,
     cost INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, location_id, workshop_id)
   ) STRICT, WITHOUT ROWID`,

  // What is already sold, voided sales left out.
  salesRows(1, notVoided('s.id')),
  lineRows(1, notVoided('l.sale_id')),
  workshopRows(1, notVoided('l.sale_id')),
  paymentRows(1, notVoided('p.sale_id')),

  // A sale's row is written before its lines and payments (they reference it).
  `CREATE TRIGGER sales_report_rollup AFTER INSERT ON sales BEGIN
     ${salesRows(1, 's.id = NEW.id')};
   END`,
  `CREATE TRIGGER sale_lines_report_rollup AFTER INSERT ON sale_lines BEGIN
     ${lineRows(1, 'l.id = NEW.id')};
     ${workshopRows(1, 'l.id = NEW.id')};
   END`,
  `CREATE TRIGGER payments_report_rollup AFTER INSERT ON payments BEGIN
     ${paymentRows(1, 'p.id = NEW.id')};
   END`,
  `CREATE TRIGGER sale_voids_report_rollup AFTER INSERT ON sale_voids BEGIN
     ${salesRows(-1, 's.id = NEW.sale_id')};
     ${lineRows(-1, 'l.sale_id = NEW.sale_id')};
     ${workshopRows(-1, 'l.sale_id = NEW.sale_id')};
     ${paymentRows(-1, 'p.sale_id = NEW.sale_id')};
   END`,

  // A long period's by-product figures: walking this index in product order aggregates a
  // year without sorting a million rows (a short period still reads its created_at range).
  `CREATE INDEX sale_lines_by_product ON sale_lines(
     product_id, category_id, workshop_id, created_at, qty, net_total, unit_cost)`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
