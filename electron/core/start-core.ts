import { registerChangeFunctions } from '../db/change-actor'
import { mkdirSync, statSync } from 'node:fs'
import type { Kysely } from 'kysely'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import { defaultLocale, isLocale } from '../../shared/locale'
import type { Result } from '../../shared/result'
import { memoUntilWrite } from '../db/write-generation'
import { openDatabase, type OpenDatabase } from '../db/connection'
import { hasPendingMigrations, migrateToLatest } from '../db/migrate'
import { migrations } from '../db/migrations'
import type { Database } from '../db/schema'
import type { CallOptions, Caller } from '../ipc/caller'
import { createSession } from '../services/auth/session'
import type { BuyerScreenOpener } from '../services/buyer-display/buyer-screen-opener'
import { createTopicHub, type TopicHub } from '../services/push/topic-hub'
import {
  startWalCheckpointer,
  type WalCheckpointer,
  type WalCheckpointerOptions,
} from '../db/wal-checkpointer'
import type { SyncService } from '../services/sync/sync.service'
import {
  DatabaseIntegrityError,
  quickCheck,
  type CheckResult,
  type IntegrityProblem,
} from '../db/integrity'
import type { Reopen } from '../services/backup/restore'
import type { RestoreFaults } from '../services/backup/restore-files'
import { verifyInProcess, type FileVerifier } from '../services/backup/verification'
import type { OsPrinter } from '../printing/os-print/os-printer'
import { createRouter, type Route } from '../ipc/router'
import type { TrainingFacts } from '../ipc/handlers/training.handlers'
import type { BackupService } from '../services/backup/backup.service'
import { setupGate } from '../ipc/setup-gate'
import type { StartCheckRunner } from '../services/start-check/start-check-runner'
import {
  settledStartCheck,
  trackStartCheck,
  type StartCheck,
} from '../services/start-check/start-check'
import { bootstrapDevice } from '../services/core/bootstrap.service'
import type { Clock, IdSource } from '../services/core/context'
import { systemClock, uuidV7Ids } from '../services/core/system-ports'
import {
  workerReportQueries,
  type ClosableReportQueries,
  type ReportsWorkerOptions,
} from '../services/reports/worker-report-queries'
import {
  chainKeyPath,
  fileChainKeyStore,
  loadOrCreateChainKey,
  type ChainKeyStore,
} from './chain-key-store'
import { databasePath } from './data-dir'
import { buildHandlerTable } from './handler-table'
import { buildCoreServices, buildServices, type Services } from './services'
import { createCounterActivity } from '../services/sync/counter-activity'
import { guardUpgrade } from './upgrade-guard'

/** How often a joined till meets its hub while it runs. */
const SYNC_INTERVAL_MS = 60_000

export interface Core {
  route: Route
  services: Services
  database: OpenDatabase
  db: Kysely<Database>
  /** The caller for this till's session: the signed-in person, or null while locked. */
  currentCaller: () => Promise<Caller>
  /** Typed call through the router, as the local session unless a caller is given. */
  call: <C extends Channel>(
    channel: C,
    input: InputOf<C>,
    caller?: Caller,
    options?: CallOptions,
  ) => Promise<Result<OutputOf<C>>>
  /** Signs a person in on this core's session (training mode carries the cashier across). */
  signIn: (userId: string) => void
  /** Backups, integrity checks, export and restore of this core's database. */
  dataSafety: BackupService
  /** Main's push channel (the buyer's screen); outlives a reopen when the host gives it. */
  push: TopicHub
  /** Up and down with the PostgreSQL hub this till joined (none: behaves as a lone till). */
  sync: SyncService
  close: () => Promise<void>
}

