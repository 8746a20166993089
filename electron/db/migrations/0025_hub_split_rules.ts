import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Split rules come down from the hub (issue 17, hub schema v4), like the rest of master data.
// - A rule from the hub keeps its author's device id ('hub' for one the admin published, the
//   proposing till's for one the admin applied), so like another till's stock movement it does
//   not join this device's chain: only rules written here are this device's ledger rows.
// - A rule written here is also queued as a proposal (sync_master_edits, 0022) in the row's own
//   transaction; the hub's admin decides it and an applied one comes down to every till. A
//   till that never joins only ever queues.

const thisDevice = `(SELECT json_extract(value, '$') FROM settings WHERE key = 'device.id')`

// The chained columns of split_rules, as frozen in 0014.
const chained = [
  'id',
  'workshop_id',
  'valid_from',
  'premi_bp',
  'pnbp_bp',
  'modal_bp',
  'basis',
  'note',
  'user_id',
  'device_id',
  'created_at',
]

// The version as the hub holds it, keyed by its shared id.
const asJson = (row: string) =>
  `json_object(${chained
    .map((c) => `'${c}', ${c === 'id' ? `coalesce(${row}.shared_id, ${row}.id)` : `${row}.${c}`}`)
    .join(', ')})`

const statements = [
  `DROP TRIGGER split_rules_chain`,
  `CREATE TRIGGER split_rules_chain AFTER INSERT ON split_rules
   WHEN new.device_id = ${thisDevice}
   BEGIN
     INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
     SELECT 'split_rules', new.id, p.h,
            sha256(p.h || json_array('split_rules', ${chained.map((c) => `new.${c}`).join(', ')}))
     FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p;
   END`,
  `CREATE TRIGGER split_rules_hub_propose AFTER INSERT ON split_rules
   WHEN new.device_id = ${thisDevice} AND NOT EXISTS (SELECT 1 FROM sync_applying)
   BEGIN
     INSERT INTO sync_master_edits (table_name, row_id, fields)
     VALUES ('split_rules', coalesce(new.shared_id, new.id), ${asJson('new')});
   END`,
  // The rules written here so far wait for the first sync after this upgrade.
  `INSERT INTO sync_master_edits (table_name, row_id, fields)
     SELECT 'split_rules', coalesce(r.shared_id, r.id), ${asJson('r')}
     FROM split_rules r WHERE r.device_id = ${thisDevice} ORDER BY r.rowid`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
