import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

const workerScript = join(import.meta.dirname, 'sync-worker.ts')

export interface SyncKill {
  /** What `killWhen` last answered before the kill (the test's reading of the hub). */
  seenAtKill: number
  /** The last seq of each batch the hub had committed, as the worker reported them. */
  committed: number[]
  /** Rows the till counted as waiting when the worker started. */
  waitingAtStart: number
}

/**
 * Runs test/helpers/sync-worker.ts over a closed till's folder and SIGKILLs it as soon as
 * `killWhen` (polled every few milliseconds while the upload runs) says so: no clean-up, no
 * closing of the database or the hub connection. Fails if the worker ends by itself or
 * finishes its upload before the condition was met.
 */
export function syncAndKill(options: {
  dataDir: string
  clockMs: number
  batchSize: number
  pauseMs: number
  idPrefix: string
  /** Reads the hub: a number to record, and whether to kill now. */
  killWhen: () => Promise<{ seen: number; kill: boolean }>
  timeoutMs?: number
}): Promise<SyncKill> {
  const args = [
    options.dataDir,
    String(options.clockMs),
    String(options.batchSize),
    String(options.pauseMs),
    options.idPrefix,
  ]
  // tsx resolves the app's extension-less TypeScript imports in the child.
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const result: SyncKill = { seenAtKill: -1, committed: [], waitingAtStart: -1 }
  let stderr = ''
  let ready = false
  let done = false
  let buffer = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const [kind, value] of lines.map((line) => line.split(' '))) {
      if (kind === 'READY') {
        ready = true
        result.waitingAtStart = Number(value)
      }
      if (kind === 'COMMITTED') result.committed.push(Number(value))
      if (kind === 'DONE') done = true
    }
  })
  const closed = new Promise<NodeJS.Signals | null>((resolve) =>
    // 'close', not 'exit': every line the worker wrote before it died has been read by then.
    child.on('close', (_code, signal) => resolve(signal)),
  )
  let ended = false
  void closed.then(() => (ended = true))

  const watch = async (): Promise<SyncKill> => {
    const deadline = Date.now() + (options.timeoutMs ?? 60_000)
    try {
      while (Date.now() < deadline) {
        if (ended) throw new Error(`sync worker ended by itself: ${stderr}`)
        if (done) throw new Error('sync worker finished its upload before it was killed')
        if (ready) {
          const { seen, kill } = await options.killWhen()
          if (kill) {
            result.seenAtKill = seen
            child.kill('SIGKILL')
            const signal = await closed
            if (signal !== 'SIGKILL') throw new Error(`sync worker not killed (${signal})`)
            if (done) throw new Error('sync worker finished its upload before it was killed')
            return result
          }
        }
        await sleep(5)
      }
      throw new Error(`sync worker not killed within the time allowed: ${stderr}`)
    } finally {
      if (!ended) {
        child.kill('SIGKILL')
        await closed
      }
    }
  }
  return watch()
}
