import type { Kysely } from 'kysely'
import type { Database, UsersTable } from '../../db/schema'

/** What the practice books copy from the real ones: who the shop is, and the one person. */
export interface TrainingSeed {
  settings: Array<{ key: string; value: string }>
  user: Pick<UsersTable, 'id' | 'name' | 'role' | 'pin_hash'>
}

// The shop's name, header and footer and the till's code, so practice receipts look real —
// and the language. Never a sale, a product, a movement or an audit entry.
const copiedKeys = [
  'locale',
  'device.code',
  'device.kind',
  'store.name',
  'store.address',
  'store.phone',
  'store.npwp',
  'printing.receipt',
  'setup.completedAt',
]

export async function readTrainingSeed(
  db: Kysely<Database>,
  userId: string,
): Promise<TrainingSeed> {
  const settings = await db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('key', 'in', copiedKeys)
    .execute()
  const user = await db
    .selectFrom('users')
    .select(['id', 'name', 'role', 'pin_hash'])
    .where('id', '=', userId)
    .executeTakeFirstOrThrow()
  return { settings, user }
}

/**
 * Makes the practice books ready for this person: the shop's settings (first time only) and
 * the person with the same id and PIN, so signing in and the one-click way back both work.
 */
export async function applyTrainingSeed(
  db: Kysely<Database>,
  seed: TrainingSeed,
  deviceId: string,
  now: number,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const row of seed.settings) {
      await trx
        .insertInto('settings')
        .values(row)
        .onConflict((oc) => oc.column('key').doNothing())
        .execute()
    }
    await trx
      .insertInto('users')
      .values({ ...seed.user, device_id: deviceId, created_at: now })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          name: seed.user.name,
          role: seed.user.role,
          pin_hash: seed.user.pin_hash,
        }),
      )
      .execute()
  })
}
