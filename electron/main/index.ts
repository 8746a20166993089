import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron'
import { DatabaseStartupError } from '../db/connection'
import { chooseDataDir, databasePath } from '../core/data-dir'
import { openCoreHost, type CoreHost } from '../core/core-host'
import {
  bilingualStartupMessage,
  STARTUP_FAILURE_TITLE,
  StartupFailure,
} from '../core/startup-failure'
import { createWorkerVerifier } from '../services/backup/worker-verifier'
import { workerStartCheck } from '../services/start-check/start-check-runner'
import { builtReportsWorker } from '../services/reports/worker-report-queries'
import { pushTopics } from '../../shared/push/topics'
import { createBuyerWindow } from './buyer-window'
import { registerIpc } from './ipc-bridge'
import { registerPushBridge } from './push-bridge'
import { createElectronOsPrinter } from './electron-os-printer'
import { shellPolicy } from './shell-policy'
import { secureWindowOptions } from './window-options'
import { lockDownContents, lockDownSession } from './window-security'
import { safeStorageChainKeyStore } from './safe-storage-key-store'

// Composition root: paths, database, services, IPC and the window. Domain code lives
// in electron/services and never imports Electron.

let mainWindow: BrowserWindow | null = null
let core: CoreHost | null = null

const policy = shellPolicy({
  isPackaged: app.isPackaged,
  env: process.env,
  rendererFile: join(import.meta.dirname, '../renderer/index.html'),
})
const appUrl = policy.appUrl
const buyerWindow = createBuyerWindow({
  preloadPath: join(import.meta.dirname, '../preload/buyer.cjs'),
  appUrl,
  devTools: policy.devTools,
  tillWindow: () => mainWindow,
})

// One Etalase per Windows/Linux account: a second start (a double click on the shortcut)
// brings the open window forward and quits. Another account, or browser mode, on the same
// data folder is stopped by the data folder's own lock (electron/core/instance-lock.ts).
const firstInstance = app.requestSingleInstanceLock()
if (!firstInstance) app.quit()

app.on('second-instance', () => {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
})

app.on('web-contents-created', (_event, contents) =>
  lockDownContents(contents, appUrl, policy.devTools),
)

function startFailureText(error: unknown, dataDir: string): string {
  if (error instanceof StartupFailure) return bilingualStartupMessage(error)
  if (error instanceof DatabaseStartupError) return error.message
  return `${String(error)}\n\nData: ${dataDir}`
}

async function start(): Promise<void> {
  if (!policy.applicationMenu) Menu.setApplicationMenu(null)
  const { dir: dataDir } = chooseDataDir({
    platform: process.platform,
    env: process.env,
    argv: process.argv,
    home: homedir(),
    hasDatabase: (dir) => existsSync(databasePath(dir)),
  })
  try {
    // A damaged database opens the recovery screen (backups and restore) instead of the till;
    // a restore reopens the data in this process and the window reloads.
    core = await openCoreHost({
      dataDir,
      shell: 'electron',
      version: app.getVersion(),
      autoBackup: true,
      autoSync: true,
      verifyFile: createWorkerVerifier(join(import.meta.dirname, 'verify-worker.js')),
      // The start-up quick_check runs beside the open window; selling waits for it.
      startCheck: workerStartCheck(join(import.meta.dirname, 'verify-worker.js')),
      reportsWorker: builtReportsWorker(join(import.meta.dirname, 'reports-worker.js')),
      walCheckpointer: { file: join(import.meta.dirname, 'checkpoint-worker.js') },
      xlsxWorkerFile: join(import.meta.dirname, 'xlsx-worker.js'),
      logError: (channel, error) => console.error(`[etalase] ${channel} failed:`, error),
      osPrinter: createElectronOsPrinter(),
      buyerScreen: buyerWindow.open,
      chainKeys: safeStorageChainKeyStore(dataDir),
    })
  } catch (error) {
    dialog.showErrorBox(STARTUP_FAILURE_TITLE, startFailureText(error, dataDir))
    app.exit(1)
    return
  }
  lockDownSession(session.defaultSession)
  registerIpc(ipcMain, core, () => mainWindow, appUrl)
  // The till may listen to every topic; the buyer's window only to what the buyer sees.
  registerPushBridge(
    ipcMain,
    core.push,
    (contents) =>
      contents === mainWindow?.webContents
        ? pushTopics
        : contents === buyerWindow.current()?.webContents
          ? ['buyer-display']
          : [],
    appUrl,
  )

  mainWindow = new BrowserWindow(
    secureWindowOptions(join(import.meta.dirname, '../preload/index.cjs'), {
      devTools: policy.devTools,
    }),
  )
  mainWindow.once('ready-to-show', () => mainWindow?.show())
  mainWindow.on('closed', () => {
    mainWindow = null
    // The buyer's screen never outlives the till.
    buyerWindow.close()
  })
  await mainWindow.loadURL(appUrl)
}

if (firstInstance) {
  app.whenReady().then(start, (error: unknown) => {
    console.error(error)
    app.exit(1)
  })
}

app.on('window-all-closed', () => {
  void core?.close().finally(() => app.quit())
})
