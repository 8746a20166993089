import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// Sign-in and approvals that hold against someone at the till:
// - approval_grants: a supervisor's PIN buys ONE call, for one permission, one channel, one
//   input (its hash) and the cashier session that asked, for two minutes. The renderer holds
//   only a random secret; the row's id is that secret's SHA-256, so the file alone cannot
//   replay a grant. A grant is claimed while its call runs, used when the call succeeds, and
//   once used it can never be made unused, re-aimed or deleted.
// - pin_attempts: every PIN check is reserved here before the slow hash runs, so parallel
//   attempts are counted even while they are in flight; the till-wide budget counts them.
// - approval_limits: wrong approval PINs count against the cashier who asked for the
//   approval, never against the supervisor's own sign-in.

const statements = [
  `CREATE TABLE approval_grants (
     id TEXT PRIMARY KEY,
     permission TEXT NOT NULL,
     channel TEXT NOT NULL,
     input_hash TEXT NOT NULL,
     requester_id TEXT NOT NULL REFERENCES users(id),
     session_id TEXT NOT NULL,
     approver_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL,
     claimed_at INTEGER,
     used_at INTEGER
   ) STRICT`,
  `CREATE TRIGGER approval_grants_fixed BEFORE UPDATE ON approval_grants
     WHEN old.used_at IS NOT NULL
       OR new.id IS NOT old.id OR new.permission IS NOT old.permission
       OR new.channel IS NOT old.channel OR new.input_hash IS NOT old.input_hash
       OR new.requester_id IS NOT old.requester_id OR new.session_id IS NOT old.session_id
       OR new.approver_id IS NOT old.approver_id OR new.expires_at IS NOT old.expires_at
       OR new.created_at IS NOT old.created_at
     BEGIN SELECT RAISE(ABORT, 'approval grants are used once and never re-aimed'); END`,
  `CREATE TRIGGER approval_grants_no_delete BEFORE DELETE ON approval_grants
     BEGIN SELECT RAISE(ABORT, 'approval grants cannot be deleted'); END`,
  `CREATE TABLE pin_attempts (
     id INTEGER PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('login', 'approval')),
     user_id TEXT NOT NULL,
     requester_id TEXT,
     at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX pin_attempts_at ON pin_attempts(at)`,
  `CREATE TABLE approval_limits (
     requester_id TEXT PRIMARY KEY REFERENCES users(id),
     failed INTEGER NOT NULL DEFAULT 0 CHECK (failed >= 0),
     locked_until INTEGER
   ) STRICT`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
