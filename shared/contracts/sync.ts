import { z } from 'zod'
import { emptyInput } from '../schemas'
import { channel } from './common'

/** Where this till stands with its hub, for Pengaturan → Sinkronisasi. */
export interface SyncStatusDto {
  joined: boolean
  host: string | null
  port: number | null
  database: string | null
  role: string | null
  joinedAt: number | null
  lastSyncAt: number | null
  /** Ledger rows written here and not yet on the hub. */
  waiting: number
  /** The last failure as a stable code (said in words by the screen) and when. */
  lastError: { code: string; detail: string | null; at: number } | null
}

export interface SyncReportDto {
  uploaded: number
  proposed: number
  masterRows: number
  sharedMovements: number
}

export const syncJoinInput = z.strictObject({
  host: z
    .string()
    .trim()
    .min(1)
    .max(253)
    .regex(/^[A-Za-z0-9.\-:]+$/),
  port: z.number().int().min(1).max(65535),
  database: z
    .string()
    .trim()
    .min(1)
    .max(63)
    .regex(/^[A-Za-z0-9_]+$/),
  role: z
    .string()
    .trim()
    .min(1)
    .max(63)
    .regex(/^[a-z0-9_]+$/),
  // Kept exactly as typed (no trimming), but never with control characters.
  password: z
    .string()
    .min(1)
    .max(200)
    .regex(/^\P{Cc}+$/u),
})

/** Several tills meet in a PostgreSQL hub (issue 17): join, leave, see, sync now. */
export const syncContract = {
  'sync:status': channel<SyncStatusDto>()(emptyInput),
  'sync:join': channel<SyncStatusDto>()(syncJoinInput),
  'sync:leave': channel<SyncStatusDto>()(emptyInput),
  'sync:now': channel<SyncReportDto>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
