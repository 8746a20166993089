import { z } from 'zod'
import type { ShiftDto } from '../shifts/shifts-dto'
import { emptyInput, multilineText, requiredText, rupiah } from '../schemas'
import { channel } from './common'

/** Shift channels: open, cash in and out, the drawer, close and history. */
export const shiftsContract = {
  'shifts:current': channel<ShiftDto | null>()(emptyInput),
  'shifts:open': channel<ShiftDto>()(z.strictObject({ openingFloat: rupiah })),
  'shifts:cash': channel<ShiftDto>()(
    z.strictObject({
      kind: z.enum(['in', 'out']),
      amount: rupiah.refine((n) => n > 0),
      reason: requiredText(120),
    }),
  ),
  'shifts:drawer': channel<null>()(z.strictObject({ reason: requiredText(120) })),
  'shifts:close': channel<ShiftDto>()(
    z.strictObject({
      countedCash: rupiah,
      /** Note or coin value (as text) → how many were counted. */
      denominations: z
        .record(z.string().regex(/^\d{3,6}$/), z.number().int().min(0).max(100_000))
        .optional(),
      note: multilineText(200).optional(),
      /**
       * Sent by the till when closing someone else's shift. Main ignores it: it knows who
       * opened the shift and asks `shift.manage` itself. Kept so older tills still validate.
       */
      force: z.boolean().default(false),
    }),
  ),
  'shifts:history': channel<ShiftDto[]>()(
    z.strictObject({ limit: z.number().int().min(1).max(100).default(20) }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
