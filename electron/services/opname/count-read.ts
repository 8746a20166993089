/**
 * The read model of a stock count (opname): summaries, the option lists for a new count and the
 * whole document as a given person may see it. Nothing here writes.
 */
import type { Kysely } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type {
  CountDocumentDto,
  CountOptionsDto,
  CountState,
  CountSummaryDto,
} from '../../../shared/opname/opname-dto'
import type { Database } from '../../db/schema'
import type { Actor } from '../core/context'
import { AppError } from '../core/errors'
import { blindLines, reviewLines, totalsOf, withoutCost } from './count-lines'

export type Db = Kysely<Database>

export function summaryQuery(db: Db) {
  return db
    .selectFrom('stock_counts as c')
    .innerJoin('locations as l', 'l.id', 'c.location_id')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .select((eb) => [
      'c.id',
      'c.count_no as countNo',
      'c.location_id as locationId',
      'l.name as locationName',
      'c.scope_kind',
      'c.scope_id',
      'c.scope_name',
      'c.pic_name',
      'c.witness_name',
      'c.head_name',
      'c.note',
      'c.created_at as createdAt',
      'u.name as createdBy',
      eb
        .selectFrom('stock_count_events as e')
        .select('e.state')
        .whereRef('e.count_id', '=', 'c.id')
        .orderBy('e.seq', 'desc')
        .limit(1)
        .as('state'),
      eb
        .selectFrom('stock_count_events as e')
        .select('e.created_at')
        .whereRef('e.count_id', '=', 'c.id')
        .orderBy('e.seq', 'desc')
        .limit(1)
        .as('stateAt'),
    ])
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>

export const toSummary = (r: SummaryRow): CountSummaryDto => ({
  id: r.id,
  countNo: r.countNo,
  state: r.state ?? 'draft',
  locationId: r.locationId,
  locationName: r.locationName,
  scope: { kind: r.scope_kind, id: r.scope_id, name: r.scope_name },
  personInCharge: r.pic_name,
  witness: r.witness_name,
  headOfShowroom: r.head_name,
  note: r.note,
  createdAt: r.createdAt,
  createdBy: r.createdBy,
  updatedAt: r.stateAt ?? r.createdAt,
})

export async function countHeader(tx: Db, id: string) {
  const row = await tx
    .selectFrom('stock_counts')
    .select(['id', 'count_no', 'location_id', 'scope_kind', 'scope_id'])
    .where('id', '=', id)
    .executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND')
  return row
}

export async function countState(
  tx: Db,
  countId: string,
): Promise<{ state: CountState; seq: number }> {
  const row = await tx
    .selectFrom('stock_count_events')
    .select(['state', 'seq'])
    .where('count_id', '=', countId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ? { state: row.state, seq: row.seq } : { state: 'draft', seq: 0 }
}

export async function countSummary(tx: Db, id: string): Promise<CountSummaryDto> {
  const row = await summaryQuery(tx).where('c.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND')
  return toSummary(row)
}

export async function countOptions(db: Db): Promise<CountOptionsDto> {
  const [locations, categories, workshops, people] = await Promise.all([
    db
      .selectFrom('locations')
      .select(['id', 'name', 'kind'])
      .where('active', '=', 1)
      .orderBy('created_at')
      .execute(),
    db.selectFrom('categories').select(['id', 'name']).orderBy('name').execute(),
    db
      .selectFrom('workshops')
      .select(['id', 'name'])
      .where('active', '=', 1)
      .orderBy('name')
      .execute(),
    db.selectFrom('users').select(['id', 'name']).where('active', '=', 1).orderBy('name').execute(),
  ])
  return { locations, categories, workshops, people }
}

export async function listCounts(
  db: Db,
  input: ParsedInputOf<'opname:list'>,
): Promise<CountSummaryDto[]> {
  const rows = await summaryQuery(db)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.seq', 'desc')
    .limit(input.state ? 5000 : input.limit)
    .execute()
  const all = rows.map(toSummary)
  return input.state ? all.filter((c) => c.state === input.state).slice(0, input.limit) : all
}

export async function countDocument(tx: Db, actor: Actor, id: string): Promise<CountDocumentDto> {
  const base = await countSummary(tx, id)
  const count = await countHeader(tx, id)
  const canSeeCost = actor.permissions.has('cost.view')
  const [events, sessions] = await Promise.all([
    tx
      .selectFrom('stock_count_events as e')
      .innerJoin('users as u', 'u.id', 'e.user_id')
      .leftJoin('users as a', 'a.id', 'e.approved_by')
      .select(['e.state', 'e.created_at as at', 'u.name as by', 'a.name as approvedBy', 'e.reason'])
      .where('e.count_id', '=', id)
      .orderBy('e.seq')
      .execute(),
    tx
      .selectFrom('stock_count_sessions as s')
      .innerJoin('users as u', 'u.id', 's.user_id')
      .select((eb) => [
        's.id',
        's.label',
        'u.name as userName',
        's.created_at as createdAt',
        eb
          .selectFrom('stock_count_entries as e')
          .select((x) => x.fn.coalesce(x.fn.sum<number>('e.qty'), x.lit(0)).as('n'))
          .whereRef('e.session_id', '=', 's.id')
          .as('units'),
      ])
      .where('s.count_id', '=', id)
      .orderBy('s.created_at')
      .execute(),
  ])
  const blind = base.state === 'draft' || base.state === 'counting'
  let lines: CountDocumentDto['lines'] = []
  let totals: CountDocumentDto['totals'] = null
  if (blind) {
    lines = base.state === 'draft' ? [] : await blindLines(tx, id)
  } else {
    const computed = await reviewLines(tx, count)
    lines = canSeeCost ? computed : computed.map(withoutCost)
    totals = totalsOf(computed, canSeeCost)
  }
  return {
    ...base,
    events,
    sessions: sessions.map((s) => ({ ...s, units: Number(s.units ?? 0) })),
    lines,
    totals,
    canSeeCost,
  }
}
