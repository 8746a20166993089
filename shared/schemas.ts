import { z } from 'zod'

// Building blocks shared by the channel schemas. Limits are generous for people and
// tight for attackers: every string has a maximum, every number a range.

/** Whole Rupiah, non-negative, below a trillion. */
export const rupiah = z.number().int().min(0).max(999_999_999_999)
export const quantity = z.number().int().min(1).max(100_000)
export const id = z.string().min(1).max(64)
export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)
export const shortText = (max: number) => z.string().trim().max(max)
export const requiredText = (max: number) => z.string().trim().min(1).max(max)
export const emptyInput = z.strictObject({})
