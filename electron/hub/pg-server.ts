import { execFileSync, spawnSync } from 'node:child_process'
import { chownSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

// A PostgreSQL server for the hub from Debian's `postgresql` package: no download, no
// home-made server. Electron-free: used by `npm run hub` and by the tests.

export interface PgServerOptions {
  /** The cluster's folder; created (initdb) when it does not hold a cluster yet. */
  dataDir: string
  /** Loopback port; a free one is picked when absent. */
  port?: number
  /** Where the Debian binaries are (initdb, pg_ctl, postgres). */
  binDir?: string
  /** Address to listen on; loopback unless the showroom's tills reach it over the LAN. */
  listen?: string
}

export interface PgServer {
  host: string
  port: number
  /** The superuser the cluster was created with (trust on the socket, password over TCP). */
  superuser: string
  superPassword: string
  socketDir: string
  stop(): void
}

const SUPERUSER = 'etalase_hub'

export function findPgBinDir(): string {
  for (const version of ['17', '16', '15']) {
    const dir = `/usr/lib/postgresql/${version}/bin`
    if (existsSync(join(dir, 'pg_ctl'))) return dir
  }
  throw new Error(
    'PostgreSQL server binaries not found: install the Debian package (apt-get install postgresql)',
  )
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port)
        else reject(new Error('no port'))
      })
    })
  })
}

// PostgreSQL refuses to run as root; CI and this machine run as root, so the cluster then
// belongs to the `postgres` user the Debian package creates.
const asRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

function run(bin: string, args: string[]) {
  const command = asRoot() ? 'runuser' : bin
  const argv = asRoot() ? ['-u', 'postgres', '--', bin, ...args] : args
  const result = spawnSync(command, argv, { encoding: 'utf8' })
  if (result.status !== 0) {
    throw new Error(
      `${bin} ${args.join(' ')} failed (${result.status}): ${result.stderr || result.stdout}`,
    )
  }
  return result.stdout
}

function ownForPostgres(path: string) {
  if (!asRoot()) return
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
  chownSync(path, uid, gid)
}

/** Creates the cluster if needed and starts it; resolves once it accepts connections. */
export async function startPgServer(options: PgServerOptions): Promise<PgServer> {
  const binDir = options.binDir ?? findPgBinDir()
  const dataDir = options.dataDir
  const clusterDir = join(dataDir, 'cluster')
  const socketDir = join(dataDir, 'socket')
  const passwordFile = join(dataDir, 'superuser.password')
  mkdirSync(dataDir, { recursive: true })
  ownForPostgres(dataDir)
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) {
    mkdirSync(clusterDir, { recursive: true, mode: 0o700 })
    ownForPostgres(clusterDir)
    const password = randomSecret()
    const pwFile = join(dataDir, 'initdb.pw')
    writeFileSync(pwFile, password, { mode: 0o600 })
    ownForPostgres(pwFile)
    run(join(binDir, 'initdb'), [
      '-D',
      clusterDir,
      '-U',
      SUPERUSER,
      '--pwfile',
      pwFile,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C',
    ])
    rmSync(pwFile, { force: true })
    writeFileSync(passwordFile, password, { mode: 0o600 })
  }
  mkdirSync(socketDir, { recursive: true })
  ownForPostgres(socketDir)
  const port = options.port ?? (await freePort())
  const listen = options.listen ?? '127.0.0.1'
  run(join(binDir, 'pg_ctl'), [
    '-D',
    clusterDir,
    '-l',
    join(dataDir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    `-p ${port} -k ${socketDir} -c listen_addresses=${listen} -c fsync=on`,
    'start',
  ])
  ownForPostgres(join(dataDir, 'server.log'))
  return {
    host: listen,
    port,
    superuser: SUPERUSER,
    superPassword: readFileSync(passwordFile, 'utf8').trim(),
    socketDir,
    stop() {
      run(join(binDir, 'pg_ctl'), ['-D', clusterDir, '-m', 'fast', '-w', 'stop'])
    },
  }
}

function randomSecret(): string {
  const bytes = new Uint8Array(18)
  crypto.getRandomValues(bytes)
  return Buffer.from(bytes).toString('base64url')
}
