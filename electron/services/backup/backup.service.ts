import { mkdtemp, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import type {
  BackupListDto,
  BackupRunDto,
  BackupTrigger,
  DataSettingsDto,
  ExportResultDto,
  RestorePreviewDto,
} from '../../../shared/data/data-dto'
import { countRows, type CheckResult } from '../../db/integrity'
import { formatAnchor, type ChainAnchor } from '../../db/ledger-chain'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import {
  copyFileDurable,
  ensureFolder,
  freeBackupName,
  fsyncFile,
  fsyncFolder,
  isWritableFolder,
  listBackups,
  manifestName,
  partialName,
  removeBackup,
  removePartials,
  sha256File,
  stampOf,
  writeFileDurable,
  type BackupManifest,
  type ExportManifest,
} from './backup-files'
import {
  listAllBackups,
  primaryBackupFolder,
  resolveBackupId,
  writeSecondFolderHint,
} from './backup-locations'
import { backupsToKeep } from './rotation'
import { toCountsDto, toVerificationDto, verifyInProcess, type FileVerifier } from './verification'

const SETTINGS_KEY = 'data.backup'
export const defaultDataSettings = { intervalMinutes: 30, everySales: 50, secondFolder: null }
type StoredSettings = Omit<DataSettingsDto, 'folder'>

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
 * Backups, integrity checks and exports of the live database. The copy uses SQLite's online
 * backup API a few pages per event-loop turn, so checkouts keep being answered while it runs;
 * writes made meanwhile through this connection are carried into the copy by SQLite itself.
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

  async function readSettings(): Promise<StoredSettings> {
    const row = await db
      .selectFrom('settings')
      .select('value')
      .where('key', '=', SETTINGS_KEY)
      .executeTakeFirst()
    if (!row) return { ...defaultDataSettings }
    return { ...defaultDataSettings, ...(JSON.parse(row.value) as Partial<StoredSettings>) }
  }

  async function settings(): Promise<DataSettingsDto> {
    return { ...(await readSettings()), folder }
  }

  async function saveSettings(actor: Actor, input: StoredSettings): Promise<DataSettingsDto> {
    if (input.secondFolder && !(await isWritableFolder(input.secondFolder))) {
      throw new AppError('VALIDATION', undefined, [
        {
          path: 'secondFolder',
          code: 'FOLDER_UNAVAILABLE',
          params: { folder: input.secondFolder },
        },
      ])
    }
    const value = JSON.stringify(input)
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('settings')
        .values({ key: SETTINGS_KEY, value })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
        .execute()
      await recordAudit(trx, ctx, actor, { action: 'data.settings', detail: input })
    })
    await writeSecondFolderHint(dataDir, input.secondFolder)
    return settings()
  }

  async function recordRun(run: {
    kind: BackupRunDto['kind']
    trigger: BackupTrigger
    file: string | null
    destination: string | null
    bytes: number
    problem: string | null
    detail: Record<string, unknown>
    durationMs: number
    at: number
  }): Promise<BackupRunDto> {
    const id = ctx.ids.next()
    const second = (run.detail.second as BackupRunDto['second'] | undefined) ?? null
    try {
      await db
        .insertInto('backup_runs')
        .values({
          id,
          kind: run.kind,
          trigger: run.trigger,
          file: run.file,
          destination: run.destination,
          bytes: run.bytes,
          ok: run.problem === null ? 1 : 0,
          problem: run.problem,
          detail: JSON.stringify(run.detail),
          duration_ms: run.durationMs,
          device_id: ctx.deviceId,
          created_at: run.at,
        })
        .execute()
    } catch (error) {
      // A full disk may refuse even the log row; the backup's own outcome still stands.
      logError('backup log', error)
    }
    return {
      id,
      kind: run.kind,
      trigger: run.trigger,
      file: run.file,
      ok: run.problem === null,
      problem: run.problem,
      bytes: run.bytes,
      durationMs: run.durationMs,
      at: new Date(run.at).toISOString(),
      second,
    }
  }

  /**
   * Online backup into `target` (a new file), then made a self-contained rollback-journal file.
   * Answers the copy's chain head: the anchor an export carries out of the file.
   */
  async function snapshotTo(target: string): Promise<ChainAnchor | null> {
    await raw.backup(target, { progress: () => stepPages })
    // The copy keeps the WAL flag in its header; a single-file copy opens read-only anywhere
    // (a USB stick, DB Browser) without creating -wal and -shm beside it.
    const copy = new BetterSqlite3(target)
    let head: ChainAnchor | undefined
    try {
      copy.pragma('journal_mode = DELETE')
      head = copy.prepare('select seq, hash from ledger_chain order by seq desc limit 1').get() as
        ChainAnchor | undefined
    } finally {
      copy.close()
    }
    await fsyncFile(target)
    return head ?? null
  }

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
    const config = await readSettings()
    let temp: string | null = null
    try {
      await ensureFolder(folder)
      await removePartials(folder)
      const file = await freeBackupName(folder, at)
      temp = join(folder, partialName(file))
      await snapshotTo(temp)
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

  async function list(): Promise<BackupListDto> {
    const config = await readSettings()
    const backups = await listAllBackups(dataDir, config.secondFolder)
    const runs = await db
      .selectFrom('backup_runs')
      .selectAll()
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(10)
      .execute()
    const lastVerified = backups.find((b) => b.destination === 'primary' && b.verification.ok)
    return {
      backups,
      runs: runs.map((r) => ({
        id: r.id,
        kind: r.kind,
        trigger: r.trigger,
        file: r.file,
        ok: r.ok === 1,
        problem: r.problem,
        bytes: r.bytes,
        durationMs: r.duration_ms,
        at: new Date(r.created_at).toISOString(),
        second: ((JSON.parse(r.detail) as { second?: BackupRunDto['second'] }).second ??
          null) as BackupRunDto['second'],
      })),
      folder,
      secondFolder: config.secondFolder
        ? { path: config.secondFolder, available: await isWritableFolder(config.secondFolder) }
        : null,
      lastBackupAt: lastVerified?.createdAt ?? null,
    }
  }

  async function locate(id: string) {
    const config = await readSettings()
    const found = resolveBackupId(id, dataDir, config.secondFolder)
    const backups = found ? await listBackups(found.folder, found.destination) : []
    const backup = backups.find((b) => b.dto.file === found?.file)
    if (!found || !backup) throw new AppError('NOT_FOUND')
    return { ...found, ...backup, path: join(found.folder, found.file) }
  }

  /** Re-checks a backup now (a file can rot on a stick) and compares it with today's data. */
  async function restorePreview(id: string): Promise<RestorePreviewDto> {
    const backup = await locate(id)
    return {
      ...(await checkBackupFile(backup.path, backup.manifest, clock.now(), verify)),
      backup: backup.dto,
      current: toCountsDto(countRows(raw)),
    }
  }

  async function exportSnapshot(actor: Actor, target: string | null): Promise<ExportResultDto> {
    if (target && !(await isWritableFolder(target))) {
      throw new AppError('FOLDER_UNAVAILABLE', { folder: target })
    }
    const at = clock.now()
    const started = performance.now()
    const name = `etalase-export-${stampOf(at)}.sqlite`
    const scratch = target ?? (await mkdtemp(join(tmpdir(), 'etalase-export-')))
    const temp = join(scratch, partialName(name))
    try {
      const head = await snapshotTo(temp)
      const bytes = (await stat(temp)).size
      // The anchor leaves with the copy (a manifest beside it, and on screen to write in the
      // handover record): whoever holds the copy cannot rewrite its chain unnoticed, and
      // `npm run verify -- --anchors-file=<manifest>` on the live till proves it is unchanged.
      const anchor = head ? formatAnchor(head) : null
      let result: ExportResultDto
      if (target) {
        const path = join(target, name)
        const manifest: ExportManifest = {
          version: 1,
          kind: 'export',
          file: name,
          createdAt: at,
          bytes,
          sha256: await sha256File(temp),
          anchor: head,
        }
        await rename(temp, path)
        await fsyncFolder(target)
        await writeFileDurable(join(target, manifestName(name)), JSON.stringify(manifest))
        result = { file: null, path, bytes, anchor }
      } else {
        const base64 = (await readFile(temp)).toString('base64')
        result = {
          file: { filename: name, mime: 'application/vnd.sqlite3', base64 },
          path: null,
          bytes,
          anchor,
        }
      }
      const run = await recordRun({
        kind: 'export',
        trigger: 'manual',
        file: name,
        destination: target,
        bytes,
        problem: null,
        detail: {},
        durationMs: Math.round(performance.now() - started),
        at,
      })
      await db.transaction().execute((trx) =>
        recordAudit(trx, ctx, actor, {
          action: 'data.export',
          refType: 'backup_run',
          refId: run.id,
          detail: { file: name, folder: target, bytes, anchor },
        }),
      )
      return result
    } finally {
      await rm(temp, { force: true })
      if (!target) await rm(scratch, { recursive: true, force: true })
    }
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
    const { intervalMinutes } = await readSettings()
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
    settings,
    saveSettings,
    list,
    backupNow,
    checkNow,
    restorePreview,
    locate,
    exportSnapshot,
    recordRun,
    tick,
    start,
    /** Called after each sale: every N sales is a backup, whatever the clock says. */
    noteSale() {
      if (!options.auto) return
      salesSinceBackup++
      later(async () => {
        const { everySales } = await readSettings()
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

/** Verification of a backup file as it is now, compared with the hash written at backup time. */
export async function checkBackupFile(
  path: string,
  manifest: BackupManifest | null,
  now: number,
  verify: FileVerifier,
): Promise<Pick<RestorePreviewDto, 'verification' | 'counts'>> {
  if (manifest?.sha256 && (await sha256File(path)) !== manifest.sha256) {
    const verdict = await verify(path)
    return {
      verification: { ...toVerificationDto(verdict, now), ok: false, problem: 'changed' },
      counts: toCountsDto(verdict.counts),
    }
  }
  const verdict = await verify(path)
  return { verification: toVerificationDto(verdict, now), counts: toCountsDto(verdict.counts) }
}
