import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { registerChangeFunctions } from './change-actor'
import { registerChainFunctions, type ChainKey } from './ledger-chain'
import type { Database } from './schema'

export const MIN_SQLITE_VERSION = '3.51.3'

export class DatabaseStartupError extends Error {
  constructor(
    readonly reason: 'pragma' | 'sqlite_version' | 'open',
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseStartupError'
  }
}

export interface OpenDatabase {
  raw: BetterSqlite3.Database
  db: Kysely<Database>
  close: () => Promise<void>
}

/**
 * Kysely's SQLite driver prepares every query afresh; a small LRU of prepared statements
 * cuts checkout's CPU time by half. Safe because Kysely runs one query at a time on the
 * connection, so a cached statement is never in use twice at once.
 */
function withStatementCache(raw: BetterSqlite3.Database, size = 500) {
  const cache = new Map<string, BetterSqlite3.Statement>()
  return {
    close: () => raw.close(),
    prepare(sql: string) {
      let statement = cache.get(sql)
      if (statement) {
        cache.delete(sql)
        cache.set(sql, statement)
        return statement
      }
      statement = raw.prepare(sql)
      cache.set(sql, statement)
      if (cache.size > size) cache.delete(cache.keys().next().value!)
      return statement
    },
  }
}

/** Compares dotted version strings numerically (`3.51.10` > `3.51.3`). */
export function versionAtLeast(actual: string, minimum: string): boolean {
  const a = actual.split('.').map(Number)
  const b = minimum.split('.').map(Number)
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0
    const y = b[i] ?? 0
    if (x !== y) return x > y
  }
  return true
}

/**
 * Opens the one connection the app uses. Durability settings are read back, because a
 * pragma that silently did not take (e.g. WAL on a network share) would let a confirmed
 * sale vanish in a power cut; in that case we refuse to start.
 */
export function openDatabase(file: string, options: { chainKey?: ChainKey } = {}): OpenDatabase {
  const raw = new BetterSqlite3(file)
  try {
    raw.pragma('journal_mode = WAL')
    raw.pragma('synchronous = FULL')
    raw.pragma('foreign_keys = ON')
    raw.pragma('busy_timeout = 5000')
    verifySettings(raw, file)
    registerChainFunctions(raw, options.chainKey ?? null)
    registerChangeFunctions(raw)
  } catch (error) {
    raw.close()
    throw error
  }
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(raw) }),
  })
  return {
    raw,
    db,
    // Kysely closes the connection only if it ever ran a query through it: a start refused by
    // the quick check (raw only) would otherwise leave the damaged file open under a restore.
    close: async () => {
      await db.destroy()
      if (raw.open) raw.close()
    },
  }
}

function verifySettings(raw: BetterSqlite3.Database, file: string): void {
  const version = raw.prepare('select sqlite_version() as v').pluck().get() as string
  if (!versionAtLeast(version, MIN_SQLITE_VERSION)) {
    throw new DatabaseStartupError(
      'sqlite_version',
      `SQLite ${version} is older than ${MIN_SQLITE_VERSION}; refusing to start.`,
    )
  }
  const inMemory = file === ':memory:'
  const expected: Array<[string, unknown]> = [
    ['journal_mode', inMemory ? 'memory' : 'wal'],
    ['synchronous', 2],
    ['foreign_keys', 1],
    ['busy_timeout', 5000],
  ]
  for (const [pragma, want] of expected) {
    const got = raw.pragma(pragma, { simple: true })
    if (got !== want) {
      throw new DatabaseStartupError(
        'pragma',
        `PRAGMA ${pragma} is ${String(got)}, expected ${String(want)}; refusing to start.`,
      )
    }
  }
}
