import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/**
 * The one rule every scan field follows (till, stock documents, transfers, stock count): a
 * code is a barcode first, else a SKU — exactly, then ignoring case, since a SKU keyed by a
 * scanner or by hand (`gn-003`) names the same product. Null when it names none.
 */
export async function productIdForCode(db: Kysely<Database>, code: string): Promise<string | null> {
  const text = code.trim()
  if (text === '') return null
  const byBarcode = await db
    .selectFrom('products')
    .select('id')
    .where('barcode', '=', text)
    .executeTakeFirst()
  if (byBarcode) return byBarcode.id
  const bySku = await db
    .selectFrom('products')
    .select('id')
    .where((eb) => eb.or([eb('sku', '=', text), eb(sql`upper(sku)`, '=', text.toUpperCase())]))
    // An exact spelling wins over a case-insensitive one.
    .orderBy(sql`sku = ${text}`, 'desc')
    .executeTakeFirst()
  return bySku?.id ?? null
}
