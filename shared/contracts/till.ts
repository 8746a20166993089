import { z } from 'zod'
import type { HeldCartDto, TillSettings } from '../till/till-dto'
import { cartSchema, type Cart } from '../till/cart'
import { emptyInput, id, quantity, requiredText, shortText } from '../schemas'
import { channel } from './common'

/** Till channels: the open cart, held carts, removed lines and the till's own settings. */
export const tillContract = {
  'till:openCart': channel<Cart | null>()(emptyInput),
  'till:saveCart': channel<null>()(z.strictObject({ cart: cartSchema.nullable() })),
  'till:hold': channel<HeldCartDto>()(
    z.strictObject({ cart: cartSchema, label: requiredText(60) }),
  ),
  'till:held': channel<HeldCartDto[]>()(emptyInput),
  'till:resume': channel<Cart>()(z.strictObject({ id })),
  'till:removeLine': channel<null>()(
    z.strictObject({
      productId: id,
      name: shortText(120),
      qty: quantity,
      reason: shortText(120).optional(),
    }),
  ),
  'till:settings': channel<TillSettings>()(emptyInput),
  'till:setLocation': channel<TillSettings>()(z.strictObject({ locationId: id })),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
