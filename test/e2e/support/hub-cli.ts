import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../../electron/hub/pg-server'

/** What `npm run hub` prints for one till: the words typed into Pengaturan → Sinkronisasi. */
export interface PrintedHub {
  host: string
  port: number
  database: string
  role: string
  password: string
  /** The hub's administrator, as the printed psql line names it (password from its file). */
  admin: { user: string; password: string }
  stop(): Promise<void>
}

/**
 * Starts the real hub the way a showroom admin does, `npm run hub -- --data-dir=… --till=CODE`
 * (Debian's PostgreSQL, the hub schema, one role for the till), and reads the credentials from
 * what it prints, so a spec joins with exactly what a person would copy from the terminal.
 */
export async function startPrintedHub(tillCode: string): Promise<PrintedHub> {
  const dataDir = mkdtempSync(join(tmpdir(), 'etalase-e2e-hub-'))
  const port = await freePort()
  const child = spawn(
    join(process.cwd(), 'node_modules', '.bin', 'tsx'),
    ['scripts/hub.ts', `--data-dir=${dataDir}`, `--port=${port}`, `--till=${tillCode}`],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  const printed = await untilRunning(child)
  const address = /address (\S+)\s+port (\d+)\s+database (\S+)/.exec(printed)
  const role = /role (\S+)\s+password (\S+)/.exec(printed)
  const admin = /psql -h \S+ -p \d+ -U (\S+)/.exec(printed)
  if (!address || !role || !admin) {
    child.kill('SIGTERM')
    throw new Error(`the hub printed no credentials:\n${printed}`)
  }
  return {
    host: address[1]!,
    port: Number(address[2]),
    database: address[3]!,
    role: role[1]!,
    password: role[2]!,
    admin: {
      user: admin[1]!,
      password: readFileSync(join(dataDir, 'superuser.password'), 'utf8').trim(),
    },
    async stop() {
      // SIGTERM makes the script stop PostgreSQL (pg_ctl stop) before it exits.
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await exited
      }
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

function untilRunning(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGTERM')
      reject(new Error(`the hub did not start within 90 s:\n${out}`))
    }, 90_000)
    const read = (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Running.')) {
        clearTimeout(timer)
        resolve(out)
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the hub exited (${code}) before it ran:\n${out}`))
    })
  })
}
