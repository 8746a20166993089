import { join } from 'node:path'
import type { RestoreResultDto } from '../../../shared/data/data-dto'
import { AppError } from '../errors'
import type { BackupManifest } from './backup-files'
import type { BackupService } from './backup.service'
import { checkBackupFile } from './backup.service'
import { primaryBackupFolder } from './backup-locations'
import { safetyFolder, swapInBackup } from './restore-files'
import type { FileVerifier } from './verification'

/**
 * Closes the running core, runs `between` while no connection is open, and opens the data
 * again: the new core, or null when it had to start in recovery. Both shells (Electron main
 * and the browser-mode server) provide it through electron/core/core-host.ts.
 */
export type Reopen = (between: () => Promise<void>) => Promise<{ dataSafety: BackupService } | null>

export interface RestoreRequest {
  dataDir: string
  databaseFile: string
  backup: { path: string; file: string; manifest: BackupManifest | null }
  verify: FileVerifier
  now: () => number
  reopen: Reopen
  /** Who asked, for the restored database's log (the audit trail of the old data has it too). */
  by: string
  /** Runs once the backup passed its check, before the swap: the audit entry in the old data. */
  beforeSwap?: () => Promise<void>
}

/**
 * Restore: check the backup afresh (refuse a bad one), then swap it in while the database is
 * closed, keeping a safety copy of what it replaces, and reopen into the restored data.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreResultDto> {
  const { backup } = request
  const started = performance.now()
  const check = await checkBackupFile(backup.path, backup.manifest, request.now(), request.verify)
  if (!check.verification.ok) {
    throw new AppError('BACKUP_INVALID', {
      file: backup.file,
      problem: check.verification.problem ?? 'integrity',
    })
  }
  await request.beforeSwap?.()
  let safetyCopy: string | null = null
  const next = await request.reopen(async () => {
    const swapped = await swapInBackup({
      databaseFile: request.databaseFile,
      source: backup.path,
      safetyDir: safetyFolder(primaryBackupFolder(request.dataDir)),
      now: request.now(),
    })
    safetyCopy = swapped.safetyCopy
  })
  await next?.dataSafety.recordRun({
    kind: 'restore',
    trigger: 'manual',
    file: backup.file,
    destination: join(backup.path, '..'),
    bytes: backup.manifest?.bytes ?? 0,
    problem: null,
    detail: { safetyCopy, by: request.by, verification: check.verification },
    durationMs: Math.round(performance.now() - started),
    at: request.now(),
  })
  return { restoredFrom: backup.file, safetyCopy }
}
