import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import type { BackupListDto, RestorePreviewDto } from '../../../shared/data/data-dto'
import { countRows } from '../../db/integrity'
import type { ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { isWritableFolder, listBackups, sha256File, type BackupManifest } from './backup-files'
import { listAllBackups, primaryBackupFolder, resolveBackupId } from './backup-locations'
import { recentBackupRuns } from './backup-run-log'
import type { BackupSettings } from './backup-settings'
import { toCountsDto, toVerificationDto, type FileVerifier } from './verification'

/**
 * What Pengaturan → Data and the restore dialog read: the backups in both folders, the last
 * runs, and one backup checked again now beside today's counts. Nothing here writes.
 */
export function createBackupReads(options: {
  ctx: ServiceContext
  raw: BetterSqlite3.Database
  dataDir: string
  verify: FileVerifier
  settings: BackupSettings
}) {
  const { ctx, raw, dataDir, verify, settings } = options
  const { db, clock } = ctx
  const folder = primaryBackupFolder(dataDir)

  async function list(): Promise<BackupListDto> {
    const config = await settings.read()
    const backups = await listAllBackups(dataDir, config.secondFolder)
    const lastVerified = backups.find((b) => b.destination === 'primary' && b.verification.ok)
    return {
      backups,
      runs: await recentBackupRuns(db),
      folder,
      secondFolder: config.secondFolder
        ? { path: config.secondFolder, available: await isWritableFolder(config.secondFolder) }
        : null,
      lastBackupAt: lastVerified?.createdAt ?? null,
    }
  }

  async function locate(id: string) {
    const config = await settings.read()
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

  return { list, locate, restorePreview }
}

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
