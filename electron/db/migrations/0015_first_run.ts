import { sql, type Kysely } from 'kysely'

// Frozen once shipped: never edit, add a new migration instead. Imports nothing from the app.
// First run: setup is finished once `setup.completedAt` exists (the wizard writes it together
// with the first admin and their PIN). The till code names every number series of this device,
// so once a sale carries it the code may no longer change or go away.

const statements = [
  // A till that already has someone with a PIN was set up before the wizard existed.
  `INSERT INTO settings (key, value)
     SELECT 'setup.completedAt', '0'
     WHERE EXISTS (SELECT 1 FROM users WHERE pin_hash IS NOT NULL AND active = 1)
     ON CONFLICT (key) DO NOTHING`,
  `CREATE TRIGGER settings_device_code_frozen_update BEFORE UPDATE ON settings
     WHEN old.key = 'device.code' AND (new.key IS NOT old.key OR new.value IS NOT old.value)
       AND EXISTS (SELECT 1 FROM sales)
   BEGIN SELECT RAISE(ABORT, 'device code is frozen once a sale exists'); END`,
  `CREATE TRIGGER settings_device_code_frozen_delete BEFORE DELETE ON settings
     WHEN old.key = 'device.code' AND EXISTS (SELECT 1 FROM sales)
   BEGIN SELECT RAISE(ABORT, 'device code is frozen once a sale exists'); END`,
  // Setup happens once: its mark is never removed or rewritten.
  `CREATE TRIGGER settings_setup_mark_update BEFORE UPDATE ON settings
     WHEN old.key = 'setup.completedAt'
   BEGIN SELECT RAISE(ABORT, 'setup mark is append-only'); END`,
  `CREATE TRIGGER settings_setup_mark_delete BEFORE DELETE ON settings
     WHEN old.key = 'setup.completedAt'
   BEGIN SELECT RAISE(ABORT, 'setup mark is append-only'); END`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
