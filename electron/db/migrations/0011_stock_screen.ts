import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// The Stok screen at 100,000 products: indexes that let its pages walk products in name
// order without sorting, and a small aggregate of units and value at cost that triggers keep
// exact in the same transaction as every write, so totals never sum 150,000 levels.

// Every trigger adds a delta (negative to take a contribution away) to one cell per location.
// Null category / workshop are stored as '' so they can be part of the primary key.
const upsertTotals = `ON CONFLICT (location_id, category_id, workshop_id) DO UPDATE SET
       units = units + excluded.units, value = value + excluded.value`

const statements = [
  // One location pages by name and probes stock_levels' primary key for each product: with
  // the id in the index the walk never reads a product row.
  `CREATE INDEX products_name_id ON products(name, id)`,
  // Counting a view probes stock_levels (primary key product_id, location_id) once per
  // product: in id order those probes read its pages in sequence instead of at random. These
  // cover the filters and the reorder level, so a count never reads a product row either.
  `CREATE INDEX products_category_stock ON products(category_id, id, reorder_level)`,
  `CREATE INDEX products_workshop_stock ON products(workshop_id, id, reorder_level)`,
  // Low stock only ever looks at products with a reorder level (one in seven or so): by id
  // for the count, by name for the page.
  `CREATE INDEX products_low_id ON products(id, reorder_level) WHERE reorder_level > 0`,
  `CREATE INDEX products_low_name ON products(name, id, reorder_level) WHERE reorder_level > 0`,

  `CREATE TABLE stock_value_totals (
     location_id TEXT NOT NULL,
     category_id TEXT NOT NULL,
     workshop_id TEXT NOT NULL,
     units INTEGER NOT NULL,
     value INTEGER NOT NULL,
     PRIMARY KEY (location_id, category_id, workshop_id)
   ) STRICT, WITHOUT ROWID`,

  `CREATE TRIGGER stock_value_totals_level_insert AFTER INSERT ON stock_levels BEGIN
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT new.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
            new.on_hand, new.on_hand * p.cost
     FROM products p WHERE p.id = new.product_id
     ${upsertTotals};
   END`,
  // A movement changes on_hand only: one delta. (An upsert's DO UPDATE fires this, not the
  // insert trigger.)
  `CREATE TRIGGER stock_value_totals_level_update AFTER UPDATE OF on_hand ON stock_levels
   WHEN old.product_id = new.product_id AND old.location_id = new.location_id BEGIN
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT new.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
            new.on_hand - old.on_hand, (new.on_hand - old.on_hand) * p.cost
     FROM products p WHERE p.id = new.product_id
     ${upsertTotals};
   END`,
  // Nothing re-keys a level today; if something ever does, the contribution moves with it.
  `CREATE TRIGGER stock_value_totals_level_rekey AFTER UPDATE OF product_id, location_id
   ON stock_levels WHEN old.product_id <> new.product_id OR old.location_id <> new.location_id
   BEGIN
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT old.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
            -old.on_hand, -old.on_hand * p.cost
     FROM products p WHERE p.id = old.product_id
     ${upsertTotals};
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT new.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
            new.on_hand, new.on_hand * p.cost
     FROM products p WHERE p.id = new.product_id
     ${upsertTotals};
   END`,
  `CREATE TRIGGER stock_value_totals_level_delete AFTER DELETE ON stock_levels BEGIN
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT old.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
            -old.on_hand, -old.on_hand * p.cost
     FROM products p WHERE p.id = old.product_id
     ${upsertTotals};
   END`,
  // A cost, category or workshop edit moves the product's whole contribution, per location.
  `CREATE TRIGGER stock_value_totals_product_update
   AFTER UPDATE OF id, cost, category_id, workshop_id ON products
   WHEN old.id IS NOT new.id OR old.cost IS NOT new.cost
     OR old.category_id IS NOT new.category_id OR old.workshop_id IS NOT new.workshop_id
   BEGIN
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT s.location_id, coalesce(old.category_id, ''), coalesce(old.workshop_id, ''),
            -sum(s.on_hand), -sum(s.on_hand) * old.cost
     FROM stock_levels s WHERE s.product_id = old.id GROUP BY s.location_id
     ${upsertTotals};
     INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
     SELECT s.location_id, coalesce(new.category_id, ''), coalesce(new.workshop_id, ''),
            sum(s.on_hand), sum(s.on_hand) * new.cost
     FROM stock_levels s WHERE s.product_id = new.id GROUP BY s.location_id
     ${upsertTotals};
   END`,
  `INSERT INTO stock_value_totals (location_id, category_id, workshop_id, units, value)
   SELECT s.location_id, coalesce(p.category_id, ''), coalesce(p.workshop_id, ''),
          sum(s.on_hand), sum(s.on_hand * p.cost)
   FROM stock_levels s JOIN products p ON p.id = s.product_id
   GROUP BY 1, 2, 3`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
