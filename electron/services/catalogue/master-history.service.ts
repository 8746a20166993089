import { sql } from 'kysely'
import type { MasterHistoryRowDto } from '../../../shared/audit/master-history-dto'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ServiceContext } from '../core/context'

const wibMidnight = (date: string) => Date.parse(`${date}T00:00:00+07:00`)

/**
 * Reads the master-data history that migration 0016's triggers write: "who changed the price
 * on the 3rd" is a product and a day. Names are today's (a renamed product shows its new name;
 * the rename itself is a row of its own).
 */
export function createMasterHistoryService(ctx: ServiceContext) {
  async function list(input: ParsedInputOf<'audit:history'>): Promise<MasterHistoryRowDto[]> {
    let q = ctx.db
      .selectFrom('master_history as h')
      .leftJoin('users as u', 'u.id', 'h.user_id')
      .leftJoin('users as a', 'a.id', 'h.approved_by')
      .leftJoin('products as p', (j) =>
        j.onRef('p.id', '=', 'h.entity_id').on('h.entity', '=', 'product'),
      )
      .leftJoin('users as tu', (j) =>
        j.onRef('tu.id', '=', 'h.entity_id').on('h.entity', '=', 'user'),
      )
      .leftJoin('payment_methods as m', (j) =>
        j.onRef('m.id', '=', 'h.entity_id').on('h.entity', '=', 'payment_method'),
      )
      .select([
        'h.id',
        'h.created_at as at',
        'h.entity',
        'h.entity_id as entityId',
        sql<string>`coalesce(p.name, tu.name, m.name, h.entity_id)`.as('entityName'),
        'h.field',
        'h.old_value as oldValue',
        'h.new_value as newValue',
        'u.name as userName',
        'a.name as approvedByName',
      ])
    if (input.entity) q = q.where('h.entity', '=', input.entity)
    if (input.entityId) q = q.where('h.entity_id', '=', input.entityId)
    if (input.from) q = q.where('h.created_at', '>=', wibMidnight(input.from))
    if (input.to) q = q.where('h.created_at', '<', wibMidnight(input.to) + 86_400_000)
    return q
      .orderBy('h.created_at', 'desc')
      .orderBy(sql`h.rowid`, 'desc')
      .limit(input.limit)
      .execute()
  }

  return { list }
}
