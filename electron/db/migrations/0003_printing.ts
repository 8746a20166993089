import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// The print log: every attempt to send a receipt or test page to a printer, kept apart from
// the sale so that a failed print never touches it. Support reads it ("did it print?"), and
// the printing service uses it so an original receipt prints once; later ones are copies.

const statements = [
  `CREATE TABLE print_jobs (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL CHECK (kind IN ('receipt','test')),
     sale_id TEXT REFERENCES sales(id),
     copy_no INTEGER CHECK (copy_no IS NULL OR copy_no >= 0),
     copies INTEGER NOT NULL CHECK (copies BETWEEN 1 AND 3),
     transport TEXT NOT NULL CHECK (transport IN ('network','device','spooler')),
     target TEXT NOT NULL CHECK (length(target) BETWEEN 1 AND 300),
     ok INTEGER NOT NULL CHECK (ok IN (0,1)),
     error_code TEXT CHECK ((ok = 1) = (error_code IS NULL)),
     bytes INTEGER NOT NULL CHECK (bytes >= 0),
     user_id TEXT NOT NULL REFERENCES users(id),
     device_id TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     CHECK ((kind = 'receipt') = (sale_id IS NOT NULL AND copy_no IS NOT NULL))
   ) STRICT`,
  `CREATE INDEX print_jobs_sale ON print_jobs(sale_id, copy_no)`,
  `CREATE INDEX print_jobs_created ON print_jobs(created_at)`,
  `CREATE TRIGGER print_jobs_no_update BEFORE UPDATE ON print_jobs
     BEGIN SELECT RAISE(ABORT, 'append-only: print_jobs rows cannot be changed'); END`,
  `CREATE TRIGGER print_jobs_no_delete BEFORE DELETE ON print_jobs
     BEGIN SELECT RAISE(ABORT, 'append-only: print_jobs rows cannot be deleted'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
