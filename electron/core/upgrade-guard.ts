import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import {
  copyFileDurable,
  ensureFolder,
  manifestName,
  sha256File,
  type BackupManifest,
} from '../services/backup/backup-files'
import { primaryBackupFolder } from '../services/backup/backup-locations'
import { createBackupService } from '../services/backup/backup.service'
import type { FileVerifier } from '../services/backup/verification'
import type { Clock, IdSource } from '../services/core/context'
import { createSettingsService } from '../services/settings/settings.service'
import { StartupFailure } from './startup-failure'

export interface MigrationState {
  applied: string[]
  /** Known to this app, not yet run on this database. */
  pending: string[]
  /** Run on this database by a newer app: this one must not touch it. */
  unknown: string[]
}

/** What the migrations table says, read without Kysely's Migrator (which would create it). */
export function readMigrationState(
  raw: BetterSqlite3.Database,
  known: readonly string[],
): MigrationState {
  const hasTable = raw
    .prepare("select 1 from sqlite_schema where type = 'table' and name = 'kysely_migration'")
    .get()
  const applied = hasTable
    ? (raw.prepare('select name from kysely_migration order by name').pluck().all() as string[])
    : []
  const knownSet = new Set(known)
  const appliedSet = new Set(applied)
  return {
    applied,
    pending: known.filter((name) => !appliedSet.has(name)),
    unknown: applied.filter((name) => !knownSet.has(name)),
  }
}

/** Where the backup taken before a data update is kept, out of reach of rotation. */
export const preUpdateFolder = (dataDir: string) => join(primaryBackupFolder(dataDir), 'pre-update')

export interface UpgradeGuardOptions {
  raw: BetterSqlite3.Database
  db: Kysely<Database>
  dataDir: string
  known: readonly string[]
  clock: Clock
  ids: IdSource
  verify: FileVerifier
  logError?: (what: string, error: unknown) => void
}

/**
 * Runs before the migrations. The installer is the update (from a USB stick, with nobody from
 * the team there), so:
 * - a database with migrations this app does not know was written by a newer Etalase: stop
 *   with DATABASE_NEWER and change nothing;
 * - an existing database with pending migrations gets a verified backup first, through the
 *   same backup service as Pengaturan → Data (it stays listed there) plus a copy in
 *   `backups/pre-update/` that rotation never deletes. No verified backup, no migration:
 *   PRE_UPDATE_BACKUP_FAILED.
 * A new, empty database has nothing to lose and migrates straight away.
 */
export async function guardUpgrade(options: UpgradeGuardOptions): Promise<MigrationState> {
  const { raw, db, dataDir, clock, ids, verify } = options
  const state = readMigrationState(raw, options.known)
  if (state.unknown.length > 0) {
    throw new StartupFailure('DATABASE_NEWER', { dataDir, unknown: state.unknown.join(', ') })
  }
  if (state.applied.length === 0 || state.pending.length === 0) return state

  const folder = preUpdateFolder(dataDir)
  const fail = (reason: string, cause?: unknown): never => {
    throw new StartupFailure('PRE_UPDATE_BACKUP_FAILED', { reason, folder }, { cause })
  }
  let deviceId = 'pre-update'
  try {
    deviceId = (await createSettingsService(db).get('device.id')) ?? deviceId
  } catch {
    // A database too old for the settings table still gets its backup.
  }
  const backups = createBackupService({
    ctx: { db, clock, ids, deviceId },
    raw,
    dataDir,
    verify,
    auto: false,
    ...(options.logError ? { logError: options.logError } : {}),
  })
  const run = await backups.backupNow('start')
  if (!run.ok || !run.file) return fail(run.problem ?? 'failed')
  try {
    const source = primaryBackupFolder(dataDir)
    const manifestFile = manifestName(run.file)
    const manifest = JSON.parse(
      await readFile(join(source, manifestFile), 'utf8'),
    ) as BackupManifest
    await ensureFolder(folder)
    await copyFileDurable(join(source, run.file), join(folder, run.file))
    await copyFileDurable(join(source, manifestFile), join(folder, manifestFile))
    // A byte-for-byte copy of a verified backup is checked by its hash, as USB copies are.
    if ((await sha256File(join(folder, run.file))) !== manifest.sha256) fail('copy differs')
  } catch (error) {
    if (error instanceof StartupFailure) throw error
    fail((error as { code?: string }).code ?? String(error), error)
  }
  return state
}
