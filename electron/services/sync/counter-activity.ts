/**
 * What the cashier is doing right now, as the router sees it: a scan, a search, a cart change
 * or a sale. The sync gives way to it (sync-pacing.ts) — at a two-core till the hub upload and
 * a sale compete for the same processors, and the sale must not wait on a background job.
 */
const COUNTER_CHANNELS: ReadonlySet<string> = new Set([
  'catalog:byBarcode',
  'catalog:search',
  'till:openCart',
  'till:saveCart',
  'till:removeLine',
  'till:hold',
  'till:resume',
  'sales:checkout',
  'sales:void',
  'sales:return',
])

/** How long after the last counter call the counter still counts as busy. */
export const COUNTER_QUIET_MS = 1_000

export interface CounterActivity {
  /** Called by the router for every call, before it runs. */
  noteCall(channel: string): void
  /** True while the counter has been used within the last `COUNTER_QUIET_MS`. */
  busy(): boolean
}

export function createCounterActivity(
  now: () => number = () => performance.now(),
  quietMs = COUNTER_QUIET_MS,
): CounterActivity {
  let lastCall = Number.NEGATIVE_INFINITY
  return {
    noteCall(channel) {
      if (COUNTER_CHANNELS.has(channel)) lastCall = now()
    },
    busy: () => now() - lastCall < quietMs,
  }
}

/** For a till with no counter to watch (tests, tools): never busy. */
export const idleCounter: CounterActivity = { noteCall: () => undefined, busy: () => false }
