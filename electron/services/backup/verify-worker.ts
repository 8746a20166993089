// Worker-thread entry (built as out/main/verify-worker.js): verifies one database file off the
// main thread, so a long integrity check of a large backup never holds up a sale. Given
// `{ quick: file }` it runs only the start-up quick_check (electron/services/start-check/).
import { parentPort, workerData } from 'node:worker_threads'
import { verifyDatabaseFile } from '../../db/integrity'
import { quickCheckFile } from '../../db/quick-check-file'

const job = workerData as string | { quick: string }
parentPort?.postMessage(
  typeof job === 'string' ? verifyDatabaseFile(job) : quickCheckFile(String(job.quick)),
)
