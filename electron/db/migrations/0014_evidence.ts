import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Evidence that survives someone with the database file. Each link of the ledger chain gets a
// signature, HMAC-SHA256 over its position and hash with a key kept outside the file; the app
// registers chain_mac() and chain_key_id() on its connection, so a tool without the key cannot
// append to a ledger, and a chain recomputed without it no longer verifies.

const appendOnly = (table: string) => [
  `CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be changed'); END`,
  `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
     BEGIN SELECT RAISE(ABORT, 'append-only: ${table} rows cannot be deleted'); END`,
]

const signatureStatements = [
  `CREATE TABLE ledger_chain_macs (
     seq INTEGER PRIMARY KEY REFERENCES ledger_chain(seq),
     key_id TEXT NOT NULL CHECK (length(key_id) = 16),
     mac TEXT NOT NULL CHECK (length(mac) = 64)
   ) STRICT`,
  ...appendOnly('ledger_chain_macs'),
  `CREATE TRIGGER ledger_chain_sign AFTER INSERT ON ledger_chain BEGIN
     INSERT INTO ledger_chain_macs (seq, key_id, mac)
     VALUES (new.seq, chain_key_id(), chain_mac(new.seq, new.hash));
   END`,
  // The history so far is signed as it stands at the upgrade: what was changed before cannot
  // be told apart any more, what is changed after can.
  `INSERT INTO ledger_chain_macs (seq, key_id, mac)
     SELECT seq, chain_key_id(), chain_mac(seq, hash) FROM ledger_chain ORDER BY seq`,
]

// Records that joined the chain here, each append-only already. Frozen: the verifier
// (electron/db/ledger-chain.ts) keeps its own copy and a test proves they agree.
export const chainedColumns: Record<string, string[]> = {
  stock_docs: [
    'id',
    'doc_no',
    'kind',
    'location_id',
    'workshop_id',
    'doc_date',
    'batch',
    'party',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_doc_lines: ['id', 'doc_id', 'line_no', 'product_id', 'qty', 'unit_cost'],
  split_rules: [
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
  ],
  pnbp_deposits: [
    'id',
    'deposit_date',
    'amount',
    'billing_code',
    'ntpn',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  pnbp_targets: ['id', 'year', 'amount', 'user_id', 'device_id', 'created_at'],
  pnbp_deposit_cancellations: ['id', 'deposit_id', 'reason', 'user_id', 'device_id', 'created_at'],
  receipt_prints: ['id', 'sale_id', 'copy_no', 'user_id', 'device_id', 'created_at'],
  backup_runs: [
    'id',
    'kind',
    'trigger',
    'file',
    'destination',
    'bytes',
    'ok',
    'problem',
    'detail',
    'duration_ms',
    'device_id',
    'created_at',
  ],
}

const linkRow = (table: string, columns: string[], row: string) =>
  `INSERT INTO ledger_chain (table_name, row_id, prev_hash, hash)
   SELECT '${table}', ${row}.id, p.h,
          sha256(p.h || json_array('${table}', ${columns.map((c) => `${row}.${c}`).join(', ')}))
   FROM (SELECT coalesce((SELECT hash FROM ledger_chain ORDER BY seq DESC LIMIT 1), '') AS h) p`

const coverageTriggers = Object.entries(chainedColumns).map(
  ([table, columns]) => `CREATE TRIGGER ${table}_chain AFTER INSERT ON ${table} BEGIN
     ${linkRow(table, columns, 'new')};
   END`,
)

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of signatureStatements) await sql.raw(statement).execute(db)
  // Existing rows join the chain one at a time, in the order they were written: each link
  // needs the hash of the one before, which one INSERT … SELECT would not see.
  for (const [table, columns] of Object.entries(chainedColumns)) {
    const { rows } = await sql<{ id: string }>`
      SELECT id FROM ${sql.table(table)} ORDER BY rowid`.execute(db)
    for (const { id } of rows) {
      await sql
        .raw(
          `${linkRow(table, columns, 'r')} JOIN ${table} r ON r.id = '${id.replaceAll("'", "''")}'`,
        )
        .execute(db)
    }
  }
  for (const statement of coverageTriggers) await sql.raw(statement).execute(db)
}
