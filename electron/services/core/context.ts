import type { Kysely } from 'kysely'
import type { Permission } from '../../../shared/permissions'
import type { Database } from '../../db/schema'

export interface Clock {
  now(): number
}

export interface IdSource {
  /** A globally unique, time-ordered id (UUIDv7) for records that may travel between tills. */
  next(): string
}

/** What every service receives: no globals, so tests hand in a fixed clock and ids. */
export interface ServiceContext {
  db: Kysely<Database>
  clock: Clock
  ids: IdSource
  deviceId: string
  /** The practice books (mode latihan): documents say so. */
  training?: boolean
  /** The built worker that reads imported workbooks (out/main/xlsx-worker.js in the apps). */
  xlsxWorkerFile?: string
}

export interface Actor {
  userId: string
  name: string
  role: 'admin' | 'supervisor' | 'cashier' | 'stock'
  /** What this person may do, from the role matrix at the time of the call. */
  permissions: ReadonlySet<Permission>
  /** Set when a supervisor's single-use grant authorised this one call: both names are recorded. */
  approvedBy?: { userId: string; name: string }
  /** The sign-in this call belongs to; approvals are bound to it (absent in setup mode). */
  sessionId?: string
  /** Signed in with a PIN too short for the role: every guarded call but the PIN change is refused. */
  pinChangeRequired?: boolean
}

/**
 * Throws FORBIDDEN unless the caller may do this (themselves, or by a supervisor's approval).
 * Handed to services by the IPC layer, so a service can ask in the middle of its work, where
 * the facts that decide it (a removed line, who opened the shift) are known.
 */
export type Authorize = (permission: Permission) => void
