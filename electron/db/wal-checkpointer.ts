import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type BetterSqlite3 from 'better-sqlite3'

export interface WalCheckpointerOptions {
  /** The worker entry: out/main/checkpoint-worker.js in the apps. */
  file: string
  /** The file is TypeScript source (tests, bench): loaded through tsx's loader. */
  fromSource?: boolean
  /** How often the worker copies the log back (1 s in the apps). */
  intervalMs?: number
}

export interface WalCheckpointer {
  /** The worker is checkpointing and the connection's own automatic checkpoint is off. */
  readonly running: boolean
  /** Ends the worker after a last checkpoint; the connection checkpoints by itself again. */
  stop(): Promise<void>
}

/** SQLite's default: a commit that leaves 1,000 pages in the log copies them back itself. */
const SQLITE_AUTOCHECKPOINT_PAGES = 1000

function spawn(options: WalCheckpointerOptions, workerData: object): Worker {
  if (!options.fromSource) return new Worker(options.file, { workerData })
  const bootstrap = `import('tsx/esm/api')
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(options.file).href)}) })`
  return new Worker(bootstrap, { eval: true, workerData })
}

/**
 * Moves the connection's checkpoints to a worker thread (see wal-checkpoint-worker.ts). The
 * automatic checkpoint is switched off only once the worker has its own connection open, and
 * switched back on whenever the worker is gone (stopped, crashed, or never built): the log can
 * never grow without anyone copying it back.
 */
export async function startWalCheckpointer(
  raw: BetterSqlite3.Database,
  options: WalCheckpointerOptions,
  logError: (error: unknown) => void = () => undefined,
): Promise<WalCheckpointer> {
  const idle: WalCheckpointer = { running: false, stop: async () => undefined }
  if (raw.memory || !existsSync(options.file)) return idle
  const worker = spawn(options, { file: raw.name, intervalMs: options.intervalMs ?? 1000 })
  let running = false
  const selfCheckpointing = () => {
    running = false
    if (raw.open) raw.pragma(`wal_autocheckpoint = ${SQLITE_AUTOCHECKPOINT_PAGES}`)
  }
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()))
  worker.on('error', (error) => {
    logError(error)
    selfCheckpointing()
  })
  void exited.then(selfCheckpointing)
  const ready = await new Promise<boolean>((resolve) => {
    worker.once('message', (message) => resolve(message === 'ready'))
    void exited.then(() => resolve(false))
  })
  if (!ready) return idle
  raw.pragma('wal_autocheckpoint = 0')
  running = true
  worker.unref()
  return {
    get running() {
      return running
    },
    async stop() {
      if (!running) return
      worker.postMessage('stop')
      const timer = setTimeout(() => void worker.terminate(), 10_000)
      await exited
      clearTimeout(timer)
    },
  }
}
