import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface BenchWebApp {
  url: string
  port: number
  token: string
  /** The server's process id: the memory probe reads its resident set. */
  pid: number
  stop(): Promise<void>
}

/**
 * Starts out/main/web.js on a prepared data folder, like the e2e fixture does, but waits as
 * long as a large database needs: at start the app checks the file and takes a backup, which
 * on a couple of gigabytes outlasts the e2e fixture's 20 seconds. The folder is left alone.
 */
export async function startBenchWebApp(dataDir: string, timeoutMs = 600_000): Promise<BenchWebApp> {
  const child = spawn(
    process.execPath,
    [join(process.cwd(), 'out', 'main', 'web.js'), `--data-dir=${dataDir}`, '--port=0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ETALASE_WEB_TOKEN: undefined },
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const ready = await new Promise<{ url: string; port: number; token: string }>(
    (resolve, reject) => {
      let stdout = ''
      const timer = setTimeout(() => {
        child.kill('SIGTERM')
        reject(new Error(`web app did not start in ${timeoutMs} ms: ${stderr}`))
      }, timeoutMs)
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString()
        const line = stdout.split('\n').find((l) => l.startsWith('ETALASE_WEB_READY '))
        if (line) {
          clearTimeout(timer)
          resolve(JSON.parse(line.slice('ETALASE_WEB_READY '.length)))
        }
      })
      child.on('exit', (code) => {
        clearTimeout(timer)
        reject(new Error(`web app exited (${code}): ${stderr}`))
      })
    },
  )
  return {
    ...ready,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r))
        child.kill('SIGTERM')
        await exited
      }
    },
  }
}
