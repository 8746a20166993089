import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// What the hub's admin decided on this till's proposals (issue 17, hub schema v3's
// master_decisions), so the till can say whether a split rule it wrote was applied or
// rejected.
// - One row per decided proposal, keyed by the proposal's source (`edit:<sync_master_edits.id>`,
//   unique per device on the hub too), with the table and row it was about.
// - The hub never changes or deletes a decision, so neither does the till: rows are only added,
//   and a replayed download adds nothing.
// - decided_at is the hub's clock (ms since the epoch), not this till's.

const statements = [
  `CREATE TABLE hub_decisions (
     source_id TEXT PRIMARY KEY,
     proposal_id INTEGER NOT NULL,
     table_name TEXT NOT NULL,
     row_id TEXT NOT NULL,
     decision TEXT NOT NULL CHECK (decision IN ('applied', 'rejected')),
     note TEXT,
     decided_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX hub_decisions_row ON hub_decisions(table_name, row_id)`,
  `CREATE TRIGGER hub_decisions_no_update BEFORE UPDATE ON hub_decisions
   BEGIN SELECT RAISE(ABORT, 'hub_decisions: the hub''s decisions are never changed'); END`,
  `CREATE TRIGGER hub_decisions_no_delete BEFORE DELETE ON hub_decisions
   BEGIN SELECT RAISE(ABORT, 'hub_decisions: the hub''s decisions are never deleted'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
