import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron'
import { DatabaseStartupError } from '../db/connection'
import { resolveDataDir } from '../core/data-dir'
import { openCoreHost, type CoreHost } from '../core/core-host'
import { createWorkerVerifier } from '../services/backup/worker-verifier'
import { builtReportsWorker } from '../services/reports/worker-report-queries'
import { registerIpc } from './ipc-bridge'
import { createElectronOsPrinter } from './os-printer'
import { secureWindowOptions } from './window-options'
import { lockDownContents, lockDownSession } from './window-security'

// Composition root: paths, database, services, IPC and the window. Domain code lives
// in electron/services and never imports Electron.

let mainWindow: BrowserWindow | null = null
let core: CoreHost | null = null

const rendererFile = join(import.meta.dirname, '../renderer/index.html')
const appUrl = process.env.ELECTRON_RENDERER_URL ?? pathToFileURL(rendererFile).toString()

app.on('web-contents-created', (_event, contents) => lockDownContents(contents, appUrl))

async function start(): Promise<void> {
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'))
  try {
    // A damaged database opens the recovery screen (backups and restore) instead of the till;
    // a restore reopens the data in this process and the window reloads.
    core = await openCoreHost({
      dataDir,
      version: app.getVersion(),
      autoBackup: true,
      verifyFile: createWorkerVerifier(join(import.meta.dirname, 'verify-worker.js')),
      reportsWorker: builtReportsWorker(join(import.meta.dirname, 'reports-worker.js')),
      logError: (channel, error) => console.error(`[etalase] ${channel} failed:`, error),
      osPrinter: createElectronOsPrinter(),
    })
  } catch (error) {
    const detail =
      error instanceof DatabaseStartupError ? error.message : `${String(error)}\n\nData: ${dataDir}`
    dialog.showErrorBox('Etalase tidak dapat dimulai / Etalase cannot start', detail)
    app.exit(1)
    return
  }
  lockDownSession(session.defaultSession)
  registerIpc(ipcMain, core, () => mainWindow, appUrl)

  mainWindow = new BrowserWindow(
    secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs')),
  )
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => (mainWindow = null))
  await mainWindow.loadURL(appUrl)
}

app.whenReady().then(start, (error: unknown) => {
  console.error(error)
  app.exit(1)
})

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit())
})
