import { join } from 'node:path'
import { rm } from 'node:fs/promises'
import type { RestoreResultDto, VerificationDto } from '../../../shared/data/data-dto'
import { AppError } from '../core/errors'
import type { BackupManifest } from './backup-files'
import type { BackupService } from './backup.service'
import { checkBackupFile } from './backup-read'
import { primaryBackupFolder } from './backup-locations'
import {
  safetyFolder,
  stageBackup,
  stagedRestoreFile,
  swapInStaged,
  type RestoreFaults,
} from './restore-files'
import type { FileVerifier } from './verification'

/** What a reopen swaps in while no connection is open, and how to take it back. */
export interface Swap {
  /** The backup file being restored, for the log of a failed attempt. */
  file: string
  apply: () => Promise<void>
  /** Puts the previous data back when the restored data cannot be opened. */
  undo: () => Promise<void>
}

/**
 * Closes the running core, applies the swap while no connection is open, and opens the data
 * again: the new core, or null when it had to start in recovery. If the swap or the reopen
 * fails, the previous data is put back and reopened (or, failing that, the recovery core
 * answers) and the error is thrown: the app never stays without a core. Both shells provide
 * it through electron/core/core-host.ts.
 */
export type Reopen = (swap: Swap) => Promise<{ dataSafety: BackupService } | null>

export interface RestoreRequest {
  dataDir: string
  databaseFile: string
  backup: { path: string; file: string; manifest: BackupManifest | null }
  verify: FileVerifier
  now: () => number
  reopen: Reopen
  /** Who asked, for the restored database's log (the audit trail of the old data has it too). */
  by: string
  /**
   * Runs on the staged copy once it passed its check, before anything is closed: recovery
   * mode compares it with its manifest and checks the admin PIN against its own users here.
   */
  authorize?: (staged: string, verification: VerificationDto) => Promise<void>
  /** Runs once the backup passed its check, before the swap: the audit entry in the old data. */
  beforeSwap?: () => Promise<void>
  /** Logs an attempt refused before anything was closed (the reopen logs its own failures). */
  recordFailure?: (problem: string) => Promise<void>
  faults?: RestoreFaults
}

/**
 * Restore: copy the backup into the data folder (the live data untouched), check that copy
 * (so what was checked is exactly what becomes the data, even if the stick's file changes
 * afterwards), then swap it in while the database is closed, keeping what it replaces in the
 * safety folder, and reopen into the restored data.
 */
export async function restoreBackup(request: RestoreRequest): Promise<RestoreResultDto> {
  const { backup, faults } = request
  const started = performance.now()
  const staged = stagedRestoreFile(request.dataDir)
  let reopening = false
  try {
    await stageBackup({
      source: backup.path,
      staged,
      file: backup.file,
      ...(faults ? { faults } : {}),
    })
    const check = await checkBackupFile(staged, backup.manifest, request.now(), request.verify)
    if (!check.verification.ok) {
      throw new AppError('BACKUP_INVALID', {
        file: backup.file,
        problem: check.verification.problem ?? 'integrity',
      })
    }
    await request.authorize?.(staged, check.verification)
    await request.beforeSwap?.()
    let safetyCopy: string | null = null
    let undo: () => Promise<void> = async () => {}
    reopening = true
    const next = await request.reopen({
      file: backup.file,
      apply: async () => {
        const swapped = await swapInStaged({
          databaseFile: request.databaseFile,
          staged,
          safetyDir: safetyFolder(primaryBackupFolder(request.dataDir)),
          now: request.now(),
          ...(faults ? { faults } : {}),
        })
        safetyCopy = swapped.safetyCopy
        undo = swapped.undo
      },
      undo: () => undo(),
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
  } catch (error) {
    if (!reopening) {
      await request.recordFailure?.(error instanceof AppError ? error.code : 'RESTORE_FAILED')
    }
    throw error
  } finally {
    await rm(staged, { force: true })
  }
}
