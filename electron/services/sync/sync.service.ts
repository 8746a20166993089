import type { HubDatabase } from '../../hub/hub-types'
import { sql, type Kysely } from 'kysely'
import { connectHub, type PgAddress } from '../../hub/hub-connection'
import type { Database } from '../../db/schema'
import type { ServiceContext } from '../core/context'
import { readDeviceCode } from '../core/device-code'
import { AppError } from '../core/errors'
import { downloadMaster, downloadShared, proposeNewMaster } from './sync-download'
import { downloadDecisions } from './sync-decisions'
import { uploadDocs } from './sync-docs'
import { proposeEdits } from './sync-edits'
import { applyDuePriceVersions } from './sync-prices'
import { sendIdMap } from './sync-shared-ids'
import { downloadHubLevels, downloadPnbpRegister, downloadSharedSales } from './sync-shared-sales'
import { readWaitingBatch, uploadBatch, type UploadFaults } from './sync-upload'
import { idleCounter, type CounterActivity } from './counter-activity'
import { createSyncPacer } from './sync-pacing'

/** Keeps the hub password outside the database file, so a copied backup does not carry it. */
export interface HubSecretStore {
  read(): string | null
  write(password: string): void
  clear(): void
}

export interface JoinInput {
  host: string
  port: number
  database: string
  role: string
  password: string
}

export interface SyncStatus {
  joined: boolean
  host: string | null
  port: number | null
  database: string | null
  role: string | null
  joinedAt: number | null
  lastSyncAt: number | null
  /** Ledger rows written here and not yet on the hub. */
  waiting: number
  lastError: { code: string; detail: string | null; at: number } | null
}

export interface SyncReport {
  uploaded: number
  proposed: number
  masterRows: number
  sharedMovements: number
  /** Transfer, exhibition and opname-snapshot changes sent (0022). */
  docs: number
  /** Edits of existing master rows proposed to the hub's admin. */
  edits: number
  /** Other tills' sale rows taken at shared locations. */
  sharedSales: number
  /** Stock levels of every location as the hub knows them. */
  hubLevels: number
  /** Other tills' PNBP deposits, cancellations and targets new here (hub schema v5). */
  pnbpRows: number
  /** The admin's decisions on this till's proposals new here (applied or rejected). */
  decisions: number
  /** Time the upload rested between batches because the counter was busy (sync-pacing.ts). */
  restedMs: number
}

export interface SyncOptions {
  batchSize?: number
  faults?: UploadFaults
}

export interface SyncDeps {
  ctx: ServiceContext
  secrets: HubSecretStore
  /** How to reach a hub; the tests and the shells use connectHub. */
  connect?: (address: PgAddress) => Kysely<HubDatabase>
  /** The cashier's work at this till: the upload gives way to it. Absent: never busy. */
  counter?: CounterActivity
  /** Test seam for the rests between batches. */
  sleep?: (ms: number) => Promise<void>
}

/** pg's error codes for "who are you" problems: auth failed, no such role, no permission. */
const AUTH_CODES = new Set(['28P01', '28000'])

