import type { Channel } from '../../../shared/contract'
import type { StartCheckDto } from '../../../shared/app/app-dto'
import type { CheckResult } from '../../db/integrity'
import { AppError } from '../core/errors'

/**
 * What takes money or gives it back: refused while the start check has not answered, so no
 * sale is written to a file that may turn out damaged. Scanning into a cart stays open.
 */
export const blockedWhileChecking: ReadonlySet<Channel> = new Set<Channel>([
  'sales:checkout',
  'sales:return',
  'sales:void',
  'orders:pay',
  'orders:settleDeposit',
])

/** quick_check reads roughly this many bytes per millisecond on the bench laptop (2 GB ≈ 20 s). */
const BYTES_PER_MS = 100_000

export interface StartCheck {
  status: () => StartCheckDto
  /** The check's result, once; a failure here is the shell's cue for the recovery screen. */
  done: Promise<CheckResult>
  /** The router's gate: selling waits for the result; a failed file answers nothing. */
  admit: (channel: Channel) => void
}

/** A check already answered (the in-line path: tests, and shells that wait for it). */
export function settledStartCheck(result: CheckResult): StartCheck {
  return trackStartCheck(Promise.resolve(result), { bytes: 0, now: () => 0, settled: result })
}

/**
 * Follows a start check running elsewhere. Progress is an estimate from the file's size, since
 * SQLite reports none while it checks; it stops short of 100 % until the answer arrives.
 */
export function trackStartCheck(
  run: Promise<CheckResult>,
  options: { bytes: number; now: () => number; settled?: CheckResult },
): StartCheck {
  const startedAt = options.now()
  const estimateMs = Math.max(500, Math.round(options.bytes / BYTES_PER_MS))
  let result: CheckResult | null = options.settled ?? null
  const done = run.then(
    (r) => (result = r),
    (error: unknown) =>
      (result = { ok: false, problem: 'unreadable', messages: [String(error)], durationMs: 0 }),
  )
  return {
    done,
    status: () => {
      const elapsedMs = result ? result.durationMs : Math.max(0, options.now() - startedAt)
      return {
        state: result === null ? 'checking' : result.ok ? 'ok' : 'failed',
        elapsedMs,
        estimateMs,
        progress: result ? 1 : Math.min(0.99, elapsedMs / estimateMs),
      }
    },
    admit: (channel) => {
      if (channel === 'app:startCheck') return
      if (result === null) {
        if (blockedWhileChecking.has(channel)) throw new AppError('DATA_CHECKING')
        return
      }
      if (!result.ok) throw new AppError('RECOVERY_MODE')
    },
  }
}
