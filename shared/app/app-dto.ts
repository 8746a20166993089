/** Data shapes of the app area (split out of the old shared/dto.ts). */
import type { SessionUser } from '../auth/auth-dto.ts'
import type { Locale } from '../locale'

export interface AppInfo {
  version: string
  deviceId: string
  /** This till's code (`KSG1`); empty until the first-run wizard has set it. */
  deviceCode: string
  locale: Locale
  dataDir: string
  /** Who is signed in on this till; null while the till is locked (PIN login needed). */
  user: SessionUser | null
  /** The first-run wizard has not finished: main refuses every other channel. */
  setupRequired: boolean
  /** These are the practice books (mode latihan): nothing here is real. */
  training: boolean
  /** Idle minutes before the till locks itself (0 = never). */
  autoLockMinutes: number
  defaultLocationId: string
}

export interface IntegrityReport {
  integrity: string
  foreignKeyProblems: number
  chain:
    | { ok: true; checked: number }
    | {
        ok: false
        checked: number
        broken: { seq: number; table: string; rowId: string; problem: string }
      }
  stockMismatches: number
}

/** The start-up check of the data file, which runs beside the open window. */
export interface StartCheckDto {
  /** checking: selling waits; ok: selling is open; failed: the recovery screen follows. */
  state: 'checking' | 'ok' | 'failed'
  elapsedMs: number
  /** From the file's size; SQLite reports no progress of its own. */
  estimateMs: number
  /** 0–1, an estimate while checking; 1 once answered. */
  progress: number
}
