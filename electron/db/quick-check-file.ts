import BetterSqlite3 from 'better-sqlite3'
import { corruptionProblem, quickCheck, type CheckResult } from './integrity'

/**
 * The start-up `quick_check(1)` over a file on its own read-only connection, so it can run in
 * a worker thread while main serves the window from its own connection.
 */
export function quickCheckFile(file: string): CheckResult {
  let raw: BetterSqlite3.Database
  try {
    raw = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  } catch (error) {
    const problem = corruptionProblem(error) ?? 'unreadable'
    return { ok: false, problem, messages: [String(error)], durationMs: 0 }
  }
  try {
    return quickCheck(raw)
  } finally {
    raw.close()
  }
}
