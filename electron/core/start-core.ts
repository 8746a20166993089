import { mkdirSync } from 'node:fs'
import type { Kysely } from 'kysely'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import { defaultLocale, isLocale } from '../../shared/locale'
import type { Result } from '../../shared/result'
import { memoUntilWrite } from '../db/write-generation'
import { openDatabase, type OpenDatabase } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import { migrations } from '../db/migrations'
import type { Database } from '../db/schema'
import type { CallOptions, Caller } from '../ipc/caller'
import { auditHandlers } from '../ipc/handlers/audit.handlers'
import { approvalsHandlers } from '../ipc/handlers/approvals.handlers'
import { authHandlers } from '../ipc/handlers/auth.handlers'
import { shiftsHandlers } from '../ipc/handlers/shifts.handlers'
import { stockHandlers } from '../ipc/handlers/stock.handlers'
import { shiftPrintHandlers } from '../ipc/handlers/shift-print.handlers'
import { createSession } from '../services/auth/session'
import { appHandlers } from '../ipc/handlers/app.handlers'
import { catalogHandlers } from '../ipc/handlers/catalog.handlers'
import { printingHandlers } from '../ipc/handlers/printing.handlers'
import { opnameHandlers } from '../ipc/handlers/opname.handlers'
import { importHandlers } from '../ipc/handlers/import.handlers'
import { salesHandlers } from '../ipc/handlers/sales.handlers'
import { tillHandlers } from '../ipc/handlers/till.handlers'
import { reportsHandlers } from '../ipc/handlers/reports.handlers'
import { buyerHandlers, observeForBuyerDisplay } from '../ipc/handlers/buyer.handlers'
import { createBuyerDisplay } from '../services/buyer-display/buyer-display.service'
import type { BuyerScreenOpener } from '../services/buyer-display/buyer-screen-opener'
import { createTopicHub, type TopicHub } from '../services/push/topic-hub'
import type { HandlerTable } from '../ipc/handler-types'
import { dataHandlers, observeForDataSafety } from '../ipc/handlers/data.handlers'
import { evidenceHandlers } from '../ipc/handlers/evidence.handlers'
import { createEvidenceService } from '../services/evidence/evidence.service'
import { DatabaseIntegrityError, quickCheck } from '../db/integrity'
import { createBackupService, type BackupService } from '../services/backup/backup.service'
import type { Reopen } from '../services/backup/restore'
import type { RestoreFaults } from '../services/backup/restore-files'
import { verifyInProcess, type FileVerifier } from '../services/backup/verification'
import type { OsPrinter } from '../printing/os-print/os-printer'
import { createRouter, type Route } from '../ipc/router'
import { setupGate } from '../ipc/setup-gate'
import { setupHandlers, type SetupFacts } from '../ipc/handlers/setup.handlers'
import { bootstrapDevice } from '../services/bootstrap.service'
import type { Clock, IdSource } from '../services/context'
import { systemClock, uuidV7Ids } from '../services/system-ports'
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
import { buildServices, type Services } from './services'
import { guardUpgrade } from './upgrade-guard'

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
  /** How backup files are verified (a worker thread in the shells). */
  verifyFile?: FileVerifier
  /** Closes and reopens the data after a restore; given by electron/core/core-host.ts. */
  reopen?: Reopen
  /** Electron's OS print (exact paper size); browser mode and tests have none. */
  osPrinter?: OsPrinter
  /** Runs Laporan's aggregations in a worker thread (the shells); in-process if absent. */
  reportsWorker?: ReportsWorkerOptions
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
  switchBooks?: SetupFacts['switchBooks']
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
  try {
    // A damaged file must never start silently; quick_check stops at its first complaint.
    const startCheck = quickCheck(database.raw)
    if (!startCheck.ok) {
      throw new DatabaseIntegrityError(
        startCheck.problem ?? 'integrity',
        startCheck.messages.join('; '),
      )
    }
    const clock = options.clock ?? systemClock
    const ids = options.ids ?? uuidV7Ids
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
    await migrateToLatest(database.db as Kysely<unknown>)
    const identity = await bootstrapDevice(database.db, clock, ids)
    const session = createSession(clock)
    reportQueries = options.reportsWorker
      ? workerReportQueries(databasePath(options.dataDir), options.reportsWorker)
      : null
    const services = buildServices(
      {
        db: database.db,
        clock,
        ids,
        deviceId: identity.deviceId,
        training: options.training ?? false,
      },
      identity,
      session,
      database,
      reportQueries ?? undefined,
    )
    const dataSafety = createBackupService({
      ctx: { db: database.db, clock, ids, deviceId: identity.deviceId },
      raw: database.raw,
      dataDir: options.dataDir,
      auto: options.autoBackup ?? false,
      verify: options.verifyFile ?? verifyInProcess,
      ...(options.logError ? { logError: options.logError } : {}),
    })
    const push = options.push ?? createTopicHub()
    const buyerDisplay = createBuyerDisplay({
      ctx: { db: database.db },
      tillCart: services.tillCart,
      till: services.till,
      settings: services.settings,
      hub: push,
      ...(options.logError ? { logError: (e: unknown) => options.logError?.('buyer', e) } : {}),
    })
    const handlers: HandlerTable = {
      ...appHandlers(services, {
        deviceId: identity.deviceId,
        version: options.version,
        dataDir: options.dataDir,
        training: options.training ?? false,
      }),
      ...setupHandlers(services, {
        db: database.db,
        version: options.version,
        dataDir: options.dataDir,
        training: options.training ?? false,
        clock,
        verify: options.verifyFile ?? verifyInProcess,
        ...(options.reopen ? { reopen: options.reopen } : {}),
        ...(options.switchBooks ? { switchBooks: options.switchBooks } : {}),
      }),
      ...catalogHandlers(services),
      ...salesHandlers(services),
      ...tillHandlers(services),
      ...printingHandlers(services, options.osPrinter),
      ...authHandlers(services),
      ...shiftsHandlers(services),
      ...auditHandlers(services),
      ...opnameHandlers(services),
      ...importHandlers(services),
      ...dataHandlers(dataSafety, {
        dataDir: options.dataDir,
        clock,
        verify: options.verifyFile ?? verifyInProcess,
        ...(options.reopen ? { reopen: options.reopen } : {}),
        ...(options.restoreFaults ? { faults: options.restoreFaults } : {}),
      }),
      ...stockHandlers(services),
      ...shiftPrintHandlers(services),
      ...reportsHandlers(services),
      ...buyerHandlers(buyerDisplay, options.buyerScreen),
      ...evidenceHandlers(
        createEvidenceService(
          { db: database.db, clock, ids, deviceId: identity.deviceId },
          chainKey,
          services.auth.checkOwnPin,
        ),
      ),
      ...approvalsHandlers(services),
    }
    await dataSafety.start(startCheck)
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
    // Sales and shift closes also tell the data-safety service (backups every N sales, at Z).
    // The buyer's screen follows cart saves and sales the same way.
    const observed = observeForBuyerDisplay(
      observeForDataSafety(handlers, dataSafety),
      buyerDisplay,
    )
    const route = createRouter(observed, {
      grants: services.auth.approvals,
      admit: setupGate(services.setup.done),
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
      close: async () => {
        await dataSafety.stop()
        await reportQueries?.close()
        await database.close()
      },
    }
  } catch (error) {
    await reportQueries?.close()
    await database.close()
    throw error
  }
}
