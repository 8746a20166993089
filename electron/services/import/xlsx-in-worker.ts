import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { AppError } from '../core/errors'
import {
  XLSX_MAX_ENTRIES,
  XLSX_MAX_UNPACKED_BYTES,
  XLSX_MAX_UNPACKED_MB,
  XLSX_WORKER_HEAP_MB,
  XLSX_WORKER_TIMEOUT_MS,
} from './xlsx-limits'
import type { CellValue } from './xlsx-read'
import { readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory'

export interface XlsxSheet {
  sheetName: string
  rows: Array<{ line: number; fields: CellValue[] }>
}

export interface XlsxWorkerRequest {
  bytes: Uint8Array
  entries: ZipEntry[]
  maxRows: number
}

export type XlsxWorkerReply = { ok: true; sheet: XlsxSheet } | { ok: false; tooLarge: boolean }

export interface XlsxReadOptions {
  /** Rows to read at most; the caller refuses a file that reaches it. */
  maxRows: number
  /** The built worker (out/main/xlsx-worker.js) in the apps; the TypeScript source if absent. */
  workerFile?: string
  /** Test seams: a smaller heap or a shorter wait than the real limits. */
  heapMb?: number
  timeoutMs?: number
}

const tooLarge = () => new AppError('IMPORT_TOO_LARGE', { max: XLSX_MAX_UNPACKED_MB })

/**
 * Refuses a zip bomb by its directory (total unpacked size, entry count) before anything is
 * inflated, on this thread in microseconds; then unpacks and reads the workbook in a worker
 * thread with a heap limit and a deadline. What the worker could not read within them is
 * IMPORT_TOO_LARGE; a damaged file is IMPORT_UNREADABLE.
 */
export async function readXlsxInWorker(
  bytes: Uint8Array,
  options: XlsxReadOptions,
): Promise<XlsxSheet> {
  let entries: ZipEntry[]
  try {
    const directory = readZipDirectory(bytes, XLSX_MAX_ENTRIES)
    if (directory.tooManyEntries || directory.totalUncompressed > XLSX_MAX_UNPACKED_BYTES) {
      throw tooLarge()
    }
    entries = directory.entries
  } catch (error) {
    if (error instanceof ZipFormatError) throw new AppError('IMPORT_UNREADABLE')
    throw error
  }
  const reply = await inWorker({ bytes, entries, maxRows: options.maxRows }, options)
  if (reply.ok) return reply.sheet
  throw reply.tooLarge ? tooLarge() : new AppError('IMPORT_UNREADABLE')
}

function spawn(request: XlsxWorkerRequest, options: XlsxReadOptions): Worker {
  const resourceLimits = {
    maxOldGenerationSizeMb: options.heapMb ?? XLSX_WORKER_HEAP_MB,
    maxYoungGenerationSizeMb: 32,
  }
  if (options.workerFile) {
    return new Worker(options.workerFile, { workerData: request, resourceLimits })
  }
  // Tests run the TypeScript source: the worker registers tsx's loader first (as the reports
  // worker does, see reports/worker-report-queries.ts).
  const source = pathToFileURL(join(import.meta.dirname, 'xlsx-worker.ts')).href
  const bootstrap = `import('tsx/esm/api')
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}) })`
  return new Worker(bootstrap, { eval: true, workerData: request, resourceLimits })
}

function inWorker(request: XlsxWorkerRequest, options: XlsxReadOptions): Promise<XlsxWorkerReply> {
  return new Promise((resolve) => {
    const worker = spawn(request, options)
    let settled = false
    const settle = (reply: XlsxWorkerReply) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      resolve(reply)
      void worker.terminate()
    }
    const timer = setTimeout(
      () => settle({ ok: false, tooLarge: true }),
      options.timeoutMs ?? XLSX_WORKER_TIMEOUT_MS,
    )
    worker.once('message', (reply: XlsxWorkerReply) => settle(reply))
    // ERR_WORKER_OUT_OF_MEMORY: the workbook needed more than the heap it was given.
    worker.once('error', (error: Error & { code?: string }) =>
      settle({ ok: false, tooLarge: error.code === 'ERR_WORKER_OUT_OF_MEMORY' }),
    )
    worker.once('exit', () => settle({ ok: false, tooLarge: false }))
  })
}
