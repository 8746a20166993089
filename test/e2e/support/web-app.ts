import { spawn, type ChildProcess } from 'node:child_process'
import { chainKeyPath } from '../../../electron/core/chain-key-store'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface WebApp {
  url: string
  token: string
  port: number
  dataDir: string
  /** Stops the server; `keepData` leaves the folder (and its key) for a restart on it. */
  stop(options?: { keepData?: boolean }): Promise<void>
}

const SERVER = join(process.cwd(), 'out', 'main', 'web.js')

/**
 * Starts the real browser-mode server (built by `npm run build`) on a free loopback port
 * with its own data folder, and resolves when it prints its ready line.
 */
export async function startWebApp(
  dataDir = mkdtempSync(join(tmpdir(), 'etalase-e2e-')),
  env: Record<string, string> = {},
): Promise<WebApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [SERVER, `--data-dir=${dataDir}`, '--port=0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ETALASE_WEB_TOKEN: undefined, ...env },
    },
  )
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = await new Promise<{ url: string; token: string; port: number }>(
    (resolve, reject) => {
      let stdout = ''
      const timer = setTimeout(() => reject(new Error(`web app did not start: ${stderr}`)), 20_000)
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const line = stdout.split('\n').find((l) => l.startsWith('ETALASE_WEB_READY '))
        if (line) {
          clearTimeout(timer)
          resolve(JSON.parse(line.slice('ETALASE_WEB_READY '.length)))
        }
      })
      child.on('exit', (code) => reject(new Error(`web app exited (${code}): ${stderr}`)))
    },
  )
  return {
    ...ready,
    dataDir,
    async stop(options) {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
      if (options?.keepData) return
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(chainKeyPath(dataDir), { force: true })
    },
  }
}
