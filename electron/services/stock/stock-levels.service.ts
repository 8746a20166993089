import { sql, type RawBuilder } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { MovementReasonCode } from '../../../shared/stock/movement-reasons'
import type {
  StockCardDto,
  StockLevelsPageDto,
  StockLevelsTotalsDto,
} from '../../../shared/stock/stock-dto'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { verifyStockLevels } from './stock-ledger'
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

  type LevelFilters = Omit<ParsedInputOf<'stock:levels'>, 'offset' | 'limit'>

  // A trigram search with at least this many hits pages by walking the name index: the hits
  // are dense enough that a page turns up after a short walk, and a full walk of the index is
  // a few ms. Measured at 100,000 products: ~3,500 hits cost the same either way (3–5 ms),
  // 38,000 hits cost 6–21 ms walked and 31–73 ms sorted.
  const WALK_SEARCH_FROM = 1000

  /**
   * The products a view covers. At one location: the products that have ever been stocked
   * there (a row in stock_levels). Everywhere: every product, inactive ones too (they may
   * still hold stock). On-hand is a subquery evaluated only where a filter needs it or for
   * the rows finally returned.
   *
   * One location comes in two shapes with the same rows: `exists` (each product checked
   * against stock_levels' primary key: what counts, sums and filtered pages use, going
   * through an index in id order or in name order) and `join` (the location's levels joined
   * to products and sorted: for a far page of a large view, where walking would cost more).
   */
  function scope(input: LevelFilters, shape: 'join' | 'exists' = 'exists') {
    const conditions: RawBuilder<unknown>[] = []
    const text = input.query.trim()
    const match = text.length >= 3 ? ftsPhrase(text) : null
    if (match) {
      // With a category, workshop or low-stock filter, the unary + keeps SQLite from fetching
      // every hit by rowid (38,000 row reads for a common word): it scans that filter's
      // covering index instead and checks each rowid against the hits, a few ms at most.
      const narrowed = Boolean(input.categoryId || input.workshopId || input.lowStock)
      const rowid = narrowed ? sql`+p.rowid` : sql`p.rowid`
      conditions.push(
        sql`${rowid} in (select rowid from products_fts where products_fts match ${match})`,
      )
    } else if (text.length > 0) {
      const prefix = `${text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`
      conditions.push(
        sql`(p.name like ${prefix} escape '\\' or p.sku like ${prefix} escape '\\' or p.barcode = ${text})`,
      )
    }
    if (input.categoryId) conditions.push(sql`p.category_id = ${input.categoryId}`)
    if (input.workshopId) conditions.push(sql`p.workshop_id = ${input.workshopId}`)
    const productConditions = [...conditions]
    // One location and no product filter: the view is exactly that location's level rows.
    const plainLocation = Boolean(input.locationId) && conditions.length === 0 && !input.lowStock
    // Only a search (or nothing), at most one location: every check can be made from
    // products_name_id alone (rowid for the search, id for the level lookup).
    const walkable =
      !input.categoryId && !input.workshopId && !input.lowStock && (match !== null || text === '')
    const searchOnly = match !== null && walkable && !input.locationId
    // Counting (and summing) visits every product of the view, so it goes through an index
    // that covers the filter and is in id order (see 0011_stock_screen); left to itself SQLite
    // takes the smaller reorder-level index and reads every product row. A page goes by name.
    const countIndex = input.categoryId
      ? 'products_category_stock'
      : input.workshopId
        ? 'products_workshop_stock'
        : input.lowStock
          ? 'products_low_id'
          : null
    const countHint = countIndex ? sql`indexed by ${sql.raw(countIndex)}` : sql``
    let join = sql``
    let onHand = sql`coalesce((select sum(x.on_hand) from stock_levels x where x.product_id = p.id), 0)`
    if (input.locationId && shape === 'join') {
      join = sql`join stock_levels s on s.product_id = p.id and s.location_id = ${input.locationId}`
      onHand = sql`s.on_hand`
    } else if (input.locationId) {
      onHand = sql`(select x.on_hand from stock_levels x
                    where x.product_id = p.id and x.location_id = ${input.locationId})`
      // With low stock the comparison below already needs the level (null never matches).
      if (!input.lowStock) {
        conditions.push(sql`exists (select 1 from stock_levels x
          where x.product_id = p.id and x.location_id = ${input.locationId})`)
      }
    }
    if (input.lowStock) {
      conditions.push(sql`p.reorder_level > 0`)
      conditions.push(sql`${onHand} <= p.reorder_level`)
    }
    const where = conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``
    const from = sql`products p ${join}`
    const countFrom = sql`products p ${countHint} ${join}`
    return {
      match,
      from,
      countFrom,
      where,
      onHand,
      productConditions,
      plainLocation,
      walkable,
      searchOnly,
    }
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

  async function countView(input: LevelFilters) {
    const { match, countFrom, where, plainLocation, searchOnly } = scope(input)
    const query = plainLocation
      ? sql<{ n: number }>`
          select count(*) as n from stock_levels where location_id = ${input.locationId}
        `
      : searchOnly && match
        ? // The search index alone: joining products would only re-find the same rowids.
          sql<{ n: number }>`
            select count(*) as n from products_fts where products_fts match ${match}
          `
        : sql<{ n: number }>`select count(*) as n from ${countFrom} ${where}`
    return Number((await query.execute(db)).rows[0]?.n ?? 0)
  }

  /**
   * How the page is found: walking products in name order (`indexed by` the name index) or
   * letting SQLite collect and sort the view. Only ever a matter of speed, never of rows.
   */
  async function pagePlan(input: ParsedInputOf<'stock:levels'>, total: number) {
    const { walkable, searchOnly } = scope(input)
    if (!walkable) return null
    if (searchOnly) return total >= WALK_SEARCH_FROM ? sql`indexed by products_name` : null
    if (!input.locationId) return null
    // One location: a walk looks up a level for about (offset + limit) × products / total
    // products; collecting looks up one per product in the view (total). Walk while that is
    // the smaller. Products are never deleted, so the largest rowid is their number.
    const products = Number(
      (await sql<{ n: number | null }>`select max(rowid) as n from products`.execute(db)).rows[0]
        ?.n ?? 0,
    )
    return (input.offset + input.limit) * products <= total * total
      ? sql`indexed by products_name_id`
      : null
  }

  /** One page of the Stok screen and the number of products in the view (for paging). */
  async function levels(actor: Actor, input: ParsedInputOf<'stock:levels'>) {
    const total = await countView(input)
    const walk = await pagePlan(input, total)
    const { plainLocation } = scope(input)
    // Not walking, a plain location collects its levels and sorts them (the join); with a
    // category, workshop or low-stock filter the products are walked through that filter's
    // index in name order instead, each checked against its level. A search at a location
    // starts from its hits, each checked against the location's level: joined instead, SQLite
    // walked every level of the location (100,000 at the showroom) to find the few hundred.
    const { from, where } = scope(input, !walk && plainLocation ? 'join' : 'exists')
    // Limit and offset are written into the SQL (the contract makes them integers): with
    // them bound as parameters SQLite does not stop a name walk at the page (9 ms instead of
    // 0.7 for a showroom's first page at 100,000 products).
    const pageLimit = Math.trunc(input.limit)
    const pageOffset = Math.trunc(input.offset)
    // The page's products are chosen first, in name order, without touching on-hand (unless
    // a filter needs it); on-hand is then looked up for those rows only.
    const pageOnHand = input.locationId
      ? sql`(select on_hand from stock_levels x
             where x.product_id = p.id and x.location_id = ${input.locationId})`
      : sql`(select sum(x.on_hand) from stock_levels x where x.product_id = p.id)`
    const [page, inTransit] = await Promise.all([
      sql<LevelRow>`
        select p.id as productId, p.sku, p.barcode, p.name, p.unit, c.name as categoryName,
          w.name as workshopName, p.active, coalesce(${pageOnHand}, 0) as onHand,
          p.reorder_level as reorderLevel, p.cost
        from (
          select p.rowid as rid from ${walk ? sql`products p ${walk}` : from} ${where}
          order by p.name, p.rowid
          limit ${sql.lit(pageLimit)} offset ${sql.lit(pageOffset)}
        ) page
        join products p on p.rowid = page.rid
        left join categories c on c.id = p.category_id
        left join workshops w on w.id = p.workshop_id
        order by p.name, p.rowid
      `.execute(db),
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
      total,
    }
    return result
  }

  /**
   * Units and value at cost over the whole view; asked for once per filter, not per page.
   * Without a search or low stock the view is a union of (location, category, workshop)
   * cells, whose sums stock_value_totals keeps exact (triggers, same transaction as every
   * write): a few hundred rows, always current. A search or low stock is summed from the
   * levels themselves, cached until the next write.
   */
  async function totals(actor: Actor, input: ParsedInputOf<'stock:levelTotals'>) {
    const figures =
      input.query.trim() === '' && !input.lowStock
        ? await aggregateTotals(input)
        : await cachedTotals(input)
    // Goods on the road are at no location, but they are still the showroom's: the whole
    // stock's value keeps them (a location's view does not, they are not there).
    const transitValue = input.locationId || input.lowStock ? 0 : await inTransitValue(input)
    return seesCost(actor)
      ? { ...figures, value: (figures.value ?? 0) + transitValue, inTransitValue: transitValue }
      : { ...figures, value: null, inTransitValue: null }
  }

  /** Cost of the units in transit of the view's products (at today's cost, like the levels). */
  async function inTransitValue(input: ParsedInputOf<'stock:levelTotals'>) {
    const { productConditions } = scope(input)
    const rows = await sql<{ value: number | null }>`
      select sum(x.qty_sent * p.cost) as value
      from transfer_lines x
        join transfers t on t.id = x.transfer_id
        join products p on p.id = x.product_id
      where ${sql.join([sql`t.state = 'in_transit'`, ...productConditions], sql` and `)}
    `.execute(db)
    return Number(rows.rows[0]?.value ?? 0)
  }

  async function aggregateTotals(input: ParsedInputOf<'stock:levelTotals'>) {
    const where: RawBuilder<unknown>[] = []
    if (input.locationId) where.push(sql`location_id = ${input.locationId}`)
    if (input.categoryId) where.push(sql`category_id = ${input.categoryId}`)
    if (input.workshopId) where.push(sql`workshop_id = ${input.workshopId}`)
    const [summary, inTransit] = await Promise.all([
      sql<{ units: number | null; value: number | null }>`
        select sum(units) as units, sum(value) as value from stock_value_totals
        ${where.length > 0 ? sql`where ${sql.join(where, sql` and `)}` : sql``}
      `.execute(db),
      inTransitBy(input.locationId),
    ])
    return figuresOf(summary.rows[0], inTransit)
  }

  function figuresOf(
    summary: { units: number | null; value: number | null } | undefined,
    inTransit: Map<string, number>,
  ): StockLevelsTotalsDto {
    return {
      units: Number(summary?.units ?? 0),
      value: Number(summary?.value ?? 0),
      inTransit: [...inTransit.values()].reduce((a, b) => a + b, 0),
      inTransitValue: 0,
    }
  }

  // A searched or low-stock view is summed over its own levels, which change only when
  // something is written. This connection is the only writer, so total_changes() (rows
  // written since it opened) is a version stamp: any write at all, a movement or a cost edit,
  // makes the next call recompute.
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

  /** Sums the levels of the view directly. */
  async function computeTotals(input: ParsedInputOf<'stock:levelTotals'>) {
    const { countFrom, where, onHand, productConditions } = scope(input)
    let summary
    if (input.lowStock) {
      // Low stock is decided per product (on-hand summed over the view's locations).
      summary = sql<{ units: number | null; value: number | null }>`
        select sum(t.on_hand) as units, sum(t.on_hand * t.cost) as value
        from (select ${onHand} as on_hand, p.cost from ${countFrom} ${where}) t
      `
    } else {
      // A search: every level of the matching products, no per-product subquery.
      const conditions = [...productConditions]
      if (input.locationId) conditions.push(sql`s.location_id = ${input.locationId}`)
      summary = sql<{ units: number | null; value: number | null }>`
        select sum(s.on_hand) as units, sum(s.on_hand * p.cost) as value
        from stock_levels s join products p on p.id = s.product_id
        ${conditions.length > 0 ? sql`where ${sql.join(conditions, sql` and `)}` : sql``}
      `
    }
    const [sums, inTransit] = await Promise.all([
      summary.execute(db),
      inTransitBy(input.locationId),
    ])
    return figuresOf(sums.rows[0], inTransit)
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
            when 'stock_count' then (select count_no from stock_counts where id = m.ref_id)
            -- An import has no table of its own: its audit entry names the file.
            when 'import' then (select json_extract(a.detail, '$.filename') from audit_log a
                                where a.ref_type = 'import' and a.ref_id = m.ref_id
                                  and a.action = 'catalog.import' limit 1)
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
    // A level that disagrees with its movements, or a totals cell that disagrees with the
    // levels (a trigger missed a write): either is a mismatch.
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
