import { mkdirSync } from 'node:fs'
import type { Kysely } from 'kysely'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import { defaultLocale, isLocale } from '../../shared/locale'
import type { Result } from '../../shared/result'
import { openDatabase, type OpenDatabase } from '../db/connection'
import { migrateToLatest } from '../db/migrate'
import type { Database } from '../db/schema'
import type { CallOptions, Caller } from '../ipc/caller'
import { auditHandlers } from '../ipc/handlers/audit.handlers'
import { authHandlers } from '../ipc/handlers/auth.handlers'
import { shiftsHandlers } from '../ipc/handlers/shifts.handlers'
import { createSession } from '../services/auth/session'
import { appHandlers } from '../ipc/handlers/app.handlers'
import { catalogHandlers } from '../ipc/handlers/catalog.handlers'
import { printingHandlers } from '../ipc/handlers/printing.handlers'
import { salesHandlers } from '../ipc/handlers/sales.handlers'
import { tillHandlers } from '../ipc/handlers/till.handlers'
import type { HandlerTable } from '../ipc/handler-types'
import { createRouter, type Route } from '../ipc/router'
import { bootstrapDevice } from '../services/bootstrap.service'
import type { Clock, IdSource } from '../services/context'
import { systemClock, uuidV7Ids } from '../services/system-ports'
import { databasePath } from './data-dir'
import { buildServices, type Services } from './services'

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
  close: () => Promise<void>
}

export interface CoreOptions {
  dataDir: string
  version: string
  clock?: Clock
  ids?: IdSource
  logError?: (channel: string, error: unknown) => void
}

/**
 * Everything below the transport: open and check the database, migrate, make sure the
 * device has its base data, build services and the router. Shared by Electron's main
 * process, the browser-mode server and the tests.
 */
export async function startCore(options: CoreOptions): Promise<Core> {
  mkdirSync(options.dataDir, { recursive: true })
  const database = openDatabase(databasePath(options.dataDir))
  try {
    await migrateToLatest(database.db as Kysely<unknown>)
    const clock = options.clock ?? systemClock
    const ids = options.ids ?? uuidV7Ids
    const identity = await bootstrapDevice(database.db, clock, ids)
    const session = createSession(clock)
    const services = buildServices(
      { db: database.db, clock, ids, deviceId: identity.deviceId },
      identity,
      session,
      database,
    )
    const handlers: HandlerTable = {
      ...appHandlers(services, { ...identity, version: options.version, dataDir: options.dataDir }),
      ...catalogHandlers(services),
      ...salesHandlers(services),
      ...tillHandlers(services),
      ...printingHandlers(services),
      ...authHandlers(services),
      ...shiftsHandlers(services),
      ...auditHandlers(services),
    }
    const currentCaller = async (): Promise<Caller> => {
      const locale = await services.settings.get('locale')
      return {
        actor: await services.auth.currentActor(),
        locale: isLocale(locale) ? locale : defaultLocale,
      }
    }
    const route = createRouter(handlers, {
      approve: services.auth.approve,
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
      close: database.close,
    }
  } catch (error) {
    await database.close()
    throw error
  }
}
