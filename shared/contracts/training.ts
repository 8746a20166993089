import type { z } from 'zod'
import { emptyInput } from '../schemas'
import { channel } from './common'

/** Training mode (mode latihan): separate practice books beside the real ones. */
export const trainingContract = {
  /** Opens the separate practice books (demo catalogue); nothing reaches the real ledger. */
  'training:enter': channel<null>()(emptyInput),
  /** Back to the real books, signed in as the same person. */
  'training:leave': channel<null>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
