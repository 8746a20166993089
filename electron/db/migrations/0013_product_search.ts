import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Product search at 100,000 products within 10 ms (see electron/services/catalogue/catalog-search.ts).
// Sorting thousands of trigram hits by name cost most of the time in reading each hit's wide
// product row; two structures avoid it:
const statements = [
  // 1. A walk in name order over active products that never reads a product row: name, SKU
  //    and barcode are all in the index, so a substring test runs on the index alone.
  `CREATE INDEX products_search_walk ON products(name, sku, barcode) WHERE active = 1`,
  // 2. A narrow copy of what ordering needs, keyed by the same rowid as products_fts: sorting
  //    hits reads a few small pages instead of whole product rows. Triggers keep it exact in
  //    the transaction of every write to products.
  `CREATE TABLE product_search (
     rid INTEGER PRIMARY KEY,
     name TEXT NOT NULL,
     sku TEXT NOT NULL,
     active INTEGER NOT NULL
   ) STRICT`,
  `INSERT INTO product_search (rid, name, sku, active) SELECT rowid, name, sku, active FROM products`,
  `CREATE TRIGGER product_search_insert AFTER INSERT ON products BEGIN
     INSERT INTO product_search (rid, name, sku, active)
     VALUES (new.rowid, new.name, new.sku, new.active);
   END`,
  `CREATE TRIGGER product_search_update AFTER UPDATE OF name, sku, active ON products BEGIN
     UPDATE product_search SET name = new.name, sku = new.sku, active = new.active
     WHERE rid = new.rowid;
   END`,
  `CREATE TRIGGER product_search_delete AFTER DELETE ON products BEGIN
     DELETE FROM product_search WHERE rid = old.rowid;
   END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
