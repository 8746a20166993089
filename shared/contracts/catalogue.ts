import { z } from 'zod'
import type { CatalogOptions, Option, ProductDto } from '../catalogue/catalogue-dto'
import { emptyInput, id, requiredText, rupiah, shortText } from '../schemas'
import { channel } from './common'

/** A product as the catalogue form sends it (`catalog:create`; `catalog:update` adds its id). */
export const productInput = z.strictObject({
  name: requiredText(120),
  sku: requiredText(40).regex(/^[A-Za-z0-9._-]+$/),
  barcode: z
    .string()
    .trim()
    .max(32)
    .regex(/^[0-9A-Za-z-]*$/)
    .transform((value) => (value === '' ? null : value))
    .nullable(),
  categoryId: id.nullable(),
  unit: requiredText(20),
  price: rupiah,
  cost: rupiah,
  workshopId: id.nullable(),
  active: z.boolean(),
})

/** Catalogue channels: products, categories, workshops, and the practice books' demo catalogue. */
export const catalogueContract = {
  'demo:seed': channel<{ products: number }>()(emptyInput),
  'demo:decline': channel<null>()(emptyInput),

  'catalog:options': channel<CatalogOptions>()(emptyInput),
  'catalog:search': channel<ProductDto[]>()(
    z.strictObject({
      query: shortText(100),
      limit: z.number().int().min(1).max(200).default(50),
      includeInactive: z.boolean().default(false),
    }),
  ),
  'catalog:get': channel<ProductDto>()(z.strictObject({ id })),
  'catalog:byBarcode': channel<ProductDto>()(z.strictObject({ barcode: requiredText(32) })),
  'catalog:create': channel<ProductDto>()(productInput),
  'catalog:update': channel<ProductDto>()(productInput.extend({ id })),
  'catalog:addCategory': channel<Option>()(z.strictObject({ name: requiredText(80) })),
  'catalog:addWorkshop': channel<Option>()(z.strictObject({ name: requiredText(80) })),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
