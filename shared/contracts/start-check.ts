import type { z } from 'zod'
import { emptyInput } from '../schemas'
import { channel } from './common'

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

/** Spread into the main contract. */
export const startCheckContract = {
  'app:startCheck': channel<StartCheckDto>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
