// Worker-thread entry (built as out/main/verify-worker.js): verifies one database file off the
// main thread, so a long integrity check of a large backup never holds up a sale.
import { parentPort, workerData } from 'node:worker_threads'
import { verifyDatabaseFile } from '../../db/integrity'

parentPort?.postMessage(verifyDatabaseFile(String(workerData)))
