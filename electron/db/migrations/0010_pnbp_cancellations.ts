import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// A PNBP deposit recorded by mistake (wrong amount, a billing code typed twice) is never
// edited or deleted: the register is append-only. It is cancelled by a second record that
// names it and says why; the cancelled deposit stays visible, struck out, and no longer
// counts as deposited. A deposit can be cancelled once; the right one is then recorded anew.

const statements = [
  `CREATE TABLE pnbp_deposit_cancellations (
     id TEXT PRIMARY KEY,
     deposit_id TEXT NOT NULL UNIQUE REFERENCES pnbp_deposits(id),
     reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE TRIGGER pnbp_deposit_cancellations_no_update
     BEFORE UPDATE ON pnbp_deposit_cancellations
     BEGIN SELECT RAISE(ABORT, 'append-only: pnbp_deposit_cancellations rows cannot be changed'); END`,
  `CREATE TRIGGER pnbp_deposit_cancellations_no_delete
     BEFORE DELETE ON pnbp_deposit_cancellations
     BEGIN SELECT RAISE(ABORT, 'append-only: pnbp_deposit_cancellations rows cannot be deleted'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
