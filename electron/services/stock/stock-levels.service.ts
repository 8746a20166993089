import { sql, type RawBuilder } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { MovementReasonCode } from '../../../shared/stock/movement-reasons'
import type {
  StockCardDto,
  StockLevelsPageDto,
  StockLevelsTotalsDto,
} from '../../../shared/stock/stock-dto'
import type { Actor, ServiceContext } from '../context'
import { AppError } from '../errors'
import { verifyStockLevels } from '../stock-ledger'
import { seesCost } from './stock-common'

const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`

interface LevelRow {
  productId: string
  sku: string
  barcode: string | null
  name: string
  unit: string
  categoryName: string | null
  workshopName: string | null
  active: number
  onHand: number
  reorderLevel: number
  cost: number
}

/** On-hand pages for the Stok screen and the Kartu stok. Everything is summed in SQLite. */
export function createStockLevelsService(ctx: ServiceContext) {
  const { db } = ctx

  /** Conditions on the product itself, applied before on-hand is looked up. */
  function productFilters(input: ParsedInputOf<'stock:levels'>): RawBuilder<unknown>[] {
    const where: RawBuilder<unknown>[] = []
    const text = input.query.trim()
    if (text.length >= 3) {
      where.push(
        sql`p.rowid in (select rowid from products_fts where products_fts match ${ftsPhrase(text)})`,
      )
    } else if (text.length > 0) {
      const prefix = `${text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`
      where.push(
        sql`(p.name like ${prefix} escape '\\' or p.sku like ${prefix} escape '\\' or p.barcode = ${text})`,
      )
    }
    if (input.categoryId) where.push(sql`p.category_id = ${input.categoryId}`)
    if (input.workshopId) where.push(sql`p.workshop_id = ${input.workshopId}`)
    if (input.lowStock) where.push(sql`p.reorder_level > 0`)
    return where
  }

  type LevelFilters = Omit<ParsedInputOf<'stock:levels'>, 'offset' | 'limit'>

  /**
   * The products a view covers, with their on-hand. At one location: the products that have
   * ever been stocked there (a row in stock_levels). Everywhere: every product, inactive ones
   * too (they may still hold stock). On-hand is a subquery evaluated only for the rows that
   * are finally returned, so a page costs O(offset + limit), not O(catalogue).
   */
  function scope(input: LevelFilters) {
    const conditions = productFilters({ ...input, offset: 0, limit: 1 })
    const onHand = input.locationId
      ? sql`s.on_hand`
      : sql`coalesce((select sum(x.on_hand) from stock_levels x where x.product_id = p.id), 0)`
    const from = input.locationId
      ? sql`products p join stock_levels s on s.product_id = p.id and s.location_id = ${input.locationId}`
      : sql`products p`
    // One location and no product filter: the view is exactly that location's level rows.
    const plainLocation = Boolean(input.locationId) && conditions.length === 0 && !input.lowStock
    if (input.lowStock) conditions.push(sql`${onHand} <= p.reorder_level`)
    const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``
    return { onHand, from, where, plainLocation }
  }

  async function inTransitBy(locationId: string | null) {
    // Goods in transit are at no location; they are shown beside, never added in.
    const rows = await sql<{ productId: string; qty: number }>`
      select x.product_id as productId, sum(x.qty_sent) as qty
      from transfer_lines x join transfers t on t.id = x.transfer_id
      where t.state = 'in_transit'
      ${locationId ? sql`and (t.from_location_id = ${locationId} or t.to_location_id = ${locationId})` : sql``}
      group by x.product_id
    `.execute(db)
    return new Map(rows.rows.map((r) => [r.productId, Number(r.qty)]))
  }

  /** One page of the Stok screen and the number of products in the view (for paging). */
  async function levels(actor: Actor, input: ParsedInputOf<'stock:levels'>) {
    const { from, where, plainLocation } = scope(input)
    // The page's products are chosen first, in name order, without touching on-hand (unless
    // a filter needs it); on-hand is then looked up for those rows only.
    const pageOnHand = input.locationId
      ? sql`(select on_hand from stock_levels x
             where x.product_id = p.id and x.location_id = ${input.locationId})`
      : sql`(select sum(x.on_hand) from stock_levels x where x.product_id = p.id)`
    const [page, count, inTransit] = await Promise.all([
      sql<LevelRow>`
        select p.id as productId, p.sku, p.barcode, p.name, p.unit, c.name as categoryName,
          w.name as workshopName, p.active, coalesce(${pageOnHand}, 0) as onHand,
          p.reorder_level as reorderLevel, p.cost
        from (
          select p.rowid as rid from ${from} ${where}
          order by p.name, p.rowid
          limit ${input.limit} offset ${input.offset}
        ) page
        join products p on p.rowid = page.rid
        left join categories c on c.id = p.category_id
        left join workshops w on w.id = p.workshop_id
        order by p.name, p.rowid
      `.execute(db),
      plainLocation
        ? sql<{ n: number }>`
            select count(*) as n from stock_levels where location_id = ${input.locationId}
          `.execute(db)
        : sql<{ n: number }>`select count(*) as n from ${from} ${where}`.execute(db),
      inTransitBy(input.locationId),
    ])
    const cost = seesCost(actor)
    const result: StockLevelsPageDto = {
      rows: page.rows.map((r) => {
        const on = Number(r.onHand)
        return {
          productId: r.productId,
          sku: r.sku,
          barcode: r.barcode,
          name: r.name,
          unit: r.unit,
          categoryName: r.categoryName,
          workshopName: r.workshopName,
          active: r.active === 1,
          onHand: on,
          inTransit: inTransit.get(r.productId) ?? 0,
          reorderLevel: r.reorderLevel,
          low: r.reorderLevel > 0 && on <= r.reorderLevel,
          cost: cost ? r.cost : null,
          value: cost ? on * r.cost : null,
        }
      }),
      total: Number(count.rows[0]?.n ?? 0),
    }
    return result
  }

  /**
   * Units and value at cost over the whole view, summed from the levels themselves; asked
   * for once per filter, not per page.
   */
  async function totals(actor: Actor, input: ParsedInputOf<'stock:levelTotals'>) {
    const figures = await cachedTotals(input)
    return { ...figures, value: seesCost(actor) ? figures.value : null }
  }

  // Totals sum every level in the view; they change only when something is written. This
  // connection is the only writer, so total_changes() (rows written since it opened) is a
  // version stamp: any write at all, a movement or a cost edit, makes the next call recompute.
  const totalsCache = new Map<string, { version: number; figures: StockLevelsTotalsDto }>()
  async function cachedTotals(input: ParsedInputOf<'stock:levelTotals'>) {
    const version = Number(
      (await sql<{ v: number }>`select total_changes() as v`.execute(db)).rows[0]?.v ?? 0,
    )
    const key = JSON.stringify(input)
    const hit = totalsCache.get(key)
    if (hit && hit.version === version) return hit.figures
    const figures = await computeTotals(input)
    if (totalsCache.size >= 32) totalsCache.clear()
    totalsCache.set(key, { version, figures })
    return figures
  }

  async function computeTotals(input: ParsedInputOf<'stock:levelTotals'>) {
    const filters = { ...input, offset: 0, limit: 1 }
    const conditions = productFilters(filters)
    let summary: { units: number | null; value: number | null } | undefined
    if (input.lowStock) {
      const { onHand, from, where } = scope(input)
      summary = (
        await sql<{ units: number | null; value: number | null }>`
          select sum(t.on_hand) as units, sum(t.on_hand * t.cost) as value
          from (select ${onHand} as on_hand, p.cost from ${from} ${where}) t
        `.execute(db)
      ).rows[0]
    } else {
      if (input.locationId) conditions.push(sql`s.location_id = ${input.locationId}`)
      const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``
      summary = (
        await sql<{ units: number | null; value: number | null }>`
          select sum(s.on_hand) as units, sum(s.on_hand * p.cost) as value
          from stock_levels s join products p on p.id = s.product_id ${where}
        `.execute(db)
      ).rows[0]
    }
    const inTransit = await inTransitBy(input.locationId)
    const result: StockLevelsTotalsDto = {
      units: Number(summary?.units ?? 0),
      value: Number(summary?.value ?? 0),
      inTransit: [...inTransit.values()].reduce((a, b) => a + b, 0),
    }
    return result
  }

  async function card(actor: Actor, input: ParsedInputOf<'stock:card'>): Promise<StockCardDto> {
    const product = await db
      .selectFrom('products')
      .select(['id', 'sku', 'name', 'unit', 'reorder_level', 'cost'])
      .where('id', '=', input.productId)
      .executeTakeFirst()
    if (!product) throw new AppError('NOT_FOUND')
    const cost = seesCost(actor)
    const locationFilter = input.locationId ? sql`and m.location_id = ${input.locationId}` : sql``
    const [balances, transit, count, rows] = await Promise.all([
      db
        .selectFrom('stock_levels as s')
        .innerJoin('locations as l', 'l.id', 's.location_id')
        .select([
          's.location_id as locationId',
          'l.name as locationName',
          'l.kind',
          's.on_hand as onHand',
        ])
        .where('s.product_id', '=', product.id)
        .orderBy('l.created_at')
        .execute(),
      sql<{ qty: number | null }>`
        select sum(x.qty_sent) as qty from transfer_lines x join transfers t on t.id = x.transfer_id
        where t.state = 'in_transit' and x.product_id = ${product.id}
      `.execute(db),
      sql<{ n: number }>`
        select count(*) as n from stock_movements m where m.product_id = ${product.id} ${locationFilter}
      `.execute(db),
      // The running balance is per location, over the product's whole history, in the order
      // movements were written (created_at, then insertion order).
      sql<{
        id: string
        createdAt: number
        locationId: string
        locationName: string
        reason: MovementReasonCode
        qty: number
        balance: number
        unitCost: number
        userName: string
        note: string | null
        refType: string | null
        refId: string | null
        refLabel: string | null
      }>`
        select m.id, m.created_at as createdAt, m.location_id as locationId,
          l.name as locationName, m.reason, m.qty, m.balance, m.unit_cost as unitCost,
          u.name as userName, m.note, m.ref_type as refType, m.ref_id as refId,
          case m.ref_type
            when 'sale' then (select receipt_no from sales where id = m.ref_id)
            when 'void' then (select s.receipt_no from sale_voids v join sales s on s.id = v.sale_id
                              where v.id = m.ref_id)
            when 'return' then (select return_no from returns where id = m.ref_id)
            when 'stock_doc' then (select doc_no from stock_docs where id = m.ref_id)
            when 'transfer' then (select transfer_no from transfers where id = m.ref_id)
            when 'exhibition' then (select name from locations where id = m.ref_id)
            else null
          end as refLabel
        from (
          select *, sum(qty) over (
            partition by location_id order by created_at, rowid rows unbounded preceding
          ) as balance, rowid as rid
          from stock_movements where product_id = ${product.id}
        ) m
        join locations l on l.id = m.location_id
        join users u on u.id = m.user_id
        where 1 = 1 ${locationFilter}
        order by m.created_at desc, m.rid desc
        limit ${input.limit} offset ${input.offset}
      `.execute(db),
    ])
    return {
      product: {
        id: product.id,
        sku: product.sku,
        name: product.name,
        unit: product.unit,
        reorderLevel: product.reorder_level,
        cost: cost ? product.cost : null,
      },
      balances,
      inTransit: Number(transit.rows[0]?.qty ?? 0),
      total: Number(count.rows[0]?.n ?? 0),
      movements: rows.rows.map((r) => ({
        id: r.id,
        createdAt: r.createdAt,
        locationId: r.locationId,
        locationName: r.locationName,
        reason: r.reason,
        qty: r.qty,
        balance: Number(r.balance),
        unitCost: cost ? r.unitCost : null,
        userName: r.userName,
        note: r.note,
        ref:
          r.refType && r.refId
            ? { type: r.refType, id: r.refId, label: r.refLabel ?? r.refId.slice(0, 8) }
            : null,
      })),
    }
  }

  async function setReorderLevel(productId: string, reorderLevel: number) {
    const result = await db
      .updateTable('products')
      .set({ reorder_level: reorderLevel })
      .where('id', '=', productId)
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) throw new AppError('NOT_FOUND')
    return { productId, reorderLevel }
  }

  async function verify() {
    const mismatches = await verifyStockLevels(db)
    const checked = await db
      .selectFrom('stock_levels')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return { checked: Number(checked.n), mismatches: mismatches.length }
  }

  return { levels, totals, card, setReorderLevel, verify }
}

export type StockLevelsService = ReturnType<typeof createStockLevelsService>
