import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Several tills share reference data (locations, workshops, categories, payment methods, split
// rules, users; roles are their names): a row must be the same row on every till. New installs
// give the seeded rows fixed ids (shared/seeded-ids.ts) and every other row a random UUID,
// which is already the same everywhere once it travels. A till installed before that gave its
// showroom and storeroom random ids, which its append-only ledgers point at and cannot be
// rewritten: `shared_id` names the row across tills instead. NULL means "the id is the shared
// id"; the seeded rows of an older till get the fixed ids here, and sync matches on
// coalesce(shared_id, id).
//
// Product price and cost become append-only versions with an effective time. products.price
// and products.cost stay the current values (fast reads, and the sale lines snapshot them):
// a trigger adds a version on every change made here, and a version from the hub is written
// first and then applied to the product when it is due, so an offline till keeps selling at
// the price it knows.

// Same values as shared/seeded-ids.ts (a migration imports nothing from the app).
const SEEDED_SHOWROOM = '5eed0000-0000-5000-8000-000000000001'
const SEEDED_STOREROOM = '5eed0000-0000-5000-8000-000000000002'

const sharedTables = [
  'locations',
  'workshops',
  'categories',
  'payment_methods',
  'split_rules',
  'users',
]

const versionId = `lower(hex(randomblob(16)))`
const thisDevice = `coalesce((SELECT json_extract(value, '$') FROM settings WHERE key = 'device.id'), new.device_id)`

const statements = [
  ...sharedTables.flatMap((table) => [
    `ALTER TABLE ${table} ADD COLUMN shared_id TEXT CHECK (shared_id IS NULL OR length(shared_id) BETWEEN 1 AND 64)`,
    `CREATE UNIQUE INDEX ${table}_shared_id ON ${table}(coalesce(shared_id, id))`,
  ]),
  // The oldest showroom and storeroom are the ones bootstrap made on this till's first start.
  ...(
    [
      ['showroom', SEEDED_SHOWROOM],
      ['storeroom', SEEDED_STOREROOM],
    ] as const
  ).map(
    ([kind, shared]) =>
      `UPDATE locations SET shared_id = '${shared}'
       WHERE id = (SELECT id FROM locations WHERE kind = '${kind}' ORDER BY created_at, rowid LIMIT 1)
         AND id <> '${shared}'
         AND NOT EXISTS (SELECT 1 FROM locations WHERE id = '${shared}')`,
  ),

  `CREATE TABLE product_price_versions (
     id TEXT PRIMARY KEY,
     product_id TEXT NOT NULL REFERENCES products(id),
     price INTEGER NOT NULL CHECK (price >= 0),
     cost INTEGER NOT NULL CHECK (cost >= 0),
     effective_at INTEGER NOT NULL,
     source TEXT NOT NULL CHECK (source IN ('till', 'hub')),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX product_price_versions_product ON product_price_versions(product_id, effective_at)`,
  `CREATE TRIGGER product_price_versions_no_update BEFORE UPDATE ON product_price_versions
     BEGIN SELECT RAISE(ABORT, 'append-only: product_price_versions rows cannot be changed'); END`,
  `CREATE TRIGGER product_price_versions_no_delete BEFORE DELETE ON product_price_versions
     BEGIN SELECT RAISE(ABORT, 'append-only: product_price_versions rows cannot be deleted'); END`,
  // Every product starts with the price it has now.
  `INSERT INTO product_price_versions (id, product_id, price, cost, effective_at, source, device_id, created_at)
     SELECT ${versionId}, id, price, cost, updated_at, 'till', device_id, updated_at FROM products`,
  `CREATE TRIGGER products_price_version_insert AFTER INSERT ON products BEGIN
     INSERT INTO product_price_versions (id, product_id, price, cost, effective_at, source, device_id, created_at)
     VALUES (${versionId}, new.id, new.price, new.cost, new.updated_at, 'till', ${thisDevice}, new.updated_at);
   END`,
  // A change made here is a version effective at once; a hub version applied when due is
  // already recorded (same price, cost and time) and is not written twice.
  `CREATE TRIGGER products_price_version_update AFTER UPDATE OF price, cost ON products
   WHEN (old.price IS NOT new.price OR old.cost IS NOT new.cost)
     AND NOT EXISTS (SELECT 1 FROM product_price_versions v WHERE v.product_id = new.id
                     AND v.price = new.price AND v.cost = new.cost AND v.effective_at = new.updated_at)
   BEGIN
     INSERT INTO product_price_versions (id, product_id, price, cost, effective_at, source, device_id, created_at)
     VALUES (${versionId}, new.id, new.price, new.cost, new.updated_at, 'till', ${thisDevice}, new.updated_at);
   END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
