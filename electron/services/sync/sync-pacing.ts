import type { CounterActivity } from './counter-activity'

/**
 * While the counter is busy, the upload rests three times as long as its last batch took, so
 * it runs at most a quarter of the time: measured on the two-core bench machine, a sale that
 * ran beside the hub's row gates took up to twice as long (issue 17 allows 1.5×). When the
 * counter is quiet the upload runs flat out; it only ever turns the event loop between batches.
 */
export const BUSY_REST_FACTOR = 3
/** A rest never exceeds this, so a sync at a busy counter still moves. */
export const MAX_REST_MS = 1_000

export interface SyncPacer {
  /** Called after each batch with how long it took; resolves when the next may start. */
  afterBatch(batchMs: number): Promise<void>
  /** Total time rested so far in this pacer's life (the sync report carries it). */
  restedMs(): number
}

export function restAfterBatch(batchMs: number, counterBusy: boolean): number {
  if (!counterBusy) return 0
  return Math.min(Math.max(batchMs, 0) * BUSY_REST_FACTOR, MAX_REST_MS)
}

export function createSyncPacer(
  counter: CounterActivity,
  sleep: (ms: number) => Promise<void> = defaultSleep,
): SyncPacer {
  let rested = 0
  return {
    async afterBatch(batchMs) {
      const rest = restAfterBatch(batchMs, counter.busy())
      rested += rest
      await sleep(rest)
    },
    restedMs: () => rested,
  }
}

/** 0 ms still turns the event loop once: a sale waiting at the counter goes first. */
function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)))
}
