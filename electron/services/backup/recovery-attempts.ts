import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LOCKOUT_MS, MAX_WRONG_PINS } from '../auth/auth.service'
import type { Clock } from '../core/context'
import { AppError } from '../core/errors'
import { writeFileDurable } from './backup-files'

export const RECOVERY_ATTEMPTS_FILE = 'recovery-pin-attempts.json'

interface Attempts {
  failed: number
  lockedUntil: number | null
}

/**
 * The attempt limit for restores from recovery mode: the same numbers as sign-in (five wrong
 * PINs, five minutes locked), for the whole till since the damaged database cannot hold a
 * count per user. The count is kept in a file beside the data, so restarting the app does not
 * reset it. Attempts run strictly one at a time (each waits for the one before it), so a burst
 * of parallel guesses is counted exactly and stops at the limit.
 */
export function createRecoveryAttempts(dataDir: string, clock: Clock) {
  const file = join(dataDir, RECOVERY_ATTEMPTS_FILE)
  let queue: Promise<unknown> = Promise.resolve()

  async function read(): Promise<Attempts> {
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<Attempts>
      return {
        failed: Number.isInteger(stored.failed) ? Number(stored.failed) : 0,
        lockedUntil: typeof stored.lockedUntil === 'number' ? stored.lockedUntil : null,
      }
    } catch {
      return { failed: 0, lockedUntil: null }
    }
  }

  const write = (attempts: Attempts) => writeFileDurable(file, JSON.stringify(attempts))

  /**
   * Runs one attempt: refused at once while locked; `check` answers whether the PIN was
   * right (it may throw for other reasons, which count as no attempt).
   */
  function attempt<T>(check: () => Promise<{ ok: true; value: T } | { ok: false }>): Promise<T> {
    const run = queue.then(async () => {
      const now = clock.now()
      const state = await read()
      if (state.lockedUntil !== null && state.lockedUntil > now) {
        throw new AppError('LOCKED_OUT', { minutes: Math.ceil((state.lockedUntil - now) / 60_000) })
      }
      const result = await check()
      if (result.ok) {
        await write({ failed: 0, lockedUntil: null })
        return result.value
      }
      const failed = (state.lockedUntil !== null ? 0 : state.failed) + 1
      if (failed >= MAX_WRONG_PINS) {
        await write({ failed: 0, lockedUntil: now + LOCKOUT_MS })
        throw new AppError('LOCKED_OUT', { minutes: LOCKOUT_MS / 60_000 })
      }
      await write({ failed, lockedUntil: null })
      throw new AppError('WRONG_PIN', { remaining: MAX_WRONG_PINS - failed })
    })
    queue = run.catch(() => {})
    return run
  }

  return { attempt, read }
}
