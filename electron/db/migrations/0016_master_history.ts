import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Master-data history: every change to products, users, role permissions, payment methods and
// settings becomes an append-only row (who, when, old → new) written by triggers in the same
// transaction as the change, so no service can forget it, and chained like the ledgers, so a
// row cannot be removed or edited unseen. The app registers change_user(), change_approver(),
// change_time() and change_device() on its connection (electron/db/change-actor.ts): a tool
// without them cannot change master data at all. PINs are recorded as "changed", never hashed
// or otherwise.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

// Frozen: the verifier (electron/db/ledger-chain.ts) keeps its own copy and a test proves they agree.
export const chainedColumns: Record<string, string[]> = {
  master_history: [
    'id',
    'entity',
    'entity_id',
    'field',
    'old_value',
    'new_value',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
}

const linkRow = (table: string, columns: string[], row: string) =>
  `INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
   SELECT '${table}', ${row}.id, p.h,
          sha256(p.h || json_array('${table}', ${columns.map((c) => `${row}.${c}`).join(', ')}))
   FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p`

/** One history row per changed field: `fields` are [name, old expression, new expression]. */
function historyInsert(entity: string, entityId: string, fields: Array<[string, string, string]>) {
  const rows = fields
    .map(([name, before, after]) => `SELECT '${name}' AS field, ${before} AS o, ${after} AS n`)
    .join(' UNION ALL ')
  return `INSERT INTO master_history
       (id, entity, entity_id, field, old_value, new_value, user_id, approved_by, device_id, created_at)
     SELECT lower(hex(randomblob(16))), '${entity}', ${entityId}, f.field, f.o, f.n,
            change_user(), change_approver(), change_device(), change_time()
     FROM (${rows}) f WHERE f.o IS NOT f.n`
}

const text = (expression: string) => `CAST(${expression} AS TEXT)`
const changed = (columns: string[]) =>
  columns.map((c): [string, string, string] => [c, text(`old.${c}`), text(`new.${c}`)])

const productFields = [
  'sku',
  'barcode',
  'name',
  'category_id',
  'unit',
  'price',
  'cost',
  'workshop_id',
  'active',
  'reorder_level',
]
const paymentFields = ['name', 'kind', 'requires_reference', 'active', 'sort']

/** A new record in one row: its starting values as a JSON object. */
const created = (columns: string[]) =>
  `json_object(${columns.map((c) => `'${c}', new.${c}`).join(', ')})`

/** The label printer's EAN counter only ever counts up; it is not a setting anyone changes. */
const quietSettings = `('labels.inStoreEanSeq')`
/** A logo is a picture: its history says which picture (a hash), not the picture itself. */
const settingValue = (row: 'old' | 'new') =>
  `CASE WHEN length(${row}.value) > 400 THEN 'sha256:' || substr(sha256(${row}.value), 1, 16)
        ELSE ${row}.value END`

const statements = [
  `CREATE TABLE master_history (
     id TEXT PRIMARY KEY,
     entity TEXT NOT NULL CHECK (entity IN
       ('product','user','role_permission','payment_method','setting')),
     entity_id TEXT NOT NULL,
     field TEXT NOT NULL,
     old_value TEXT,
     new_value TEXT,
     user_id TEXT,
     approved_by TEXT,
     device_id TEXT,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX master_history_entity ON master_history(entity, entity_id, created_at)`,
  `CREATE INDEX master_history_created ON master_history(created_at)`,
  ...appendOnly('master_history'),
  `CREATE TRIGGER master_history_chain AFTER INSERT ON master_history BEGIN
     ${linkRow('master_history', chainedColumns.master_history!, 'new')};
   END`,

  `CREATE TRIGGER products_history_insert AFTER INSERT ON products BEGIN
     ${historyInsert('product', 'new.id', [['created', 'NULL', created(productFields)]])};
   END`,
  `CREATE TRIGGER products_history_update AFTER UPDATE ON products BEGIN
     ${historyInsert('product', 'new.id', changed(productFields))};
   END`,

  `CREATE TRIGGER users_history_insert AFTER INSERT ON users BEGIN
     ${historyInsert('user', 'new.id', [
       ['created', 'NULL', `json_object('name', new.name, 'role', new.role, 'active', new.active)`],
       ['pin', 'NULL', `CASE WHEN new.pin_hash IS NULL THEN NULL ELSE 'set' END`],
     ])};
   END`,
  // Sign-in counters (failed_pins, locked_until) are not master data and are left out.
  `CREATE TRIGGER users_history_update AFTER UPDATE OF name, role, active, pin_hash ON users BEGIN
     ${historyInsert('user', 'new.id', [
       ...changed(['name', 'role', 'active']),
       [
         'pin',
         `CASE WHEN old.pin_hash IS new.pin_hash THEN NULL ELSE 'old' END`,
         `CASE WHEN old.pin_hash IS new.pin_hash THEN NULL
               WHEN new.pin_hash IS NULL THEN 'removed' ELSE 'changed' END`,
       ],
     ])};
   END`,

  `CREATE TRIGGER role_permissions_history_insert AFTER INSERT ON role_permissions BEGIN
     ${historyInsert('role_permission', 'new.role', [['permission', 'NULL', 'new.permission']])};
   END`,
  `CREATE TRIGGER role_permissions_history_delete AFTER DELETE ON role_permissions BEGIN
     ${historyInsert('role_permission', 'old.role', [['permission', 'old.permission', 'NULL']])};
   END`,

  `CREATE TRIGGER payment_methods_history_insert AFTER INSERT ON payment_methods BEGIN
     ${historyInsert('payment_method', 'new.id', [['created', 'NULL', created(paymentFields)]])};
   END`,
  `CREATE TRIGGER payment_methods_history_update AFTER UPDATE ON payment_methods BEGIN
     ${historyInsert('payment_method', 'new.id', changed(paymentFields))};
   END`,

  `CREATE TRIGGER settings_history_insert AFTER INSERT ON settings
     WHEN new.key NOT IN ${quietSettings} BEGIN
     ${historyInsert('setting', 'new.key', [['value', 'NULL', settingValue('new')]])};
   END`,
  `CREATE TRIGGER settings_history_update AFTER UPDATE ON settings
     WHEN new.key NOT IN ${quietSettings} BEGIN
     ${historyInsert('setting', 'new.key', [['value', settingValue('old'), settingValue('new')]])};
   END`,
  `CREATE TRIGGER settings_history_delete AFTER DELETE ON settings
     WHEN old.key NOT IN ${quietSettings} BEGIN
     ${historyInsert('setting', 'old.key', [['value', settingValue('old'), 'NULL']])};
   END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
