import { sql } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { PartnerDto, PartnerStockDto } from '../../../shared/consignment/consignment-dto'
import type { PriceVersionDto } from '../../../shared/consignment/consignment-money-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import type { Db } from '../stock/stock-common'
import { priceVersions, versionAt } from './price-history'

/** Settled − paid with the settlement − paid later: the same sum as owedBy, per row. */
const owedExpression = sql<number>`(
  (select coalesce(sum(c.amount_due), 0) from consignment_settlements c where c.location_id = l.id)
  - (select coalesce(sum(p.amount), 0) from payments p
      join consignment_settlements c on c.sale_id = p.sale_id where c.location_id = l.id)
  - (select coalesce(sum(x.amount), 0) from consignment_payments x where x.location_id = l.id))`

function partnerQuery(db: Db) {
  return db
    .selectFrom('locations as l')
    .innerJoin('consignment_partners as c', 'c.location_id', 'l.id')
    .select((eb) => [
      'l.id',
      'l.name',
      'l.active',
      'c.contact',
      'c.address',
      'c.commission_pct',
      eb
        .selectFrom('stock_levels as s')
        .select((x) => x.fn.coalesce(x.fn.sum<number>('s.on_hand'), x.lit(0)).as('n'))
        .whereRef('s.location_id', '=', 'l.id')
        .as('units'),
      owedExpression.as('owed'),
    ])
    .where('l.kind', '=', 'consignment')
}

type PartnerRow = Awaited<ReturnType<ReturnType<typeof partnerQuery>['executeTakeFirstOrThrow']>>

const toDto = (r: PartnerRow): PartnerDto => ({
  id: r.id,
  name: r.name,
  active: r.active === 1,
  contact: r.contact,
  address: r.address,
  commissionPct: r.commission_pct,
  units: Number(r.units ?? 0),
  owed: Number(r.owed ?? 0),
})

