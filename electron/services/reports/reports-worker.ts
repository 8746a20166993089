// Worker-thread entry (built as out/main/reports-worker.js): runs Laporan's aggregations on
// its own read-only connection, so the main process keeps answering the till while a year
// of sale lines is scanned. WAL lets this reader see every committed sale without blocking
// the writer.
import { parentPort, workerData } from 'node:worker_threads'
import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from '../../db/schema'
import { reportQueriesOver, type ReportReply, type ReportRequest } from './report-queries'

const raw = new BetterSqlite3(String(workerData), { readonly: true, fileMustExist: true })
raw.pragma('busy_timeout = 5000')
// A page cache of its own (64 MiB) keeps a repeated report's index ranges in memory.
raw.pragma('cache_size = -65536')
const queries = reportQueriesOver(
  new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }),
)

parentPort?.on('message', (request: ReportRequest) => {
  const call = queries[request.method] as (...args: unknown[]) => Promise<unknown>
  call(...request.args).then(
    (value) => parentPort?.postMessage({ id: request.id, ok: true, value } satisfies ReportReply),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        message: error instanceof Error ? (error.stack ?? error.message) : String(error),
      } satisfies ReportReply),
  )
})
