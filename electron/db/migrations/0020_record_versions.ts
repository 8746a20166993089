import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Closes the gaps left in the chain (issue 13):
// - Records that change state (transfers and their counted lines, orders, production requests)
//   cannot be chained as they are: a chained row must never change. Each state they pass
//   through is written instead as an append-only version row (its columns as JSON; NULL when a
//   draft line is removed), by triggers in the same transaction, and the versions are chained.
//   Verify then checks that each record equals its last version: an edit or a delete made with
//   the triggers dropped no longer matches.
// - The order ledgers that are append-only already (events, lines, payments, documents) join
//   the chain directly.
// - Master data older than 0016 had no history: each record without any gets one baseline row
//   (its state at this upgrade, by 'system/upgrade'), so every record's history starts somewhere.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

// Frozen: the verifier (electron/db/ledger-chain.ts) keeps its own copy and a test proves they agree.
export const chainedColumns: Record<string, string[]> = {
  record_versions: ['id', 'table_name', 'row_id', 'content', 'user_id', 'device_id', 'created_at'],
  order_events: [
    'id',
    'order_id',
    'status',
    'reason',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  order_lines: [
    'id',
    'order_id',
    'line_no',
    'product_id',
    'qty',
    'list_price',
    'unit_price',
    'price_reason',
    'hs_code',
    'net_weight_g',
    'due_date',
  ],
  order_payments: [
    'id',
    'order_id',
    'receipt_no',
    'kind',
    'method_id',
    'method_name',
    'method_kind',
    'amount',
    'reference',
    'reason',
    'shift_id',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  order_documents: [
    'id',
    'order_id',
    'kind',
    'doc_no',
    'language',
    'currency',
    'rate_x100',
    'payment_id',
    'user_id',
    'device_id',
    'created_at',
  ],
}

// Frozen: electron/db/record-versions.ts keeps its own copy and a test proves they agree.
// key: how a row is named in record_versions.row_id.
export const versionedTables: Record<string, { key: string; columns: string[] }> = {
  transfers: {
    key: 'id',
    columns: [
      'id',
      'transfer_no',
      'from_location_id',
      'to_location_id',
      'state',
      'note',
      'receive_note',
      'created_by',
      'sent_by',
      'sent_at',
      'received_by',
      'received_at',
      'device_id',
      'created_at',
    ],
  },
  transfer_lines: {
    key: 'id',
    columns: [
      'id',
      'transfer_id',
      'line_no',
      'product_id',
      'qty_sent',
      'unit_cost',
      'qty_received',
      'qty_damaged',
      'qty_missing',
    ],
  },
  orders: {
    key: 'id',
    columns: [
      'id',
      'order_no',
      'buyer_id',
      'location_id',
      'status',
      'due_date',
      'note',
      'total',
      'sale_id',
      'created_by',
      'device_id',
      'created_at',
    ],
  },
  production_requests: {
    key: 'id',
    columns: [
      'id',
      'request_no',
      'order_id',
      'product_id',
      'workshop_id',
      'qty',
      'due_date',
      'note',
      'state',
      'user_id',
      'device_id',
      'created_at',
    ],
  },
  production_request_receipts: {
    key: "stock_doc_id || '/' || request_id",
    columns: ['stock_doc_id', 'request_id'],
  },
}

const linkRow = (table: string, columns: string[], row: string) =>
  `INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
   SELECT '${table}', ${row}.id, p.h,
          sha256(p.h || json_array('${table}', ${columns.map((c) => `${row}.${c}`).join(', ')}))
   FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p`

const thisDevice = `(SELECT json_extract(value, '$') FROM settings WHERE key = 'device.id')`
const keyOf = (key: string, row: string) =>
  key.replace(/\b(id|stock_doc_id|request_id)\b/g, `${row}.$1`)
// Concatenated to plain text: a json_array() value keeps its JSON subtype into the chain
// trigger, which would embed it as an array where the verifier reads the stored text.
const contentOf = (table: string, columns: string[], row: string) =>
  `('' || json_array('${table}', ${columns.map((c) => `${row}.${c}`).join(', ')}))`

const versionInsert = (table: string, rowKey: string, content: string, user: string) =>
  `INSERT INTO record_versions (id, table_name, row_id, content, user_id, device_id, created_at)
   VALUES (lower(hex(randomblob(16))), '${table}', ${rowKey}, ${content}, ${user},
           coalesce(change_device(), ${thisDevice}), change_time())`

const versionTriggers = Object.entries(versionedTables).flatMap(([table, { key, columns }]) => [
  `CREATE TRIGGER ${table}_version_insert AFTER INSERT ON ${table} BEGIN
     ${versionInsert(table, keyOf(key, 'new'), contentOf(table, columns, 'new'), 'change_user()')};
   END`,
  `CREATE TRIGGER ${table}_version_update AFTER UPDATE ON ${table} BEGIN
     ${versionInsert(table, keyOf(key, 'new'), contentOf(table, columns, 'new'), 'change_user()')};
   END`,
  `CREATE TRIGGER ${table}_version_delete AFTER DELETE ON ${table} BEGIN
     ${versionInsert(table, keyOf(key, 'old'), 'NULL', 'change_user()')};
   END`,
])

const statements = [
  `CREATE TABLE record_versions (
     id TEXT PRIMARY KEY,
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     content TEXT,
     user_id TEXT,
     device_id TEXT,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX record_versions_row ON record_versions(table_name, row_id)`,
  ...appendOnly('record_versions'),
]

/** The baseline: what one record is at the upgrade, as its creation row would have said. */
const SYSTEM = `'system/upgrade'`
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
const jsonOf = (columns: string[]) =>
  `json_object(${columns.map((c) => `'${c}', r.${c}`).join(', ')})`
const noHistory = (entity: string, id: string) =>
  `NOT EXISTS (SELECT 1 FROM master_history h WHERE h.entity = '${entity}' AND h.entity_id = ${id})`

const baselineSources: Array<{ entity: string; from: string; id: string; value: string }> = [
  { entity: 'product', from: 'products', id: 'r.id', value: jsonOf(productFields) },
  {
    entity: 'user',
    from: 'users',
    id: 'r.id',
    value: `json_object('name', r.name, 'role', r.role, 'active', r.active,
                        'pin', CASE WHEN r.pin_hash IS NULL THEN NULL ELSE 'set' END)`,
  },
  { entity: 'payment_method', from: 'payment_methods', id: 'r.id', value: jsonOf(paymentFields) },
  {
    entity: 'setting',
    from: `settings`,
    id: 'r.key',
    value: `json_object('value', CASE WHEN length(r.value) > 400
              THEN 'sha256:' || substr(sha256(r.value), 1, 16) ELSE r.value END)`,
  },
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
  await sql
    .raw(
      `CREATE TRIGGER record_versions_chain AFTER INSERT ON record_versions BEGIN
         ${linkRow('record_versions', chainedColumns.record_versions!, 'new')};
       END`,
    )
    .execute(db)

  // Existing rows of the order ledgers join the chain one at a time, in the order written.
  for (const [table, columns] of Object.entries(chainedColumns)) {
    if (table === 'record_versions') continue
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM ${sql.table(table)} ORDER BY rowid`.execute(db)
    for (const { id } of rows) {
      await sql
        .raw(
          `${linkRow(table, columns, 'r')} JOIN ${table} r ON r.id = '${id.replaceAll("'", "''")}'`,
        )
        .execute(db)
    }
    await sql
      .raw(
        `CREATE TRIGGER ${table}_chain AFTER INSERT ON ${table} BEGIN
           ${linkRow(table, columns, 'new')};
         END`,
      )
      .execute(db)
  }

  // Each existing state record gets its first version: its state at the upgrade.
  for (const [table, { key, columns }] of Object.entries(versionedTables)) {
    const { rows } = await sql<{ k: string }>`
      SELECT ${sql.raw(key)} AS k FROM ${sql.table(table)}
      ORDER BY ${sql.raw(table === 'production_request_receipts' ? 'k' : 'rowid')}`.execute(db)
    for (const { k } of rows) {
      await sql
        .raw(
          `INSERT INTO record_versions (id, table_name, row_id, content, user_id, device_id, created_at)
           SELECT lower(hex(randomblob(16))), '${table}', ${keyOf(key, 'r')},
                  ${contentOf(table, columns, 'r')}, ${SYSTEM},
                  coalesce(change_device(), ${thisDevice}), change_time()
           FROM ${table} r WHERE ${keyOf(key, 'r')} = '${k.replaceAll("'", "''")}'`,
        )
        .execute(db)
    }
  }
  for (const statement of versionTriggers) await sql.raw(statement).execute(db)

  // Master data that has no history yet gets its baseline row, one record at a time (each
  // row's link needs the one before).
  for (const source of baselineSources) {
    const { rows } = await sql<{ k: string }>`
      SELECT ${sql.raw(source.id)} AS k FROM ${sql.raw(source.from)} r
      WHERE ${sql.raw(noHistory(source.entity, source.id))}
      ${sql.raw(source.entity === 'setting' ? "AND r.key <> 'labels.inStoreEanSeq'" : '')}
      ORDER BY r.rowid`.execute(db)
    for (const { k } of rows) {
      await sql
        .raw(
          `INSERT INTO master_history
             (id, entity, entity_id, field, old_value, new_value, user_id, approved_by, device_id, created_at)
           SELECT lower(hex(randomblob(16))), '${source.entity}', ${source.id}, 'baseline', NULL,
                  ${source.value}, ${SYSTEM}, NULL, coalesce(change_device(), ${thisDevice}),
                  change_time()
           FROM ${source.from} r WHERE ${source.id} = '${k.replaceAll("'", "''")}'`,
        )
        .execute(db)
    }
  }
  // A role's permissions: one baseline row per granted permission without any history.
  const { rows: grants } = await sql<{ role: string; permission: string }>`
    SELECT role, permission FROM role_permissions r
    WHERE NOT EXISTS (SELECT 1 FROM master_history h WHERE h.entity = 'role_permission'
      AND h.entity_id = r.role AND coalesce(h.new_value, h.old_value) = r.permission)
    ORDER BY role, permission`.execute(db)
  for (const { role, permission } of grants) {
    await sql`
      INSERT INTO master_history
        (id, entity, entity_id, field, old_value, new_value, user_id, approved_by, device_id, created_at)
      VALUES (lower(hex(randomblob(16))), 'role_permission', ${role}, 'permission', NULL,
              ${permission}, 'system/upgrade', NULL,
              coalesce(change_device(), ${sql.raw(thisDevice)}), change_time())`.execute(db)
  }
}
