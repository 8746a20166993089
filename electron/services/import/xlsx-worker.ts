// Worker-thread entry (built as out/main/xlsx-worker.js): unpacks and reads an imported
// workbook off the main thread, inside the heap limit its parent sets, so a hostile file can
// neither stall the till nor take the app's memory.
import { parentPort, workerData } from 'node:worker_threads'
import { checkInflatedSizes } from './xlsx-inflate-check'
import { XlsxTooLargeError } from './xlsx-limits'
import { readXlsx } from './xlsx-read'
import type { XlsxWorkerReply, XlsxWorkerRequest } from './xlsx-in-worker'

async function run({ bytes, entries, maxRows }: XlsxWorkerRequest): Promise<XlsxWorkerReply> {
  try {
    checkInflatedSizes(bytes, entries)
    return { ok: true, sheet: await readXlsx(bytes, maxRows) }
  } catch (error) {
    return { ok: false, tooLarge: error instanceof XlsxTooLargeError }
  }
}

void run(workerData as XlsxWorkerRequest).then((reply) => parentPort?.postMessage(reply))
