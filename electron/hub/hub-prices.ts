import type { HubDatabase } from './hub-types'
import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

export interface PriceVersionInput {
  productId: string
  price: number
  cost: number
  /** When the price applies (ms since epoch); a till keeps the old one until then. */
  effectiveAt: number
  id?: string
}

/**
 * The hub's way to change a price: a new version with an effective time, never an overwrite of
 * the product. Tills record it on their next sync and apply it when it is due.
 */
export async function publishPriceVersion(
  db: Kysely<HubDatabase>,
  input: PriceVersionInput,
): Promise<string> {
  for (const amount of [input.price, input.cost]) {
    if (!Number.isSafeInteger(amount) || amount < 0)
      throw new Error(`not a Rupiah amount: ${amount}`)
  }
  const id = input.id ?? randomUUID()
  const data = {
    id,
    product_id: input.productId,
    price: input.price,
    cost: input.cost,
    effective_at: input.effectiveAt,
  }
  await sql`INSERT INTO master_rows (table_name, id, data, version)
            VALUES ('price_versions', ${id}, ${JSON.stringify(data)}::jsonb, nextval('master_version'))
            ON CONFLICT (table_name, id) DO NOTHING`.execute(db)
  return id
}
