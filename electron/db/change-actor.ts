import { AsyncLocalStorage } from 'node:async_hooks'
import type BetterSqlite3 from 'better-sqlite3'

/** Who makes the changes of one call: the signed-in person and the supervisor who approved. */
export interface ChangeActor {
  userId: string
  approvedBy: string | null
}

/**
 * The caller of the call now running. The router runs each handler inside it; the history
 * triggers of 0016 ask for it through change_user(), so every change to products, users,
 * permissions, payment methods and settings names its author whatever service made it. An
 * AsyncLocalStorage (not a variable) because calls interleave while they wait on the database.
 */
export const changeActors = new AsyncLocalStorage<ChangeActor>()

export interface ChangeFacts {
  /** The app's clock (fixed in tests). */
  now: () => number
  /** This till, once known; null while the device is first set up. */
  deviceId: () => string | null
}

const systemFacts: ChangeFacts = { now: () => Date.now(), deviceId: () => null }

/**
 * Registers change_user(), change_approver(), change_time() and change_device() for the
 * history triggers. A connection without them (another tool) cannot change master data at all.
 * Called again by startCore with the app's clock and device, which replaces the first ones.
 */
export function registerChangeFunctions(
  raw: BetterSqlite3.Database,
  facts: ChangeFacts = systemFacts,
): void {
  raw.function('change_user', () => changeActors.getStore()?.userId ?? null)
  raw.function('change_approver', () => changeActors.getStore()?.approvedBy ?? null)
  raw.function('change_time', () => facts.now())
  raw.function('change_device', () => facts.deviceId())
}
