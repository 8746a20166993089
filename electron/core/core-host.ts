import type { IntegrityProblemDto } from '../../shared/data/data-dto'
import { corruptionProblem } from '../db/integrity'
import type { Caller } from '../ipc/caller'
import type { Route } from '../ipc/router'
import type { Reopen, Swap } from '../services/backup/restore'
import { removeStaleStaged } from '../services/backup/restore-files'
import { AppError } from '../services/core/errors'
import { verifyInProcess } from '../services/backup/verification'
import { systemClock } from '../services/core/system-ports'
import { acquireInstanceLock, type LockHolder } from './instance-lock'
import { createRecoveryCore, type RecoveryCore } from './recovery-core'
import { createTopicHub, type TopicHub } from '../services/push/topic-hub'
import { join } from 'node:path'
import type { Books } from '../ipc/handlers/training.handlers'
import { applyTrainingSeed, readTrainingSeed } from '../services/setup/training-books'
import { startCore, type Core, type CoreOptions } from './start-core'

/**
 * What the shells hold instead of a Core: the running core, or the recovery core when the
 * database failed its start-up check, and `reopen` to close and open the data again (after a
 * restore). Transports call `route` and `currentCaller` here, so they never keep a stale core.
 */
export interface CoreHost {
  route: Route
  currentCaller: () => Promise<Caller>
  mode: () => 'ready' | 'recovery'
  /** The running core; null in recovery. */
  core: () => Core | null
  reopen: Reopen
  /** The push channel; the same hub across reopens, so windows stay subscribed. */
  push: TopicHub
  close: () => Promise<void>
}

/** The first damage-like cause in an error chain (a migration failing on a corrupt page…). */
export function startFailureProblem(error: unknown): IntegrityProblemDto | null {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const problem = corruptionProblem(e)
    if (problem) return problem
    e = (e as { cause?: unknown }).cause
  }
  return null
}

export interface CoreHostOptions extends CoreOptions {
  /** Which shell holds the data folder, for the message a second start gets. */
  shell?: LockHolder['mode']
}

/**
 * Takes the data folder's instance lock (electron/core/instance-lock.ts), then starts the core.
 * A damaged database starts the recovery core instead of failing or, worse, running on a
 * broken file; any other start failure (another process on the folder, a newer database, a
 * failed pre-update backup, an old SQLite) is thrown to the shell, because a restore would not
 * help. The lock is held through restores and reopens until `close`.
 */
