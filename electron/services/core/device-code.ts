import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import { AppError } from './errors'

/**
 * This till's code (`KSG1`), read through the caller's handle: inside a transaction the single
 * connection is taken, so a separate settings read would wait forever. Every number series of
 * the device carries it, so two tills never hand out the same number. The setup gate keeps
 * every series closed until the wizard has written it.
 */
export async function readDeviceCode(
  db: Kysely<Database> | Transaction<Database>,
): Promise<string> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'device.code')
    .executeTakeFirst()
  if (!row) throw new AppError('SETUP_REQUIRED')
  return JSON.parse(row.value) as string
}
