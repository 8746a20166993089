import { existsSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ReportMethod, ReportQueries, ReportReply, ReportRequest } from './report-queries'

export interface ReportsWorkerOptions {
  /** The worker entry: out/main/reports-worker.js in the apps. */
  file: string
  /**
   * The file is TypeScript source (tests): the worker registers tsx's loader first. Worker
   * `execArgv: ['--import', 'tsx']` does not reach the worker's module resolution, hence the
   * small bootstrap.
   */
  fromSource?: boolean
}

function spawn(file: string, databaseFile: string, fromSource: boolean): Worker {
  if (!fromSource) return new Worker(file, { workerData: databaseFile })
  const bootstrap = `import('tsx/esm/api')
    .then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}) })`
  return new Worker(bootstrap, { eval: true, workerData: databaseFile })
}

export type ClosableReportQueries = ReportQueries & { close: () => Promise<void> }

/**
 * ReportQueries answered by one long-lived worker thread over the database file. Calls are
 * queued by the worker's own event loop, one at a time. If the worker dies, the calls in
 * flight fail (the router answers them with an error) and the next call starts a new one.
 */
export function workerReportQueries(
  databaseFile: string,
  options: ReportsWorkerOptions,
): ClosableReportQueries {
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>()

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error)
    pending.clear()
  }

  function started(): Worker {
    if (worker) return worker
    const created = spawn(options.file, databaseFile, options.fromSource ?? false)
    created.on('message', (reply: ReportReply) => {
      const waiting = pending.get(reply.id)
      if (!waiting) return
      pending.delete(reply.id)
      if (pending.size === 0) created.unref()
      if (reply.ok) waiting.resolve(reply.value)
      else waiting.reject(new Error(`reports worker: ${reply.message}`))
    })
    created.on('error', (error) => {
      if (worker === created) worker = null
      failAll(error)
    })
    created.on('exit', (code) => {
      if (worker === created) worker = null
      failAll(new Error(`reports worker exited with ${code}`))
    })
    worker = created
    return created
  }

  const call =
    (method: ReportMethod) =>
    (...args: unknown[]) =>
      new Promise((resolve, reject) => {
        const id = nextId++
        pending.set(id, { resolve, reject })
        // Referenced while a call waits; an idle worker must not keep a process alive.
        const running = started()
        running.ref()
        running.postMessage({ id, method, args } satisfies ReportRequest)
      })

  return {
    sales: call('sales') as ReportQueries['sales'],
    hasilKerja: call('hasilKerja') as ReportQueries['hasilKerja'],
    pnbpYear: call('pnbpYear') as ReportQueries['pnbpYear'],
    valuation: call('valuation') as ReportQueries['valuation'],
    variances: call('variances') as ReportQueries['variances'],
    render: call('render') as ReportQueries['render'],
    close: async () => {
      const running = worker
      worker = null
      failAll(new Error('reports worker closed'))
      if (running) await running.terminate()
    },
  }
}

/** The built worker entry when it exists (the apps); undefined runs reports in-process. */
export function builtReportsWorker(file: string): ReportsWorkerOptions | undefined {
  return existsSync(file) ? { file } : undefined
}
