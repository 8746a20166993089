// Worker-thread entry (built as out/main/checkpoint-worker.js): copies the write-ahead log back
// into the database file on its own connection, so a sale never waits for it.
// With SQLite's automatic checkpoint, the commit that crosses 1,000 log pages does the copy
// itself, fsyncs included: about one sale in fifty took 10–20 ms longer (the checkout's p99 in
// npm run bench). Here the copy runs on another thread every `intervalMs`; PASSIVE never
// blocks a writer or waits for a reader, it copies what it can and the next tick does the rest.
import BetterSqlite3 from 'better-sqlite3'
import { parentPort, workerData } from 'node:worker_threads'

const { file, intervalMs } = workerData as { file: string; intervalMs: number }
const db = new BetterSqlite3(file, { fileMustExist: true })
db.pragma('synchronous = FULL')

const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)')
const timer = setInterval(checkpoint, intervalMs)

parentPort?.on('message', (message: unknown) => {
  if (message !== 'stop') return
  clearInterval(timer)
  checkpoint()
  db.close()
  parentPort?.close()
})
parentPort?.postMessage('ready')
