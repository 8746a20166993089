import type BetterSqlite3 from 'better-sqlite3'

/**
 * Counts the statements prepared on the connection while `fn` runs. Kysely prepares every
 * query afresh, so for the app path this is also the number of SQL compilations per call.
 */
export async function countPrepared(
  raw: BetterSqlite3.Database,
  fn: () => Promise<unknown>,
): Promise<number> {
  const prepare = raw.prepare
  let count = 0
  raw.prepare = ((source: string) => {
    count += 1
    return prepare.call(raw, source)
  }) as typeof raw.prepare
  try {
    await fn()
  } finally {
    raw.prepare = prepare
  }
  return count
}
