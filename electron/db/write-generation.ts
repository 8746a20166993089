import type BetterSqlite3 from 'better-sqlite3'

/** A number that changes whenever anything is written on the connection (rows by triggers too). */
export type WriteGeneration = () => number

/**
 * SQLite's running count of rows inserted, updated or deleted on this connection. The app
 * writes through this one connection only (the workers read), so an unchanged count means
 * nothing read before has changed since.
 */
export function writeGeneration(raw: BetterSqlite3.Database): WriteGeneration {
  const totalChanges = raw.prepare('select total_changes()').pluck()
  return () => totalChanges.get() as number
}

/**
 * Remembers `load`'s answers per key until the next write on the connection. For what every
 * request reads before it starts (who is signed in, their permissions, the language): one
 * prepared count instead of a handful of queries, and never stale, since any write (a
 * permission changed, a user deactivated, a setting saved) starts over.
 */
export function memoUntilWrite<K, V>(
  generation: WriteGeneration,
  load: (key: K) => Promise<V>,
): (key: K) => Promise<V> {
  let seen = -1
  const cache = new Map<K, V>()
  return async (key: K) => {
    const now = generation()
    if (now !== seen) {
      cache.clear()
      seen = now
    } else if (cache.has(key)) {
      return cache.get(key)!
    }
    const value = await load(key)
    // A write while loading leaves the answer unsure: keep it only if nothing was written.
    if (generation() === now) cache.set(key, value)
    return value
  }
}
