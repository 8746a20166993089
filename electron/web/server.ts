import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chooseDataDir, databasePath } from '../core/data-dir'
import { openCoreHost } from '../core/core-host'
import { bilingualStartupMessage, StartupFailure } from '../core/startup-failure'
import { createWorkerVerifier } from '../services/backup/worker-verifier'
import { delayedStartCheck, workerStartCheck } from '../services/start-check/start-check-runner'
import { builtReportsWorker } from '../services/reports/worker-report-queries'
import { buyerScreenPath } from './topic-key'
import { createBridgeHandler } from './web-bridge'

/**
 * `npm run web`: the whole app in a browser, for machines where Electron cannot run and
 * for end-to-end tests. Binds to 127.0.0.1 only and prints the URL with a per-run token.
 */
async function main(): Promise<void> {
  const portFlag = process.argv.find((a) => a.startsWith('--port='))
  const port = portFlag
    ? Number(portFlag.slice('--port='.length))
    : Number(process.env.ETALASE_PORT ?? 5199)
  const { dir: dataDir, source } = chooseDataDir({
    platform: process.platform,
    env: process.env,
    argv: process.argv,
    home: homedir(),
    hasDatabase: (dir) => existsSync(databasePath(dir)),
  })
  if (source === 'legacy') console.log(`[etalase] using the data folder of an earlier version`)
  const token = process.env.ETALASE_WEB_TOKEN || randomBytes(24).toString('hex')
  // A host, not a bare core: a restore reopens the data in-process, and a damaged database
  // starts in recovery (only backups and restore answer) instead of refusing to start.
  const core = await openCoreHost({
    dataDir,
    shell: 'browser',
    version: process.env.npm_package_version ?? '0.1.0',
    autoBackup: true,
    autoSync: true,
    verifyFile: createWorkerVerifier(join(import.meta.dirname, 'verify-worker.js')),
    // The start-up quick_check runs beside the open window; selling waits for it.
    startCheck: delayedStartCheck(
      workerStartCheck(join(import.meta.dirname, 'verify-worker.js')),
      Number(process.env.ETALASE_START_CHECK_DELAY_MS ?? 0),
    ),
    reportsWorker: builtReportsWorker(join(import.meta.dirname, 'reports-worker.js')),
    walCheckpointer: { file: join(import.meta.dirname, 'checkpoint-worker.js') },
    xlsxWorkerFile: join(import.meta.dirname, 'xlsx-worker.js'),
    logError: (channel, error) => console.error(`[etalase] ${channel} failed:`, error),
    // The till opens the buyer's screen as a tab holding a key that can only read its stream.
    buyerScreen: () => Promise.resolve({ kind: 'tab', path: buyerScreenPath(token) }),
  })
  if (core.mode() === 'recovery') {
    console.error('[etalase] the database failed its start-up check: recovery mode')
  }
  const rendererDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  let boundPort = port
  const server = createServer((req, res) => {
    handler(req, res).catch((error: unknown) => {
      console.error('[etalase] web bridge error:', error)
      if (!res.headersSent) res.writeHead(500)
      res.end()
    })
  })
  const handler = createBridgeHandler({
    core,
    token,
    rendererDir,
    port: () => boundPort,
    push: core.push,
  })
  server.listen(port, '127.0.0.1', () => {
    boundPort = (server.address() as AddressInfo).port
    const url = `http://127.0.0.1:${boundPort}/#token=${token}`
    console.log(`Etalase (browser mode) — data: ${dataDir}`)
    console.log(`Open: ${url}`)
    console.log(`ETALASE_WEB_READY ${JSON.stringify({ url, port: boundPort, token, dataDir })}`)
  })
  const shutdown = () => {
    server.close()
    void core.close().finally(() => process.exit(0))
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((error: unknown) => {
  // A reason the person can act on (another Etalase on this folder, a newer database, no
  // pre-update backup) in both languages; anything else as before.
  if (error instanceof StartupFailure) {
    console.error(`ETALASE_START_REFUSED ${error.code}\n${bilingualStartupMessage(error)}`)
  } else {
    console.error('[etalase] could not start:', error instanceof Error ? error.message : error)
  }
  process.exit(1)
})