/** Partners (a location of kind consignment plus the agreement) and their agreed prices. */
export function createPartnersService(ctx: ServiceContext) {
  const { db } = ctx

  async function list(includeInactive: boolean): Promise<PartnerDto[]> {
    let q = partnerQuery(db)
    if (!includeInactive) q = q.where('l.active', '=', 1)
    return (await q.orderBy('l.name').execute()).map(toDto)
  }

  async function get(id: string, db_: Db = db): Promise<PartnerDto> {
    const row = await partnerQuery(db_).where('l.id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return toDto(row)
  }

  async function save(
    actor: Actor,
    input: ParsedInputOf<'consignment:savePartner'>,
  ): Promise<PartnerDto> {
    return db.transaction().execute(async (trx) => {
      let q = trx
        .selectFrom('locations')
        .select('id')
        .where((eb) => eb(eb.fn('lower', ['name']), '=', input.name.toLowerCase()))
      if (input.id) q = q.where('id', '<>', input.id)
      if (await q.executeTakeFirst()) throw fieldError('name', 'DUPLICATE_NAME')
      const now = ctx.clock.now()
      const agreement = {
        contact: input.contact ?? null,
        address: input.address ?? null,
        commission_pct: input.commissionPct,
      }
      if (!input.id) {
        const id = ctx.ids.next()
        await trx
          .insertInto('locations')
          .values({
            id,
            name: input.name,
            kind: 'consignment',
            active: 1,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
        await trx
          .insertInto('consignment_partners')
          .values({ location_id: id, ...agreement, device_id: ctx.deviceId, created_at: now })
          .execute()
        await recordAudit(trx, ctx, actor, {
          action: 'consignment.partnerCreate',
          refType: 'location',
          refId: id,
          detail: { name: input.name, commissionPct: input.commissionPct },
        })
        return get(id, trx)
      }
      const current = await get(input.id, trx)
      // A partner still holding goods stays active: they must come back or be settled first.
      if (current.active && !input.active && current.units !== 0) {
        throw new AppError('LOCATION_NOT_EMPTY', { name: current.name })
      }
      await trx
        .updateTable('locations')
        .set({ name: input.name, active: input.active ? 1 : 0 })
        .where('id', '=', input.id)
        .execute()
      await trx
        .updateTable('consignment_partners')
        .set(agreement)
        .where('location_id', '=', input.id)
        .execute()
      await recordAudit(trx, ctx, actor, {
        action: 'consignment.partnerUpdate',
        refType: 'location',
        refId: input.id,
        detail: {
          name: input.name,
          active: input.active,
          commissionPct: { from: current.commissionPct, to: input.commissionPct },
        },
      })
      return get(input.id, trx)
    })
  }

  /** Every product the partner holds or has an agreed price for. */
  async function stock(locationId: string): Promise<PartnerStockDto> {
    const partner = await get(locationId)
    const rows = await sql<{
      productId: string
      sku: string
      barcode: string | null
      name: string
      unit: string
      listPrice: number
      agreedPrice: number | null
      onHand: number | null
    }>`
      select p.id as productId, p.sku, p.barcode, p.name, p.unit, p.price as listPrice,
        cp.price as agreedPrice, s.on_hand as onHand
      from products p
      left join stock_levels s on s.product_id = p.id and s.location_id = ${locationId}
      left join consignment_prices cp on cp.product_id = p.id and cp.location_id = ${locationId}
      where (s.on_hand is not null and s.on_hand <> 0) or cp.price is not null
        or exists (select 1 from consignment_price_versions v
          where v.location_id = ${locationId} and v.product_id = p.id and v.price is not null)
      order by p.name, p.id
    `.execute(db)
    const versions = await priceVersions(
      db,
      locationId,
      rows.rows.map((r) => r.productId),
    )
    const now = ctx.clock.now()
    return {
      partner,
      lines: rows.rows.map((r) => {
        const agreed = versionAt(versions.get(r.productId), now)?.price ?? null
        return {
          productId: r.productId,
          sku: r.sku,
          barcode: r.barcode,
          name: r.name,
          unit: r.unit,
          listPrice: r.listPrice,
          price: agreed ?? r.listPrice,
          agreed: agreed !== null,
          onHand: r.onHand ?? 0,
        }
      }),
    }
  }

  async function setPrice(actor: Actor, input: ParsedInputOf<'consignment:setPrice'>) {
    return db.transaction().execute(async (trx) => {
      await get(input.locationId, trx)
      const product = await trx
        .selectFrom('products')
        .select(['id', 'price'])
        .where('id', '=', input.productId)
        .executeTakeFirst()
      if (!product) throw fieldError('productId', 'INVALID_VALUE')
      const now = ctx.clock.now()
      const effectiveAt = input.effectiveAt ?? now
      await trx
        .insertInto('consignment_price_versions')
        .values({
          id: ctx.ids.next(),
          location_id: input.locationId,
          product_id: input.productId,
          price: input.price,
          effective_at: effectiveAt,
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      // consignment_prices mirrors the version in force now, for readers of the 0019 table.
      const versions = await priceVersions(trx, input.locationId, [input.productId])
      const current = versionAt(versions.get(input.productId), now)?.price ?? null
      await trx
        .deleteFrom('consignment_prices')
        .where('location_id', '=', input.locationId)
        .where('product_id', '=', input.productId)
        .execute()
      if (current !== null) {
        await trx
          .insertInto('consignment_prices')
          .values({ location_id: input.locationId, product_id: input.productId, price: current })
          .execute()
      }
      await recordAudit(trx, ctx, actor, {
        action: 'consignment.price',
        refType: 'location',
        refId: input.locationId,
        detail: {
          productId: input.productId,
          listPrice: product.price,
          price: input.price,
          effectiveAt,
        },
      })
      return { productId: input.productId, price: input.price }
    })
  }

  async function priceHistory(
    input: ParsedInputOf<'consignment:priceHistory'>,
  ): Promise<PriceVersionDto[]> {
    const rows = await db
      .selectFrom('consignment_price_versions as v')
      .leftJoin('users as u', 'u.id', 'v.user_id')
      .select(['v.price', 'v.effective_at', 'v.created_at', 'u.name'])
      .where('v.location_id', '=', input.locationId)
      .where('v.product_id', '=', input.productId)
      .orderBy('v.effective_at', 'desc')
      .orderBy('v.created_at', 'desc')
      .orderBy('v.id', 'desc')
      .execute()
    return rows.map((r) => ({
      price: r.price,
      effectiveAt: r.effective_at,
      createdAt: r.created_at,
      userName: r.name ?? null,
    }))
  }

  return { list, get, save, stock, setPrice, priceHistory }
}

export type PartnersService = ReturnType<typeof createPartnersService>
