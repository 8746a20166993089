import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// The data-safety log: every backup, integrity check, export and restore this till ran, with
// its verdict. Append-only like the print log: a failed backup is a fact worth keeping. The
// backup files themselves carry a manifest beside them, so the list survives a broken database.

const statements = [
  `CREATE TABLE backup_runs (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('backup','check','export','restore')),
     trigger TEXT NOT NULL CHECK (trigger IN ('interval','sales','shift','manual','start')),
     file TEXT CHECK (file IS NULL OR length(file) BETWEEN 1 AND 200),
     destination TEXT CHECK (destination IS NULL OR length(destination) BETWEEN 1 AND 1000),
     bytes INTEGER NOT NULL CHECK (bytes >= 0),
     ok INTEGER NOT NULL CHECK (ok IN (0,1)),
     problem TEXT CHECK ((ok = 1) = (problem IS NULL)),
     detail TEXT NOT NULL CHECK (json_valid(detail)),
     duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL
   ) STRICT`,
  `CREATE INDEX backup_runs_created ON backup_runs(kind, created_at)`,
  `CREATE TRIGGER backup_runs_no_update BEFORE UPDATE ON backup_runs
     BEGIN SELECT RAISE(ABORT, 'append-only: backup_runs rows cannot be changed'); END`,
  `CREATE TRIGGER backup_runs_no_delete BEFORE DELETE ON backup_runs
     BEGIN SELECT RAISE(ABORT, 'append-only: backup_runs rows cannot be deleted'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
