import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// A month's sales by product (and the category and workshop each line recorded) grouped from
// ~85,000 lines means sorting them all, about 150 ms on a small machine. This rollup holds the
// same sums per calendar month (WIB), product, category, workshop and location, kept by
// triggers in the same transaction as each line and void, so a whole month is read in key
// order without sorting. Days outside whole months still come from the lines. Derived data:
// electron/services/reports/report-rollups.ts recomputes it from the ledgers.

const month = (column: string) => `strftime('%Y-%m', (${column} + 25200000) / 1000, 'unixepoch')`

const productRows = (sign: 1 | -1, where: string) => `
  INSERT INTO report_products_monthly
    (month, product_id, category_id, workshop_id, location_id, qty, net, cost)
  SELECT ${month('l.created_at')}, l.product_id, coalesce(l.category_id, ''),
         coalesce(l.workshop_id, ''), s.location_id, ${sign} * sum(l.qty),
         ${sign} * sum(l.net_total), ${sign} * sum(l.qty * l.unit_cost)
  FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE ${where} GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (month, product_id, category_id, workshop_id, location_id) DO UPDATE SET
     qty = qty + excluded.qty,
     net = net + excluded.net,
     cost = cost + excluded.cost`

const statements = [
  `CREATE TABLE report_products_monthly (
     month TEXT NOT NULL,
     product_id TEXT NOT NULL,
     category_id TEXT NOT NULL,
     workshop_id TEXT NOT NULL,
     location_id TEXT NOT NULL,
     qty INTEGER NOT NULL DEFAULT 0,
     net INTEGER NOT NULL DEFAULT 0,
     cost INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (month, product_id, category_id, workshop_id, location_id)
   ) STRICT, WITHOUT ROWID`,
  productRows(1, 'NOT EXISTS (SELECT 1 FROM sale_voids v WHERE v.sale_id = l.sale_id)'),
  `CREATE TRIGGER sale_lines_product_months AFTER INSERT ON sale_lines BEGIN
     ${productRows(1, 'l.id = NEW.id')};
   END`,
  `CREATE TRIGGER sale_voids_product_months AFTER INSERT ON sale_voids BEGIN
     ${productRows(-1, 'l.sale_id = NEW.sale_id')};
   END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
