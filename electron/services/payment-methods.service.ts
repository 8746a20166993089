import type { Kysely } from 'kysely'
import type { PaymentMethodDto } from '../../shared/dto'
import type { Database } from '../db/schema'

export function createPaymentMethodsService(db: Kysely<Database>) {
  async function methods(): Promise<PaymentMethodDto[]> {
    const rows = await db
      .selectFrom('payment_methods')
      .selectAll()
      .orderBy('sort')
      .orderBy('name')
      .execute()
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      requiresReference: r.requires_reference === 1,
      active: r.active === 1,
    }))
  }
  return { methods }
}