export async function openCoreHost(options: CoreHostOptions): Promise<CoreHost> {
  const lock = acquireInstanceLock(options.dataDir, { mode: options.shell ?? 'browser' })
  let current: Core | null = null
  let recovery: RecoveryCore | null = null
  let gate: Promise<void> = Promise.resolve()
  const clock = options.clock ?? systemClock
  const verify = options.verifyFile ?? verifyInProcess
  const push = options.push ?? createTopicHub()
  const recoveryOptions = {
    dataDir: options.dataDir,
    clock,
    verify,
    reopen: (swap: Swap) => reopen(swap),
    ...(options.restoreFaults ? { faults: options.restoreFaults } : {}),
  }

  // The real books, or the practice books in <data>/training (mode latihan). Every start opens
  // the real ones; training is entered on purpose and left with one click.
  let books: Books = 'real'
  const trainingDir = join(options.dataDir, 'training')

  /** Starts the books now chosen: the real ones or the practice ones. */
  function startBooks(): Promise<Core> {
    const training = books === 'training'
    let started: (core: Core) => void = () => {}
    const ready = new Promise<Core>((resolve) => (started = resolve))
    return startCore({
      ...options,
      ...(training
        ? { dataDir: trainingDir, autoBackup: false, autoSync: false, training: true }
        : {}),
      push,
      reopen,
      switchBooks,
      onStartCheckFailed: (problem, messages) =>
        void ready.then((core) => dropDamaged(core, problem, messages)),
    }).then((core) => {
      started(core)
      return core
    })
  }

  /**
   * The start check, running beside the window, found damage: that core closes and the
   * recovery core answers instead, the same screen a failed in-line check opens.
   */
  async function dropDamaged(
    core: Core,
    problem: IntegrityProblemDto,
    messages: string[],
  ): Promise<void> {
    // After boot (or reopen) has taken this core as current, whatever the microtask order.
    await new Promise((resolve) => setImmediate(resolve))
    let release = () => {}
    const previous = gate
    gate = new Promise<void>((resolve) => (release = resolve))
    try {
      await previous
      if (current !== core) return
      options.logError?.('start check', new Error(`${problem}: ${messages.join('; ')}`))
      current = null
      await core.close().catch((error: unknown) => options.logError?.('close damaged', error))
      recovery = createRecoveryCore({ ...recoveryOptions, problem })
    } finally {
      release()
    }
  }

  async function boot(): Promise<void> {
    try {
      current = await startBooks()
      recovery = null
    } catch (error) {
      const problem = startFailureProblem(error)
      if (!problem) throw error
      options.logError?.('start', error)
      current = null
      recovery = createRecoveryCore({ ...recoveryOptions, problem })
    }
  }

  /**
   * After a failed restore: the data as it is now (the previous data, put back), or the
   * recovery core if even that cannot start, so every call keeps getting an answer.
   */
  async function bootAfterFailure(): Promise<void> {
    try {
      await boot()
    } catch (error) {
      options.logError?.('reopen after failed restore', error)
      current = null
      recovery = createRecoveryCore({ ...recoveryOptions, problem: 'startup' })
    }
  }

  /** The failed attempt, in the log of whichever data answers now. */
  async function recordFailure(swap: Swap, error: unknown): Promise<void> {
    await current?.dataSafety.recordRun({
      kind: 'restore',
      trigger: 'manual',
      file: swap.file,
      destination: null,
      bytes: 0,
      problem: error instanceof AppError ? error.code : 'RESTORE_FAILED',
      detail: { reopened: current ? 'previous' : 'recovery' },
      durationMs: 0,
      at: clock.now(),
    })
  }

  const reopen: Reopen = async (swap) => {
    let release = () => {}
    const previous = gate
    gate = new Promise<void>((resolve) => (release = resolve))
    try {
      await previous
      if (current) {
        await current.close()
        current = null
      }
      try {
        await swap.apply()
      } catch (error) {
        // apply() has already undone its own renames: the previous data is in place.
        options.logError?.('restore swap', error)
        await bootAfterFailure()
        await recordFailure(swap, error)
        throw error instanceof AppError ? error : new AppError('RESTORE_FAILED')
      }
      try {
        await options.restoreFaults?.beforeStep?.('reopen')
        current = await startBooks()
        recovery = null
        return current
      } catch (error) {
        options.logError?.('reopen restored data', error)
        current = null
        await swap.undo().catch((undoError: unknown) => options.logError?.('undo', undoError))
        await bootAfterFailure()
        await recordFailure(swap, error)
        throw new AppError('RESTORE_FAILED')
      }
    } finally {
      release()
    }
  }

  /**
   * Closes one set of books and opens the other, signed in as the same person. The practice
   * books get the shop's settings and that person (first time: the demo catalogue); nothing
   * travels the other way, so the real ledger never sees a practice sale.
   */
  const switchBooks = async (to: Books, userId: string): Promise<void> => {
    const from = current
    if (!from) throw new AppError('TRAINING_UNAVAILABLE')
    const seed = to === 'training' ? await readTrainingSeed(from.db, userId) : null
    const was = books
    await reopen({
      file: to === 'training' ? trainingDir : options.dataDir,
      apply: async () => {
        books = to
      },
      undo: async () => {
        books = was
      },
    })
    const now = current as Core | null
    if (!now) return
    if (seed) {
      await applyTrainingSeed(
        now.db,
        seed,
        (await now.services.settings.get('device.id')) ?? '',
        clock.now(),
      )
      now.signIn(userId)
      const actor = await now.services.auth.currentActor()
      if (actor && (await now.services.demo.shouldOffer())) await now.services.demo.seed(actor)
    } else {
      now.signIn(userId)
    }
  }

  try {
    await removeStaleStaged(options.dataDir)
    await boot()
  } catch (error) {
    lock.release()
    throw error
  }
  const live = () => (current ?? recovery)!
  return {
    route: async (channel, input, caller, callOptions) => {
      await gate
      return live().route(channel, input, caller, callOptions)
    },
    currentCaller: async () => {
      await gate
      return live().currentCaller()
    },
    mode: () => (current ? 'ready' : 'recovery'),
    core: () => current,
    reopen,
    push,
    close: async () => {
      await gate
      try {
        await current?.close()
        current = null
      } finally {
        lock.release()
      }
    },
  }
}
