import BetterSqlite3 from 'better-sqlite3'
import { verifyPin } from '../auth/pin-hash'

/**
 * Checks a PIN against the admins recorded in a backup file itself, opened read-only, with
 * the same scrypt check as sign-in. Recovery mode has no usable users of its own (they live
 * in the damaged file), so the backup's people decide whether it may become the data: a
 * person at the recovery screen cannot roll the books back to an older backup without the
 * PIN of someone who was an admin when it was made.
 *
 * 'no-admin': the backup has no active admin with a PIN (a till still in setup mode); it is
 * refused too, since anyone could then restore it.
 */
export async function checkBackupAdminPin(
  file: string,
  pin: string,
): Promise<'ok' | 'wrong' | 'no-admin'> {
  const raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  let hashes: string[]
  try {
    hashes = raw
      .prepare(
        "select pin_hash from users where role = 'admin' and active = 1 and pin_hash is not null",
      )
      .pluck()
      .all() as string[]
  } finally {
    raw.close()
  }
  if (hashes.length === 0) return 'no-admin'
  // Every admin is tried, so the time taken says nothing about which one matched.
  const results = await Promise.all(hashes.map((hash) => verifyPin(pin, hash)))
  return results.some(Boolean) ? 'ok' : 'wrong'
}
