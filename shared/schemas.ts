import { z } from 'zod'
import { hasControlCharacters } from './text-controls'

// Building blocks shared by the channel schemas. Limits are generous for people and
// tight for attackers: every string has a maximum, every number a range.

/** Whole Rupiah, non-negative, below a trillion. */
export const rupiah = z.number().int().min(0).max(999_999_999_999)
export const quantity = z.number().int().min(1).max(100_000)

/**
 * Every text field of the contract is built here: trimmed, bounded, and refused when it
 * holds a control character (see text-controls.ts), with the field code CONTROL_CHARACTER.
 * A test fails when a schema in shared/ uses a bare z.string() without a strict pattern.
 */
const refused = { params: { code: 'CONTROL_CHARACTER' } }

export const text = (max: number, options: { multiline?: boolean; min?: number } = {}) =>
  z
    .string()
    .trim()
    .min(options.min ?? 0)
    .max(max)
    .refine((value) => !hasControlCharacters(value, options.multiline), refused)

/** Ids are not trimmed: they are matched exactly. */
export const id = z
  .string()
  .min(1)
  .max(64)
  .refine((value) => !hasControlCharacters(value), refused)
export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
export const shortText = (max: number) => text(max)
export const requiredText = (max: number) => text(max, { min: 1 })
/** A note or reason typed in a text area: tab and newline allowed. */
export const multilineText = (max: number) => text(max, { multiline: true })
export const requiredMultilineText = (max: number) => text(max, { multiline: true, min: 1 })
export const emptyInput = z.strictObject({})

/** A calendar day as `YYYY-MM-DD` (month 01–12, day 01–31, and a day the calendar has). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)), 'invalid date')

/** An optional short text where an empty field means "none" (stored as null). */
export const optionalText = (max: number) =>
  shortText(max)
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()

/** A counted quantity that may be zero (sold, returned, missing, counted). */
export const stockCount = z.number().int().min(0).max(100_000)

/** One product per document line: a scanner adds to the line rather than repeating it. */
export function uniqueProducts<T extends { productId: string }>(
  lines: T[],
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>()
  lines.forEach((line, index) => {
    if (seen.has(line.productId)) {
      ctx.addIssue({ code: 'custom', path: [index, 'productId'], message: 'duplicate product' })
    }
    seen.add(line.productId)
  })
}
