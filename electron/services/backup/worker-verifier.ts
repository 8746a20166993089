import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { DatabaseVerdict } from '../../db/integrity'
import { verifyInProcess, type FileVerifier } from './verification'

/**
 * Verifies in a worker thread built from `workerFile`; where that file does not exist (tests
 * run the TypeScript sources) it verifies in-process instead, which is only slower to wait for.
 */
export function createWorkerVerifier(workerFile: string): FileVerifier {
  if (!existsSync(workerFile)) return verifyInProcess
  return (file) =>
    new Promise<DatabaseVerdict>((resolve, reject) => {
      const worker = new Worker(workerFile, { workerData: file })
      let settled = false
      worker.once('message', (verdict: DatabaseVerdict) => {
        settled = true
        resolve(verdict)
        void worker.terminate()
      })
      worker.once('error', (error) => {
        if (!settled) reject(error)
      })
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`verify worker exited with ${code}`))
      })
    })
}