/** Turns a driver failure into a stable code the screen can say in words. */
export function hubErrorOf(error: unknown, address: { host: string; port: number }): AppError {
  if (error instanceof AppError) return error
  const e = error as { code?: string; message?: string }
  const message = e.message ?? String(error)
  if (e.code && AUTH_CODES.has(e.code)) return new AppError('HUB_AUTH_FAILED')
  if (message.includes('HUB_ROLE_TAKEN')) return new AppError('HUB_ROLE_TAKEN')
  const wrongTill = /HUB_WRONG_TILL:(\w+)/.exec(message)
  if (wrongTill) return new AppError('HUB_WRONG_TILL', { hubCode: wrongTill[1] ?? '?' })
  if (
    (e.code && ['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(e.code)) ||
    /timeout|ECONNREFUSED|terminated|ECONNRESET/i.test(message)
  ) {
    return new AppError('HUB_UNREACHABLE', { host: address.host, port: address.port })
  }
  return new AppError('HUB_REFUSED', { detail: message.slice(0, 200) })
}

export function createSyncService(deps: SyncDeps) {
  const { ctx, secrets } = deps
  const db: Kysely<Database> = ctx.db
  const connect = deps.connect ?? ((address: PgAddress) => connectHub(address))
  // One sync at a time: two uploads racing would each send the same batch (harmless) but
  // could mark and download twice.
  let running: Promise<unknown> = Promise.resolve()
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = running.then(job, job)
    running = next.catch(() => undefined)
    return next
  }

  const link = () => db.selectFrom('hub_link').selectAll().executeTakeFirst()

  async function withHub<T>(
    address: JoinInput,
    job: (hub: Kysely<HubDatabase>) => Promise<T>,
  ): Promise<T> {
    const hub = connect({
      host: address.host,
      port: address.port,
      database: address.database,
      user: address.role,
      password: address.password,
    })
    try {
      return await job(hub)
    } catch (error) {
      throw hubErrorOf(error, address)
    } finally {
      await hub.destroy().catch(() => undefined)
    }
  }

  async function status(): Promise<SyncStatus> {
    const current = await link()
    const waiting = await db
      .selectFrom('sync_outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sent_at', 'is', null)
      .executeTakeFirstOrThrow()
    return {
      joined: current !== undefined,
      host: current?.host ?? null,
      port: current?.port ?? null,
      database: current?.database ?? null,
      role: current?.role ?? null,
      joinedAt: current?.joined_at ?? null,
      lastSyncAt: current?.last_sync_at ?? null,
      waiting: Number(waiting.n),
      lastError:
        current?.last_error && current.last_error_at
          ? {
              ...(JSON.parse(current.last_error) as { code: string; detail: string | null }),
              at: current.last_error_at,
            }
          : null,
    }
  }

  /** Binds the hub role to this device and checks it was issued for this till's code. */
  async function join(input: JoinInput): Promise<SyncStatus> {
    return serial(async () => {
      if (await link()) throw new AppError('HUB_ALREADY_JOINED')
      const code = await readDeviceCode(db)
      await withHub(input, async (hub) => {
        // The claim binds the role to this device on first use and answers with its till code.
        const { rows } = await sql<{
          code: string
        }>`SELECT hub_claim_device(${ctx.deviceId}, ${code}) AS code`.execute(hub)
        const hubCode = rows[0]?.code
        if (hubCode !== code) throw new AppError('HUB_WRONG_TILL', { hubCode: hubCode ?? '?' })
      })
      await db
        .insertInto('hub_link')
        .values({
          id: 1,
          host: input.host,
          port: input.port,
          database: input.database,
          role: input.role,
          joined_at: ctx.clock.now(),
        })
        .execute()
      secrets.write(input.password)
      return status()
    })
  }

  /** Leaves the hub: nothing already sent is touched, the queue keeps growing locally. */
  async function leave(): Promise<SyncStatus> {
    return serial(async () => {
      await db.deleteFrom('hub_link').execute()
      secrets.clear()
      return status()
    })
  }

  async function recordError(error: AppError) {
    const detail = error.params ? JSON.stringify(error.params) : null
    await db
      .updateTable('hub_link')
      .set({
        last_error: JSON.stringify({ code: error.code, detail }),
        last_error_at: ctx.clock.now(),
      })
      .execute()
  }

  /**
   * Up (in chain order, in batches), proposals, then down (master data, shared movements).
   * Each step commits on its own: a crash anywhere resumes from what the hub and the outbox say.
   */
  async function syncNow(options: SyncOptions = {}): Promise<SyncReport> {
    return serial(async () => {
      // Prices already known and now due apply even when the hub cannot be reached.
      await applyDuePriceVersions(db, ctx.clock.now())
      const current = await link()
      const password = secrets.read()
      if (!current || password === null) throw new AppError('HUB_NOT_JOINED')
      const address = { ...current, password }
      const report: SyncReport = {
        uploaded: 0,
        proposed: 0,
        masterRows: 0,
        sharedMovements: 0,
        docs: 0,
        edits: 0,
        sharedSales: 0,
        hubLevels: 0,
        pnbpRows: 0,
        decisions: 0,
        restedMs: 0,
      }
      const pacer = createSyncPacer(deps.counter ?? idleCounter, deps.sleep)
      try {
        await withHub(address, async (hub) => {
          // Users and products first: the hub must know who and what a row points at.
          report.proposed = await proposeNewMaster(hub, db, ctx.deviceId)
          report.edits = await proposeEdits(hub, db, ctx.deviceId, ctx.clock.now())
          // Before the ledger rows: the hub files them under the shared locations.
          await sendIdMap(hub, db, ctx.deviceId)
          for (;;) {
            const batchStart = performance.now()
            const batch = await readWaitingBatch(db, ctx.deviceId, options.batchSize ?? 500)
            if (batch.length === 0) break
            await uploadBatch(hub, db, batch, ctx.clock.now(), options.faults)
            report.uploaded += batch.length
            // The event loop turns between batches (a sale waiting at the counter goes first),
            // and while the counter is busy the upload rests: it must not slow a sale.
            await pacer.afterBatch(performance.now() - batchStart)
          }
          report.restedMs = Math.round(pacer.restedMs())
          for (;;) {
            const sent = await uploadDocs(hub, db, ctx.deviceId, ctx.clock.now())
            if (sent === 0) break
            report.docs += sent
          }
          // After the proposals went up: a decision made since the last sync comes down now.
          report.decisions = await downloadDecisions(hub, db, ctx.deviceId)
          report.masterRows = await downloadMaster(hub, db, ctx.clock.now())
          await applyDuePriceVersions(db, ctx.clock.now())
          report.sharedMovements = await downloadShared(hub, db, ctx.deviceId)
          report.sharedSales = await downloadSharedSales(hub, db, ctx.deviceId)
          report.pnbpRows = await downloadPnbpRegister(hub, db, ctx.deviceId)
          report.hubLevels = await downloadHubLevels(hub, db, ctx.clock.now())
        })
      } catch (error) {
        const appError = hubErrorOf(error, address)
        await recordError(appError)
        throw appError
      }
      await db
        .updateTable('hub_link')
        .set({ last_sync_at: ctx.clock.now(), last_error: null, last_error_at: null })
        .execute()
      return report
    })
  }

  /** The timer's call: a till that never joined does nothing at all. */
  async function syncIfJoined(): Promise<SyncReport | null> {
    if (!(await link())) return null
    return syncNow()
  }

  return { deviceId: ctx.deviceId, status, join, leave, syncNow, syncIfJoined }
}

export type SyncService = ReturnType<typeof createSyncService>
