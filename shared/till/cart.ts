import { z } from 'zod'
import { id, quantity, requiredText, rupiah, shortText, uuid } from '../schemas'

/**
 * The open cart as the till keeps it. It is saved on every change (so a crash or power cut
 * loses nothing) and, when paid, becomes the checkout input. Discounts and price overrides
 * carry their reason; main checks the permission for each at checkout.
 */
export const adjustmentSchema = z
  .strictObject({
    kind: z.enum(['percent', 'amount']),
    value: z.number().int().min(1).max(999_999_999_999),
    reason: requiredText(120),
  })
  .refine((a) => a.kind === 'amount' || a.value <= 100, { path: ['value'] })

export const cartLineSchema = z.strictObject({
  productId: id,
  name: shortText(120),
  sku: shortText(40),
  qty: quantity,
  listPrice: rupiah,
  /** Equals listPrice unless the price was overridden (with a reason). */
  unitPrice: rupiah,
  overrideReason: shortText(120).optional(),
  discount: adjustmentSchema.nullable().optional(),
})

export const cartSchema = z.strictObject({
  /** The future sale id: generated once, reused on every submit of this cart. */
  id: uuid,
  lines: z.array(cartLineSchema).max(500),
  cartDiscount: adjustmentSchema.nullable().optional(),
  label: shortText(60).optional(),
})

export type Cart = z.infer<typeof cartSchema>
export type CartLine = z.infer<typeof cartLineSchema>
export type AdjustmentInput = z.infer<typeof adjustmentSchema>
