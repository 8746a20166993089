import { z } from 'zod'
import { locales } from '../locale'
import type { PaymentMethodDto } from '../settings/settings-dto'
import type { TillSettings } from '../till/till-dto'
import { emptyInput, requiredText, rupiah, shortText } from '../schemas'
import { channel } from './common'

/** Settings channels: language, the till's rules, QRIS, auto-lock and the payment methods. */
export const settingsContract = {
  'settings:setLocale': channel<{ locale: (typeof locales)[number] }>()(
    z.strictObject({ locale: z.enum(locales) }),
  ),
  'settings:updateTill': channel<TillSettings>()(
    z.strictObject({
      cashRounding: z
        .strictObject({
          unit: z.union([z.literal(0), z.literal(100), z.literal(500), z.literal(1000)]),
          mode: z.enum(['down', 'nearest', 'up']),
        })
        .optional(),
      allowNegativeStock: z.boolean().optional(),
      cashPayoutLimit: rupiah.optional(),
      receipt: z
        .strictObject({
          prefix: requiredText(12).regex(/^[A-Z0-9]+$/),
          includeDate: z.boolean(),
          digits: z.number().int().min(4).max(8),
        })
        .optional(),
    }),
  ),
  'settings:setQris': channel<TillSettings>()(z.strictObject({ payload: shortText(512) })),
  'settings:setAutoLock': channel<{ minutes: number }>()(
    z.strictObject({ minutes: z.number().int().min(0).max(240) }),
  ),
  'payments:methods': channel<PaymentMethodDto[]>()(emptyInput),
  'payments:save': channel<PaymentMethodDto[]>()(
    z.strictObject({
      id: z
        .string()
        .regex(/^[a-z0-9-]{1,40}$/)
        .optional(),
      name: requiredText(40),
      kind: z.enum(['cash', 'noncash']),
      requiresReference: z.boolean(),
      active: z.boolean(),
    }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
