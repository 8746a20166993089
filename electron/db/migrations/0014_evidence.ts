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

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of signatureStatements) await sql.raw(statement).execute(db)
}
