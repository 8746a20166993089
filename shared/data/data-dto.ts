import type { FilePayload } from '../documents/file-payload'

/** Why a database or a backup failed its check (see electron/db/integrity.ts). */
export type IntegrityProblemDto =
  'corrupt' | 'not_a_database' | 'integrity' | 'foreign_keys' | 'chain' | 'unreadable' | 'changed'

export type BackupTrigger = 'interval' | 'sales' | 'shift' | 'manual' | 'start'
export type BackupDestination = 'primary' | 'second'

export interface DataCountsDto {
  rows: Record<string, number>
  salesTotal: number
  lastSaleAt: string | null
}

export interface VerificationDto {
  ok: boolean
  problem: IntegrityProblemDto | null
  /** Ledger records whose hash chain was recomputed; null when the file has no chain. */
  chainChecked: number | null
  /** The first broken record, named, when the chain does not hold. */
  chainBroken: { seq: number; table: string; rowId: string } | null
  checkedAt: string
  durationMs: number
}

export interface BackupDto {
  /** `<destination>:<file>`: what restore and preview take. */
  id: string
  file: string
  destination: BackupDestination
  folder: string
  createdAt: string
  bytes: number
  trigger: BackupTrigger
  verification: VerificationDto
  counts: DataCountsDto | null
}

export interface BackupRunDto {
  id: string
  kind: 'backup' | 'check' | 'export' | 'restore'
  trigger: BackupTrigger
  file: string | null
  ok: boolean
  problem: string | null
  bytes: number
  durationMs: number
  at: string
  /** The second destination's outcome for this run, when one is set. */
  second: 'copied' | 'unavailable' | 'failed' | null
}

export interface BackupListDto {
  backups: BackupDto[]
  runs: BackupRunDto[]
  folder: string
  secondFolder: { path: string; available: boolean } | null
  lastBackupAt: string | null
}

export interface DataSettingsDto {
  intervalMinutes: number
  everySales: number
  secondFolder: string | null
  folder: string
}

export interface RestorePreviewDto {
  backup: BackupDto
  /** Checked now, not when it was written: a file can rot on a USB stick. */
  verification: VerificationDto
  counts: DataCountsDto | null
  current: DataCountsDto | null
}

export interface RestoreResultDto {
  restoredFrom: string
  safetyCopy: string | null
}

export interface ExportResultDto {
  file: FilePayload | null
  path: string | null
  bytes: number
  /** The copy's chain head as "seq:hash", to write in the handover record; null when empty. */
  anchor: string | null
}

export type RecoveryDto =
  | { mode: 'ready' }
  | {
      mode: 'recovery'
      problem: IntegrityProblemDto | 'startup'
      dataDir: string
      backups: BackupDto[]
    }
