import type { ParsedInputOf } from '../../../shared/contract'
import type { LocationDto } from '../../../shared/stock/stock-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import { readTillLocation, type Db } from './stock-common'

function locationQuery(db: Db) {
  return db
    .selectFrom('locations as l')
    .leftJoin('exhibitions as e', 'e.location_id', 'l.id')
    .select([
      'l.id',
      'l.name',
      'l.kind',
      'l.active',
      'l.created_at',
      'e.place',
      'e.starts_on',
      'e.ends_on',
      'e.state',
      'e.closed_at',
    ])
}

type LocationRow = Awaited<ReturnType<ReturnType<typeof locationQuery>['executeTakeFirstOrThrow']>>

const toDto = (row: LocationRow): LocationDto => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  active: row.active === 1,
  exhibition:
    row.kind === 'event' && row.state
      ? {
          place: row.place ?? '',
          startsOn: row.starts_on ?? '',
          endsOn: row.ends_on ?? '',
          state: row.state,
          closedAt: row.closed_at ?? null,
        }
      : null,
})

export function createLocationsService(ctx: ServiceContext) {
  const { db } = ctx

  async function list(includeInactive: boolean): Promise<LocationDto[]> {
    let q = locationQuery(db)
    if (!includeInactive) q = q.where('l.active', '=', 1)
    // Showroom first, then storerooms, then exhibitions newest first.
    const rows = await q
      .orderBy((eb) =>
        eb
          .case()
          .when('l.kind', '=', 'showroom')
          .then(0)
          .when('l.kind', '=', 'storeroom')
          .then(1)
          .else(2)
          .end(),
      )
      .orderBy('e.starts_on', 'desc')
      .orderBy('l.created_at')
      .execute()
    return rows.map(toDto)
  }

  async function get(id: string, db_: Db = db): Promise<LocationDto> {
    const row = await locationQuery(db_).where('l.id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return toDto(row)
  }

  async function assertNameFree(db_: Db, name: string, exceptId?: string) {
    let q = db_
      .selectFrom('locations')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['name']), '=', name.toLowerCase()))
    if (exceptId) q = q.where('id', '<>', exceptId)
    if (await q.executeTakeFirst()) throw fieldError('name', 'DUPLICATE_NAME')
  }

  /** Goods still here or on their way in or out: a location holding them cannot close. */
  async function holdsStock(db_: Db, id: string): Promise<boolean> {
    const level = await db_
      .selectFrom('stock_levels')
      .select('product_id')
      .where('location_id', '=', id)
      .where('on_hand', '<>', 0)
      .limit(1)
      .executeTakeFirst()
    if (level) return true
    const moving = await db_
      .selectFrom('transfers')
      .select('id')
      .where('state', 'in', ['draft', 'in_transit'])
      .where((eb) => eb.or([eb('from_location_id', '=', id), eb('to_location_id', '=', id)]))
      .limit(1)
      .executeTakeFirst()
    return Boolean(moving)
  }

  /** A new location row; both save paths (shop and warehouse, exhibition) create through it. */
  async function insertLocation(
    trx: Db,
    row: { name: string; kind: LocationDto['kind']; active: 0 | 1 },
  ): Promise<string> {
    const id = ctx.ids.next()
    await trx
      .insertInto('locations')
      .values({ id, ...row, device_id: ctx.deviceId, created_at: ctx.clock.now() })
      .execute()
    return id
  }

  async function save(
    actor: Actor,
    input: ParsedInputOf<'stock:saveLocation'>,
  ): Promise<LocationDto> {
    return db.transaction().execute(async (trx) => {
      await assertNameFree(trx, input.name, input.id)
      if (!input.id) {
        const id = await insertLocation(trx, {
          name: input.name,
          kind: input.kind,
          active: input.active ? 1 : 0,
        })
        await recordAudit(trx, ctx, actor, {
          action: 'location.create',
          refType: 'location',
          refId: id,
          detail: { name: input.name, kind: input.kind },
        })
        return get(id, trx)
      }
      const current = await trx
        .selectFrom('locations')
        .selectAll()
        .where('id', '=', input.id)
        .executeTakeFirst()
      if (!current) throw new AppError('NOT_FOUND')
      // Exhibitions are edited and closed through their own channels; kinds never change
      // once stock may have moved under them.
      if (current.kind === 'event' || current.kind !== input.kind) {
        throw fieldError('kind', 'INVALID_VALUE')
      }
      if (current.active === 1 && !input.active) {
        if ((await readTillLocation(trx)) === input.id) {
          throw new AppError('LOCATION_NOT_EMPTY', { name: current.name })
        }
        if (await holdsStock(trx, input.id)) {
          throw new AppError('LOCATION_NOT_EMPTY', { name: current.name })
        }
      }
      await trx
        .updateTable('locations')
        .set({ name: input.name, active: input.active ? 1 : 0 })
        .where('id', '=', input.id)
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'location.update',
        refType: 'location',
        refId: input.id,
        detail: { name: input.name, active: input.active },
      })
      return get(input.id, trx)
    })
  }

  async function saveExhibition(
    actor: Actor,
    input: ParsedInputOf<'stock:saveExhibition'>,
  ): Promise<LocationDto> {
    return db.transaction().execute(async (trx) => {
      await assertNameFree(trx, input.name, input.id)
      if (!input.id) {
        const id = await insertLocation(trx, { name: input.name, kind: 'event', active: 1 })
        await trx
          .insertInto('exhibitions')
          .values({
            location_id: id,
            place: input.place,
            starts_on: input.startsOn,
            ends_on: input.endsOn,
            state: 'open',
            device_id: ctx.deviceId,
            created_at: ctx.clock.now(),
          })
          .execute()
        await recordAudit(trx, ctx, actor, {
          action: 'exhibition.create',
          refType: 'location',
          refId: id,
          detail: { name: input.name, place: input.place },
        })
        return get(id, trx)
      }
      const current = await trx
        .selectFrom('exhibitions')
        .select('state')
        .where('location_id', '=', input.id)
        .executeTakeFirst()
      if (!current) throw new AppError('NOT_FOUND')
      if (current.state === 'closed') throw new AppError('LOCATION_INACTIVE', { name: input.name })
      await trx
        .updateTable('locations')
        .set({ name: input.name })
        .where('id', '=', input.id)
        .execute()
      await trx
        .updateTable('exhibitions')
        .set({ place: input.place, starts_on: input.startsOn, ends_on: input.endsOn })
        .where('location_id', '=', input.id)
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'exhibition.update',
        refType: 'location',
        refId: input.id,
        detail: { name: input.name, place: input.place },
      })
      return get(input.id, trx)
    })
  }

  return { list, get, save, saveExhibition, holdsStock }
}

export type LocationsService = ReturnType<typeof createLocationsService>
