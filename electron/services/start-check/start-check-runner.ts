import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { CheckResult } from '../../db/integrity'
import { quickCheckFile } from '../../db/quick-check-file'

/** Runs the start-up quick_check over a database file and answers its result. */
export type StartCheckRunner = (file: string) => Promise<CheckResult>

/** Longest a start check may take before it counts as failed (30 GB at 100 MB/s). */
export const DEFAULT_START_CHECK_BUDGET_MS = 5 * 60_000

/**
 * In this process, after the current turn: main still blocks while SQLite reads the file, so
 * this is for tests and small files; the shells use the worker.
 */
export const inProcessStartCheck: StartCheckRunner = (file) =>
  new Promise((resolve) => setImmediate(() => resolve(quickCheckFile(file))))

/**
 * Runs the check in the built verify worker, so main answers the window while every page is
 * read. A check that outlives its budget is ended and counted as failed: a till must not sell
 * for ever on a file nobody has checked. Without the built file (tests) it runs in-process.
 */
export function workerStartCheck(
  workerFile: string,
  budgetMs: number = DEFAULT_START_CHECK_BUDGET_MS,
): StartCheckRunner {
  if (!existsSync(workerFile)) return inProcessStartCheck
  return (file) =>
    new Promise<CheckResult>((resolve) => {
      const started = performance.now()
      const worker = new Worker(workerFile, { workerData: { quick: file } })
      let settled = false
      const settle = (result: CheckResult) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve(result)
        void worker.terminate()
      }
      const failed = (message: string): CheckResult => ({
        ok: false,
        problem: 'integrity',
        messages: [message],
        durationMs: Math.round(performance.now() - started),
      })
      const timer = setTimeout(
        () => settle(failed(`quick_check did not finish within ${budgetMs} ms`)),
        budgetMs,
      )
      timer.unref()
      worker.once('message', (result: CheckResult) => settle(result))
      worker.once('error', (error) => settle(failed(`verify worker: ${String(error)}`)))
      worker.once('exit', (code) => settle(failed(`verify worker exited with ${code}`)))
    })
}

/**
 * Holds a runner's answer back by `ms` (browser mode's ETALASE_START_CHECK_DELAY_MS): the e2e
 * sees the "memeriksa data" state on a small file as a 2 GB file would show it.
 */
export function delayedStartCheck(runner: StartCheckRunner, ms: number): StartCheckRunner {
  if (!(ms > 0)) return runner
  return async (file) => {
    const [result] = await Promise.all([
      runner(file),
      new Promise((resolve) => setTimeout(resolve, ms)),
    ])
    return result
  }
}
