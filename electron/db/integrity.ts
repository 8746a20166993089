import BetterSqlite3 from 'better-sqlite3'
import { verifyLedgerChain, type ChainVerdict } from './ledger-chain'

/**
 * Integrity checks over a SQLite connection or file. A check that throws (SQLITE_CORRUPT,
 * SQLITE_NOTADB, a short read on a truncated file) is a failed check, never a crash: the
 * caller decides between "refuse to start" and "mark this backup as bad".
 */

export type IntegrityProblem =
  'corrupt' | 'not_a_database' | 'integrity' | 'foreign_keys' | 'chain' | 'unreadable'

export class DatabaseIntegrityError extends Error {
  constructor(
    readonly problem: IntegrityProblem,
    message: string,
  ) {
    super(message)
    this.name = 'DatabaseIntegrityError'
  }
}

/** SQLite's own words for "this file is damaged", as opposed to a busy or missing file. */
export function corruptionProblem(error: unknown): IntegrityProblem | null {
  if (error instanceof DatabaseIntegrityError) return error.problem
  const code = (error as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return null
  if (code === 'SQLITE_NOTADB') return 'not_a_database'
  if (code.startsWith('SQLITE_CORRUPT')) return 'corrupt'
  if (code === 'SQLITE_IOERR_SHORT_READ') return 'corrupt'
  return null
}

export interface CheckResult {
  ok: boolean
  problem: IntegrityProblem | null
  /** SQLite's first complaints, for support; never shown raw to a cashier. */
  messages: string[]
  durationMs: number
}

function timed(run: () => Omit<CheckResult, 'durationMs'>): CheckResult {
  const started = performance.now()
  let result: Omit<CheckResult, 'durationMs'>
  try {
    result = run()
  } catch (error) {
    result = {
      ok: false,
      problem: corruptionProblem(error) ?? 'unreadable',
      messages: [error instanceof Error ? error.message : String(error)],
    }
  }
  return { ...result, durationMs: Math.round(performance.now() - started) }
}

/**
 * The start-up check: `quick_check(1)` stops at the first problem and skips index content,
 * so it stays within a second or two even on years of sales.
 */
export function quickCheck(raw: BetterSqlite3.Database): CheckResult {
  return timed(() => {
    const rows = raw.pragma('quick_check(1)', { simple: false }) as Array<Record<string, string>>
    const messages = rows.map((row) => String(Object.values(row)[0]))
    const ok = messages.length === 1 && messages[0] === 'ok'
    return { ok, problem: ok ? null : 'integrity', messages: ok ? [] : messages }
  })
}

/** The full check (shift close, after each backup): every page and index, and foreign keys. */
export function fullCheck(raw: BetterSqlite3.Database): CheckResult {
  return timed(() => {
    const rows = raw.pragma('integrity_check(20)', { simple: false }) as Array<
      Record<string, string>
    >
    const messages = rows.map((row) => String(Object.values(row)[0]))
    if (!(messages.length === 1 && messages[0] === 'ok')) {
      return { ok: false, problem: 'integrity', messages }
    }
    const orphans = raw.pragma('foreign_key_check') as Array<{ table: string; parent: string }>
    if (orphans.length > 0) {
      return {
        ok: false,
        problem: 'foreign_keys',
        messages: orphans.slice(0, 20).map((o) => `${o.table} → ${o.parent}`),
      }
    }
    return { ok: true, problem: null, messages: [] }
  })
}

/** Tables counted in a backup's manifest and compared after a restore. */
export const COUNTED_TABLES = [
  'sales',
  'sale_lines',
  'payments',
  'sale_voids',
  'returns',
  'stock_movements',
  'products',
  'shifts',
  'users',
  'audit_log',
] as const

export interface DatabaseCounts {
  rows: Record<string, number>
  /** Sum of all sale totals (voids included): equal totals are the drill's proof of no loss. */
  salesTotal: number
  lastSaleAt: number | null
}

export function countRows(raw: BetterSqlite3.Database): DatabaseCounts {
  const present = new Set(
    raw.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[],
  )
  const rows: Record<string, number> = {}
  for (const table of COUNTED_TABLES) {
    if (present.has(table)) {
      rows[table] = raw.prepare(`select count(*) from ${table}`).pluck().get() as number
    }
  }
  const sales = present.has('sales')
    ? (raw
        .prepare('select coalesce(sum(total), 0) as total, max(created_at) as last from sales')
        .get() as {
        total: number
        last: number | null
      })
    : { total: 0, last: null }
  return { rows, salesTotal: sales.total, lastSaleAt: sales.last }
}

export interface DatabaseVerdict {
  ok: boolean
  problem: IntegrityProblem | null
  integrity: CheckResult
  chain: ChainVerdict | null
  counts: DatabaseCounts | null
  durationMs: number
}

/**
 * Verifies a database file without changing it: integrity and foreign keys, row counts, and
 * the ledger hash chain when the file has one. Used on every backup and before a restore.
 */
export function verifyDatabaseFile(file: string): DatabaseVerdict {
  const started = performance.now()
  const finish = (verdict: Omit<DatabaseVerdict, 'durationMs'>): DatabaseVerdict => ({
    ...verdict,
    durationMs: Math.round(performance.now() - started),
  })
  let raw: BetterSqlite3.Database
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    const problem = corruptionProblem(error) ?? 'unreadable'
    const integrity = { ok: false, problem, messages: [String(error)], durationMs: 0 }
    return finish({ ok: false, problem, integrity, chain: null, counts: null })
  }
  try {
    const integrity = fullCheck(raw)
    if (!integrity.ok) {
      return finish({ ok: false, problem: integrity.problem, integrity, chain: null, counts: null })
    }
    let counts: DatabaseCounts
    let chain: ChainVerdict | null = null
    try {
      counts = countRows(raw)
      const hasChain = raw
        .prepare("select 1 from sqlite_schema where type = 'table' and name = 'ledger_chain'")
        .get()
      if (hasChain) chain = verifyLedgerChain(raw)
    } catch (error) {
      const problem = corruptionProblem(error) ?? 'unreadable'
      return finish({
        ok: false,
        problem,
        integrity: { ...integrity, ok: false, problem, messages: [String(error)] },
        chain: null,
        counts: null,
      })
    }
    const chainOk = chain === null || chain.ok
    return finish({
      ok: chainOk,
      problem: chainOk ? null : 'chain',
      integrity,
      chain,
      counts,
    })
  } finally {
    raw.close()
  }
}