export interface CoreOptions {
  dataDir: string
  version: string
  clock?: Clock
  ids?: IdSource
  logError?: (channel: string, error: unknown) => void
  /** Backups on a timer, every N sales and at shift close (the shells; tests opt in). */
  autoBackup?: boolean
  /** Syncs with the joined hub on a timer (the shells; tests call syncNow themselves). */
  autoSync?: boolean
  /** How backup files are verified (a worker thread in the shells). */
  verifyFile?: FileVerifier
  /** Closes and reopens the data after a restore; given by electron/core/core-host.ts. */
  reopen?: Reopen
  /** Electron's OS print (exact paper size); browser mode and tests have none. */
  osPrinter?: OsPrinter
  /** Copies the write-ahead log back on a worker thread (the shells); SQLite's own if absent. */
  walCheckpointer?: WalCheckpointerOptions
  /** Runs Laporan's aggregations in a worker thread (the shells); in-process if absent. */
  reportsWorker?: ReportsWorkerOptions
  /** The built worker that reads imported workbooks; the TypeScript source if absent (tests). */
  xlsxWorkerFile?: string
  /** The push channel the shells forward to windows; a new one if absent (tests). */
  push?: TopicHub
  /** Opens the buyer's screen (Electron: a window; browser mode: a tab's path). */
  buyerScreen?: BuyerScreenOpener
  /** Test seam: makes a step of restore fail (test/integration/restore-faults.test.ts). */
  restoreFaults?: RestoreFaults
  /** Where the chain key lives: Electron's safeStorage; a key file beside the data if absent. */
  chainKeys?: ChainKeyStore
  /** These are the practice books (mode latihan): receipts say so, the demo may load. */
  training?: boolean
  /** Switches between the real and the practice books; given by electron/core/core-host.ts. */
  switchBooks?: TrainingFacts['switchBooks']
  /**
   * Runs the start-up quick_check beside the open window (the shells: the verify worker);
   * selling waits for its answer. Absent (tests), the check runs in line before anything else.
   */
  startCheck?: StartCheckRunner
  /** The start check found damage after the core was up: the host opens recovery. */
  onStartCheckFailed?: (problem: IntegrityProblem, messages: string[]) => void
}

