import { rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { BackupRunDto, BackupTrigger } from '../../../shared/data/data-dto'
import type { CheckResult } from '../../db/integrity'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import {
  copyFileDurable,
  ensureFolder,
  freeBackupName,
  fsyncFolder,
  isWritableFolder,
  listBackups,
  manifestName,
  partialName,
  removeBackup,
  removePartials,
  sha256File,
  writeFileDurable,
  type BackupManifest,
} from './backup-files'
import { createBackupExport } from './backup-export'
import { primaryBackupFolder } from './backup-locations'
import { createBackupReads } from './backup-read'
import { createBackupRunLog } from './backup-run-log'
import { createBackupSettings } from './backup-settings'
import { snapshotTo } from './backup-snapshot'
import { backupsToKeep } from './rotation'
import { toCountsDto, toVerificationDto, verifyInProcess, type FileVerifier } from './verification'

export interface BackupServiceOptions {
  ctx: ServiceContext
  raw: BetterSqlite3.Database
  dataDir: string
  verify?: FileVerifier
  /** Interval, sales-count and shift-close backups; the shells turn them on, tests choose. */
  auto?: boolean
  /** Pages copied per event-loop turn: small steps keep a sale's reply within milliseconds. */
  stepPages?: number
  logError?: (what: string, error: unknown) => void
}

/** SQLite's own code when the disk is full or read-only, else a generic "failed". */
function problemOf(error: unknown): string {
  if (error instanceof AppError) return error.code
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'failed'
}

/**
 * Backups and integrity checks of the live database, on demand and on schedule (every N
 * minutes, every N sales, at each Z). The copy uses SQLite's online backup API a few pages per
 * event-loop turn, so checkouts keep being answered while it runs; writes made meanwhile
 * through this connection are carried into the copy by SQLite itself. The service hands out
 * one object: these commands, the reads (backup-read.ts), the schedule settings
 * (backup-settings.ts) and the auditor's export (backup-export.ts).
 */
export function createBackupService(options: BackupServiceOptions) {
  const { ctx, raw, dataDir } = options
  const { db, clock } = ctx
  const verify = options.verify ?? verifyInProcess
  const stepPages = options.stepPages ?? 64
  const folder = primaryBackupFolder(dataDir)
  const logError = options.logError ?? (() => {})

  let running: Promise<BackupRunDto> | null = null
  let salesSinceBackup = 0
  let lastBackupAt: number | null = null
  let timer: ReturnType<typeof setInterval> | null = null
  let stopped = false
  const pending = new Set<Promise<unknown>>()
  const settings = createBackupSettings(ctx, dataDir)
  const { recordRun } = createBackupRunLog(ctx, logError)
  const reads = createBackupReads({ ctx, raw, dataDir, verify, settings })
  const { exportSnapshot } = createBackupExport({ ctx, raw, stepPages, recordRun })

  async function rotate(at: string, now: number): Promise<void> {
    const destination = at === folder ? 'primary' : 'second'
    const backups = await listBackups(at, destination)
    const keep = backupsToKeep(
      backups.map((b) => ({
        name: b.dto.file,
        createdAt: Date.parse(b.dto.createdAt),
        verified: b.dto.verification.ok,
      })),
      now,
    )
    for (const backup of backups) {
      // Files without a manifest are left alone: they are not ours to judge.
      if (backup.manifest && !keep.has(backup.dto.file)) await removeBackup(at, backup.dto.file)
    }
  }

  async function copyToSecond(
    secondFolder: string | null,
    file: string,
    manifest: BackupManifest,
  ): Promise<BackupRunDto['second']> {
    if (!secondFolder) return null
    if (!(await isWritableFolder(secondFolder))) return 'unavailable'
    try {
      await removePartials(secondFolder)
      await copyFileDurable(join(folder, file), join(secondFolder, file))
      // A byte-for-byte copy is verified by its hash, not by a second integrity pass.
      if ((await sha256File(join(secondFolder, file))) !== manifest.sha256) {
        await removeBackup(secondFolder, file)
        return 'failed'
      }
      await writeFileDurable(join(secondFolder, manifestName(file)), JSON.stringify(manifest))
      await rotate(secondFolder, manifest.createdAt)
      return 'copied'
    } catch (error) {
      logError('second backup destination', error)
      return 'failed'
    }
  }

  async function runBackup(trigger: BackupTrigger): Promise<BackupRunDto> {
    const at = clock.now()
    const started = performance.now()
    const duration = () => Math.round(performance.now() - started)
    const config = await settings.read()
    let temp: string | null = null
    try {
      await ensureFolder(folder)
      await removePartials(folder)
      const file = await freeBackupName(folder, at)
      temp = join(folder, partialName(file))
      await snapshotTo(raw, temp, stepPages)
      const verdict = await verify(temp)
      const verification = toVerificationDto(verdict, clock.now())
      const counts = toCountsDto(verdict.counts)
      if (!verdict.ok) {
        await rm(temp, { force: true })
        return await recordRun({
          kind: 'backup',
          trigger,
          file,
          destination: folder,
          bytes: 0,
          problem: verdict.problem ?? 'integrity',
          detail: { verification, counts },
          durationMs: duration(),
          at,
        })
      }
      const bytes = (await stat(temp)).size
      const manifest: BackupManifest = {
        version: 1,
        file,
        createdAt: at,
        trigger,
        bytes,
        sha256: await sha256File(temp),
        verification,
        counts,
        // Written outside the database (and copied to the second folder): a later rewrite or
        // a cut tail of the live chain no longer passes this anchor.
        anchor: verdict.chain?.ok ? verdict.chain.head : null,
      }
      await rename(temp, join(folder, file))
      temp = null
      await fsyncFolder(folder)
      await writeFileDurable(join(folder, manifestName(file)), JSON.stringify(manifest))
      salesSinceBackup = 0
      lastBackupAt = at
      const second = await copyToSecond(config.secondFolder, file, manifest)
      await rotate(folder, at)
      return await recordRun({
        kind: 'backup',
        trigger,
        file,
        destination: folder,
        bytes,
        problem: null,
        detail: { verification, counts, second },
        durationMs: duration(),
        at,
      })
    } catch (error) {
      logError('backup', error)
      if (temp) await rm(temp, { force: true }).catch(() => {})
      return recordRun({
        kind: 'backup',
        trigger,
        file: null,
        destination: folder,
        bytes: 0,
        problem: problemOf(error),
        detail: {},
        durationMs: duration(),
        at,
      })
    }
  }

  /** One backup at a time: a request while one runs gets that run's result. */
  function backupNow(trigger: BackupTrigger = 'manual', actor?: Actor): Promise<BackupRunDto> {
    if (running) return running
    const run = (async () => {
      try {
        const result = await runBackup(trigger)
        if (actor) {
          await db.transaction().execute((trx) =>
            recordAudit(trx, ctx, actor, {
              action: 'data.backup',
              refType: 'backup_run',
              refId: result.id,
              detail: { file: result.file, ok: result.ok, problem: result.problem },
            }),
          )
        }
        return result
      } finally {
        running = null
      }
    })()
    running = run
    return run
  }

  /**
   * Full check of the live database, recorded: integrity, foreign keys and the ledger hash
   * chain, on a read-only connection of its own through `verify` (a worker thread in the
   * apps), so a large file's minutes-long check never holds up the till. WAL gives it a
   * consistent snapshot while sales go on.
   */
  async function checkNow(trigger: BackupTrigger): Promise<BackupRunDto> {
    const verdict = await verify(raw.name)
    return recordRun({
      kind: 'check',
      trigger,
      file: null,
      destination: null,
      bytes: 0,
      problem: verdict.ok ? null : verdict.problem,
      detail: {
        messages: verdict.integrity.messages,
        chain: verdict.chain ? { ok: verdict.chain.ok, checked: verdict.chain.checked } : null,
      },
      durationMs: verdict.durationMs,
      at: clock.now(),
    })
  }

  function track(promise: Promise<unknown>) {
    pending.add(promise)
    void promise.finally(() => pending.delete(promise))
  }

  /** Runs a background job after the current reply is sent; failures are logged, not thrown. */
  function later(job: () => Promise<unknown>) {
    if (stopped) return
    const promise = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => (stopped ? null : job()))
      .catch((error: unknown) => logError('background backup', error))
    track(promise)
  }

  async function tick(): Promise<void> {
    if (stopped || running) return
    const { intervalMinutes } = await settings.read()
    if (lastBackupAt === null || clock.now() - lastBackupAt >= intervalMinutes * 60_000) {
      await backupNow('interval')
    }
  }

  /** Records the start-up check, then arms the timer. */
  async function start(startCheck?: CheckResult): Promise<void> {
    if (startCheck) {
      await recordRun({
        kind: 'check',
        trigger: 'start',
        file: null,
        destination: null,
        bytes: 0,
        problem: startCheck.ok ? null : startCheck.problem,
        detail: { quick: true },
        durationMs: startCheck.durationMs,
        at: clock.now(),
      })
    }
    const last = await db
      .selectFrom('backup_runs')
      .select('created_at')
      .where('kind', '=', 'backup')
      .where('ok', '=', 1)
      .orderBy('created_at', 'desc')
      .executeTakeFirst()
    lastBackupAt = last?.created_at ?? null
    if (!options.auto) return
    timer = setInterval(() => later(tick), 60_000)
    timer.unref()
  }

  /** An audit entry of its own (a restore is recorded in the data it replaces). */
  async function audit(actor: Actor, action: string, detail: Record<string, unknown>) {
    await db.transaction().execute((trx) => recordAudit(trx, ctx, actor, { action, detail }))
  }

  return {
    audit,
    settings: settings.settings,
    saveSettings: settings.save,
    ...reads,
    backupNow,
    checkNow,
    exportSnapshot,
    recordRun,
    tick,
    start,
    /** Called after each sale: every N sales is a backup, whatever the clock says. */
    noteSale() {
      if (!options.auto) return
      salesSinceBackup++
      later(async () => {
        const { everySales } = await settings.read()
        if (salesSinceBackup >= everySales) await backupNow('sales')
      })
    },
    /** Called after a shift closes: the full check, then a backup. */
    noteShiftClosed() {
      if (!options.auto) return
      later(async () => {
        await checkNow('shift')
        await backupNow('shift')
      })
    },
    /** Stops the timers and waits for a running backup, so the database can close under it. */
    async stop(): Promise<void> {
      stopped = true
      if (timer) clearInterval(timer)
      await Promise.allSettled([...pending, running])
    },
  }
}

export type BackupService = ReturnType<typeof createBackupService>
