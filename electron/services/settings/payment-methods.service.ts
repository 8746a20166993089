import type { Kysely } from 'kysely'
import type { PaymentMethodDto } from '../../../shared/settings/settings-dto'
import type { Database } from '../../db/schema'
import { AppError } from '../core/errors'

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
  /** Adds a method or changes one; methods are never deleted (sales point at them), only deactivated. */
  async function save(input: {
    id?: string | undefined
    name: string
    kind: 'cash' | 'noncash'
    requiresReference: boolean
    active: boolean
  }): Promise<PaymentMethodDto[]> {
    const next = await db
      .selectFrom('payment_methods')
      .select((eb) => eb.fn.coalesce(eb.fn.max<number>('sort'), eb.lit(0)).as('n'))
      .executeTakeFirstOrThrow()
    const values = {
      name: input.name,
      kind: input.kind,
      requires_reference: input.requiresReference ? 1 : 0,
      active: input.active ? 1 : 0,
    }
    if (input.id) {
      const found = await db
        .selectFrom('payment_methods')
        .select('id')
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!found) throw new AppError('NOT_FOUND')
      await db.updateTable('payment_methods').set(values).where('id', '=', input.id).execute()
      return methods()
    }
    // A new method gets a fresh id: a name like "QRIS" must never overwrite the built-in one.
    const taken = new Set(
      (await db.selectFrom('payment_methods').select('id').execute()).map((r) => r.id),
    )
    const base =
      input.name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 32) || 'metode'
    let id = base
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`
    await db
      .insertInto('payment_methods')
      .values({ id, ...values, sort: Number(next.n) + 1 })
      .execute()
    return methods()
  }

  return { methods, save }
}