/**
 * Everything below the transport: open and check the database, migrate, make sure the
 * device has its base data, build services and the router. Shared by Electron's main
 * process, the browser-mode server and the tests.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true })
  const chainKey = loadOrCreateChainKey(
    options.chainKeys ?? fileChainKeyStore(chainKeyPath(options.dataDir)),
  )
  const database = openDatabase(databasePath(options.dataDir), { chainKey: chainKey.key })
  let reportQueries: ClosableReportQueries | null = null
  let checkpointer: WalCheckpointer | null = null
  try {
    const clock = options.clock ?? systemClock
    // A damaged file must never sell silently; quick_check stops at its first complaint.
    const startCheck = beginStartCheck(database, options)
    const refuseDamaged = (result: CheckResult) => {
      if (!result.ok) {
        throw new DatabaseIntegrityError(result.problem ?? 'integrity', result.messages.join('; '))
      }
    }
    const ids = options.ids ?? uuidV7Ids
    // Master-data history rows (0016) carry the app's clock and, once known, this till.
    let changeDevice: string | null = null
    registerChangeFunctions(database.raw, { now: () => clock.now(), deviceId: () => changeDevice })
    // A newer app's database is refused untouched; an older one is backed up (verified) first.
    await guardUpgrade({
      raw: database.raw,
      db: database.db,
      dataDir: options.dataDir,
      known: Object.keys(migrations),
      clock,
      ids,
      verify: options.verifyFile ?? verifyInProcess,
      ...(options.logError ? { logError: options.logError } : {}),
    })
    // An upgrade writes to the file: it waits for the check rather than touch a damaged one.
    if (await hasPendingMigrations(database.db as Kysely<unknown>))
      refuseDamaged(await startCheck.done)
    await migrateToLatest(database.db as Kysely<unknown>)
    // After the migrations: a sale's commit never copies the log back itself from here on.
    if (options.walCheckpointer) {
      checkpointer = await startWalCheckpointer(database.raw, options.walCheckpointer, (error) =>
        options.logError?.('checkpoint', error),
      )
    }
    const identity = await bootstrapDevice(database.db, clock, ids)
    changeDevice = identity.deviceId
    const session = createSession(clock)
    reportQueries = options.reportsWorker
      ? workerReportQueries(databasePath(options.dataDir), options.reportsWorker)
      : null
    const ctx = {
      db: database.db,
      clock,
      ids,
      deviceId: identity.deviceId,
      training: options.training ?? false,
      ...(options.xlsxWorkerFile ? { xlsxWorkerFile: options.xlsxWorkerFile } : {}),
    }
    const services = buildServices(ctx, identity, session, database, reportQueries ?? undefined)
    const verify = options.verifyFile ?? verifyInProcess
    const push = options.push ?? createTopicHub()
    const counter = createCounterActivity()
    const core = buildCoreServices({
      ctx,
      services,
      database,
      dataDir: options.dataDir,
      chainKey,
      push,
      autoBackup: options.autoBackup ?? false,
      verify,
      counter,
      ...(options.logError ? { logError: options.logError } : {}),
    })
    const { dataSafety, buyerDisplay, sync } = core
    // Whenever the hub can be reached: a failure is recorded for the screen, never thrown.
    const syncTimer = options.autoSync
      ? setInterval(() => void sync.syncIfJoined().catch(() => undefined), SYNC_INTERVAL_MS)
      : null
    syncTimer?.unref()
    const handlers = buildHandlerTable(services, core, {
      ...options,
      db: database.db,
      deviceId: identity.deviceId,
      training: ctx.training,
      clock,
      verify,
      startCheck,
    })
    // Recorded once answered; auto-backups start only then, never from an unchecked file.
    void startCheck.done.then(async (result) => {
      if (!result.ok) {
        options.onStartCheckFailed?.(result.problem ?? 'integrity', result.messages)
        return
      }
      await dataSafety.start(result).catch((error: unknown) => options.logError?.('start', error))
    })
    // A cart left open before a restart is on the buyer's screen again.
    await buyerDisplay.cartChanged()
    // Asked before every call from a window; the language changes only with a write.
    const storedLocale = memoUntilWrite(services.generation, () => services.settings.get('locale'))
    const currentCaller = async (): Promise<Caller> => {
      const locale = await storedLocale(undefined)
      return {
        actor: await services.auth.currentActor(),
        locale: isLocale(locale) ? locale : defaultLocale,
      }
    }
    const admitSetup = setupGate(services.setup.done)
    const route = createRouter(handlers, {
      grants: services.auth.approvals,
      admit: async (channel) => {
        counter.noteCall(channel)
        startCheck.admit(channel)
        await admitSetup(channel)
      },
      ...(options.logError ? { logError: options.logError } : {}),
    })
    const call = async <C extends Channel>(
      channel: C,
      input: InputOf<C>,
      caller?: Caller,
      callOptions?: CallOptions,
    ) =>
      (await route(channel, input, caller ?? (await currentCaller()), callOptions)) as Result<
        OutputOf<C>
      >
    return {
      route,
      services,
      database,
      db: database.db,
      currentCaller,
      call,
      signIn: (userId) => session.signIn(userId),
      dataSafety,
      push,
      sync,
      close: async () => {
        if (syncTimer) clearInterval(syncTimer)
        await dataSafety.stop()
        await reportQueries?.close()
        await checkpointer?.stop()
        await database.close()
      },
    }
  } catch (error) {
    await reportQueries?.close()
    await checkpointer?.stop()
    await database.close()
    throw error
  }
}

/**
 * The in-line check (no runner given) answers before anything else, as start always did; a
 * runner checks on its own connection while start goes on and the window opens.
 */
function beginStartCheck(database: OpenDatabase, options: CoreOptions): StartCheck {
  if (!options.startCheck) {
    const result = quickCheck(database.raw)
    if (!result.ok) {
      throw new DatabaseIntegrityError(result.problem ?? 'integrity', result.messages.join('; '))
    }
    return settledStartCheck(result)
  }
  const file = database.raw.name
  return trackStartCheck(options.startCheck(file), {
    bytes: fileBytes(file),
    // Wall time of the check itself, whatever clock the books keep.
    now: () => performance.now(),
  })
}

function fileBytes(file: string): number {
  try {
    return statSync(file).size
  } catch {
    return 0
  }
}
