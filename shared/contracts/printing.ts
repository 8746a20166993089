import type { z } from 'zod'

/** Printing channels: receipts, labels, printers. Spread into the main contract. */
export const printingContract = {} satisfies Record<string, { input: z.ZodType; output: unknown }>
