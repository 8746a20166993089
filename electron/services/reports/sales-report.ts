import { sql, type Kysely } from 'kysely'
import type {
  BreakdownRow,
  DayRow,
  MethodRow,
  ProductRow,
  SalesReportDto,
  SlowSellerRow,
} from '../../../shared/reports/reports-dto'
import type { Database, ReportSalesDailyTable } from '../../db/schema'
import { DAY_MS, periodBounds, sqlDay, wholeMonths } from './report-period'

export interface PeriodQuery {
  from: string
  to: string
  locationId: string | null
}

const TOP = 10

/**
 * Conventions, chosen so the numbers reconcile with the Z reports and the ledgers:
 * - A sale counts on its own business day. A voided sale counts nowhere (the void cancels it
 *   on the day it was made, as the Z report of its shift shows it under voids).
 * - A return counts on the day it was booked, by what was refunded (as the Z report of the
 *   shift that refunded it). Breakdowns subtract the returned units and their line amounts.
 * - Breakdowns by product, category and workshop use each line's net (after line and cart
 *   discounts) and the cost recorded on the line when it was sold. By cashier and location:
 *   the number of sales and their net before rounding, less returned line amounts. Cash
 *   rounding belongs to the sale, so it appears in the summary only.
 */
export async function salesReport(
  db: Kysely<Database>,
  query: PeriodQuery,
  seesCost: boolean,
  /** Product rows to return, best net sales first; null for all (exports). */
  productLimit: number | null = 300,
): Promise<Omit<SalesReportDto, 'locationName'>> {
  const { start, end } = periodBounds(query.from, query.to)
  const loc = query.locationId
  const atLocation = loc ? sql`and s.location_id = ${loc}` : sql``
  const inRange = (column: string) =>
    sql`${sql.ref(column)} >= ${start} and ${sql.ref(column)} < ${end}`

  // By day, cashier, location and payment method: from the daily rollups (see migration
  // 0008), which already leave voided sales out. A year is a few thousand rows.
  const onDays = sql`day >= ${query.from} and day <= ${query.to} ${loc ? sql`and location_id = ${loc}` : sql``}`
  const daily = sql<DailyRow>`
    select day, location_id, user_id, sales, cart_discount, rounding, subtotal, gross,
           line_discount
    from report_sales_daily where ${onDays}`.execute(db)
  const methods = sql<{ name: string; kind: 'cash' | 'noncash'; amount: number; n: number }>`
    select method_name as name, kind, sum(amount) as amount, sum(payments) as n
    from report_payments_daily where ${onDays}
    group by 1, 2`.execute(db)

  // By product (and the category and workshop each line recorded). Voided sales count
  // nowhere: rather than test every line against the voids, line sums run over everything
  // and, negated, over the voided sales' lines alone (few, reached from sale_voids first).
  // - Over 62 days at all locations: the lines in product order (an index that groups
  //   without sorting).
  // - Otherwise: whole calendar months from the monthly rollup (migration 0009, voids
  //   already out, with the location on each row), the remaining days from their created_at
  //   range. A location filter on lines costs a lookup of each line's sale, so a long period
  //   at one location must not walk a year of lines.
  const walkByProduct = end - start > 62 * DAY_MS && !loc
  const split = walkByProduct
    ? { months: [], days: [{ from: query.from, to: query.to }] }
    : wholeMonths(query.from, query.to)
  const linesOf = (range: { from: string; to: string }, voided: boolean) => {
    const bounds = periodBounds(range.from, range.to)
    const sign = sql.lit(voided ? -1 : 1)
    const lines = walkByProduct
      ? sql`sale_lines l indexed by sale_lines_by_product`
      : sql`sale_lines l`
    return sql<DimRow>`
      select l.product_id as product_id, l.category_id as category_id,
             l.workshop_id as workshop_id, ${sign} * sum(l.qty) as qty,
             ${sign} * sum(l.net_total) as net, ${sign} * sum(l.qty * l.unit_cost) as cost
      from ${voided ? sql`sale_voids v cross join sale_lines l on l.sale_id = v.sale_id` : lines}
      ${loc ? sql`join sales s on s.id = l.sale_id and s.location_id = ${loc}` : sql``}
      where l.created_at >= ${bounds.start} and l.created_at < ${bounds.end}
      group by 1, 2, 3`.execute(db)
  }
  const monthsOf = (months: string[]) => sql<DimRow>`
      select product_id, nullif(category_id, '') as category_id,
             nullif(workshop_id, '') as workshop_id, sum(qty) as qty, sum(net) as net,
             sum(cost) as cost
      from report_products_monthly
      where month in (${sql.join(months)}) ${loc ? sql`and location_id = ${loc}` : sql``}
      group by product_id, category_id, workshop_id`.execute(db)

  const [dailyRows, methodRows, ...dimParts] = await Promise.all([
    daily,
    methods,
    ...(split.months.length > 0 ? [monthsOf(split.months)] : []),
    ...split.days.flatMap((range) => [linesOf(range, false), linesOf(range, true)]),
  ])
  const [returnsByDay, voids, returnDims, returnPeople, refundMethods] = await Promise.all([
    sql<{ day: string; refunded: number }>`
      select ${sqlDay('r.created_at')} as day, sum(r.refund_total) as refunded
      from returns r join sales s on s.id = r.sale_id
      where ${inRange('r.created_at')} ${atLocation}
      group by day`.execute(db),
    sql<{ n: number; amount: number | null }>`
      select count(*) as n, sum(s.total) as amount
      from sale_voids v cross join sales s on s.id = v.sale_id
      where ${inRange('s.created_at')} ${atLocation}`.execute(db),
    sql<DimRow>`
      select l.product_id as product_id, l.category_id as category_id,
             l.workshop_id as workshop_id, -sum(rl.qty) as qty, -sum(rl.amount) as net,
             -sum(rl.qty * l.unit_cost) as cost
      from return_lines rl
      join sale_lines l on l.id = rl.sale_line_id
      join sales s on s.id = l.sale_id
      where ${inRange('rl.created_at')} ${atLocation}
      group by 1, 2, 3`.execute(db),
    sql<PeopleRow>`
      select s.user_id as user_id, s.location_id as location_id, 0 as n,
             -sum(rl.amount) as net
      from return_lines rl
      join returns r on r.id = rl.return_id
      join sales s on s.id = r.sale_id
      where ${inRange('rl.created_at')} ${atLocation}
      group by 1, 2`.execute(db),
    sql<{ name: string; kind: 'cash' | 'noncash'; amount: number }>`
      select f.method_name as name, f.kind as kind, sum(f.amount) as amount
      from refunds f join returns r on r.id = f.return_id join sales s on s.id = r.sale_id
      where ${inRange('f.created_at')} ${atLocation}
      group by 1, 2`.execute(db),
  ])

  // ── by day and summary ─────────────────────────────────────────────────────────────────
  const days = new Map<string, DayRow>()
  const dayRow = (date: string): DayRow => {
    let row = days.get(date)
    if (!row) {
      row = {
        date,
        grossSales: 0,
        discounts: 0,
        rounding: 0,
        returns: 0,
        netSales: 0,
        salesCount: 0,
      }
      days.set(date, row)
    }
    return row
  }
  const people: PeopleRow[] = []
  for (const r of dailyRows.rows) {
    const row = dayRow(r.day)
    row.salesCount += r.sales
    row.discounts += r.cart_discount + r.line_discount
    row.rounding += r.rounding
    row.grossSales += r.gross
    people.push({
      user_id: r.user_id,
      location_id: r.location_id,
      n: r.sales,
      net: r.subtotal - r.cart_discount,
    })
  }
  for (const r of returnsByDay.rows) dayRow(r.day).returns += Number(r.refunded)
  // A day whose only sales were voided has nothing left to show.
  const byDay = [...days.values()]
    .filter((d) => d.salesCount !== 0 || d.returns !== 0)
    .sort((a, b) => a.date.localeCompare(b.date))
  for (const row of byDay) row.netSales = row.grossSales - row.discounts + row.rounding - row.returns

  const total = (key: keyof Omit<DayRow, 'date'>) => byDay.reduce((s, r) => s + r[key], 0)
  const salesCount = total('salesCount')
  const taken = total('grossSales') - total('discounts') + total('rounding')
  const summary = {
    grossSales: total('grossSales'),
    discounts: total('discounts'),
    rounding: total('rounding'),
    returns: total('returns'),
    netSales: total('netSales'),
    salesCount,
    averageSale: salesCount === 0 ? 0 : Math.round(taken / salesCount),
    voids: { count: Number(voids.rows[0]?.n ?? 0), amount: Number(voids.rows[0]?.amount ?? 0) },
  }

  // ── breakdowns ─────────────────────────────────────────────────────────────────────────
  const allDims = [...dimParts.flatMap((part) => part.rows), ...returnDims.rows]
  const names = await dimensionNames(db)
  // Tens of thousands of product rows on a long period: one pass, no copies, and ties broken
  // by plain comparison (localeCompare costs more than the whole sort).
  const rollup = (
    key: (row: DimRow) => string | null,
    name: (id: string | null) => string,
    order: 'name' | 'none',
  ) => {
    const map = new Map<string, BreakdownRow>()
    for (const row of allDims) {
      const id = key(row)
      const mapKey = id ?? ''
      let out = map.get(mapKey)
      if (!out) {
        out = { key: mapKey, name: name(id), qty: 0, netSales: 0, cost: 0, grossProfit: 0 }
        map.set(mapKey, out)
      }
      out.qty += Number(row.qty)
      out.netSales += Number(row.net)
      out.cost = (out.cost ?? 0) + Number(row.cost)
    }
    const rows: BreakdownRow[] = []
    for (const row of map.values()) {
      if (row.qty === 0 && row.netSales === 0 && row.cost === 0) continue
      row.grossProfit = seesCost ? row.netSales - (row.cost ?? 0) : null
      if (!seesCost) row.cost = null
      rows.push(row)
    }
    return order === 'name'
      ? rows.sort((a, b) => b.netSales - a.netSales || a.name.localeCompare(b.name))
      : rows
  }
  const byKey = (a: BreakdownRow, b: BreakdownRow) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
  const bestNet = (a: BreakdownRow, b: BreakdownRow) => b.netSales - a.netSales || byKey(a, b)
  const nameOf = (map: Map<string, string>) => (id: string | null) =>
    id === null ? '' : (map.get(id) ?? id)
  // Unsorted: the screen needs only the best few hundred, picked without sorting them all.
  const allProducts = rollup(
    (r) => r.product_id,
    () => '',
    'none',
  )
  const byCategory = rollup((r) => r.category_id, nameOf(names.categories), 'name')
  const byWorkshop = rollup((r) => r.workshop_id, nameOf(names.workshops), 'name')
  /** Cashier and location rows count sales (qty) and carry no cost: see PeopleRow. */
  const rollPeople = (key: (row: PeopleRow) => string, name: (id: string) => string) => {
    const map = new Map<string, BreakdownRow>()
    for (const row of [...people, ...returnPeople.rows]) {
      const id = key(row)
      const out = map.get(id) ?? {
        key: id,
        name: name(id),
        qty: 0,
        netSales: 0,
        cost: null,
        grossProfit: null,
      }
      out.qty += Number(row.n)
      out.netSales += Number(row.net)
      map.set(id, out)
    }
    return [...map.values()]
      .filter((row) => row.qty !== 0 || row.netSales !== 0)
      .sort((a, b) => b.netSales - a.netSales || a.name.localeCompare(b.name))
  }
  const byCashier = rollPeople((r) => r.user_id, (id) => names.users.get(id) ?? id)
  const byLocation = rollPeople((r) => r.location_id, (id) => names.locations.get(id) ?? id)
  const cost = allProducts.reduce((s, r) => s + Number(r.cost ?? 0), 0)
  const lineNet = allProducts.reduce((s, r) => s + r.netSales, 0)
  // The screen shows the best-selling products; an export asks for all of them. Names are
  // read only for the rows kept.
  const top = smallest(allProducts, TOP, (a, b) => b.qty - a.qty || bestNet(a, b))
  const kept =
    productLimit === null
      ? allProducts.sort(bestNet)
      : smallest(allProducts, productLimit, bestNet)
  const named = await productNamesOf(db, [...kept, ...top].map((r) => r.key))
  const withName = (row: BreakdownRow): ProductRow => ({
    ...row,
    name: named.get(row.key)?.name ?? row.key,
    sku: named.get(row.key)?.sku ?? '',
  })
  const byProduct = kept.map(withName)

  const refundsBy = new Map(refundMethods.rows.map((r) => [`${r.name}|${r.kind}`, Number(r.amount)]))
  const paidBy = new Map<string, { name: string; kind: 'cash' | 'noncash'; amount: number; n: number }>()
  for (const r of methodRows.rows) {
    const key = `${r.name}|${r.kind}`
    const out = paidBy.get(key) ?? { name: r.name, kind: r.kind, amount: 0, n: 0 }
    out.amount += Number(r.amount)
    out.n += Number(r.n)
    paidBy.set(key, out)
  }
  const byMethod: MethodRow[] = [...paidBy.values()].filter((r) => r.n !== 0).map((r) => {
    const refunds = refundsBy.get(`${r.name}|${r.kind}`) ?? 0
    refundsBy.delete(`${r.name}|${r.kind}`)
    return {
      key: `${r.name}|${r.kind}`,
      name: r.name,
      kind: r.kind,
      amount: Number(r.amount) - refunds,
      refunds,
      count: Number(r.n),
    }
  })
  // A method used only to refund in this period still shows, with its negative amount.
  for (const [key, refunds] of refundsBy) {
    const [name = '', kind = 'cash'] = key.split('|')
    byMethod.push({
      key,
      name,
      kind: kind as 'cash' | 'noncash',
      amount: -refunds,
      refunds,
      count: 0,
    })
  }
  byMethod.sort((a, b) => b.amount - a.amount)

  const topSellers = top.map(withName)
  const slowSellers = await slowMovers(db, query.locationId, allProducts)

  return {
    period: { from: query.from, to: query.to },
    seesCost,
    summary,
    cost: seesCost ? cost : null,
    // Line nets less line costs: cash rounding is not a product's profit.
    grossProfit: seesCost ? lineNet - cost : null,
    byDay,
    byProduct,
    productCount: allProducts.length,
    byCategory,
    byWorkshop,
    byCashier,
    byLocation,
    byMethod,
    topSellers,
    slowSellers,
  }
}

interface DimRow {
  product_id: string
  category_id: string | null
  workshop_id: string | null
  qty: number
  net: number
  cost: number
}

/** One row of report_sales_daily, as the schema declares it. */
type DailyRow = ReportSalesDailyTable

/** Per cashier and location: `n` sales, `net` = Σ (subtotal − cart discount) less returns. */
interface PeopleRow {
  user_id: string
  location_id: string
  n: number
  net: number
}

async function dimensionNames(db: Kysely<Database>) {
  const [categories, workshops, users, locations] = await Promise.all([
    db.selectFrom('categories').select(['id', 'name']).execute(),
    db.selectFrom('workshops').select(['id', 'name']).execute(),
    db.selectFrom('users').select(['id', 'name']).execute(),
    db.selectFrom('locations').select(['id', 'name']).execute(),
  ])
  const map = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.id, r.name]))
  return {
    categories: map(categories),
    workshops: map(workshops),
    users: map(users),
    locations: map(locations),
  }
}

async function productNamesOf(db: Kysely<Database>, ids: string[]) {
  const names = new Map<string, { name: string; sku: string }>()
  const unique = [...new Set(ids)]
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await db
      .selectFrom('products')
      .select(['id', 'name', 'sku'])
      .where('id', 'in', unique.slice(i, i + 500))
      .execute()
    for (const row of rows) names.set(row.id, { name: row.name, sku: row.sku })
  }
  return names
}

/**
 * Active products with stock on hand that sold least in the period (none at all first, then
 * most stock first). With a large catalogue most stocked products sold nothing, so the answer
 * is usually among those with the most stock: the stocked products are read in that order,
 * a few hundred at a time, until enough unsold ones are found (or all were read). Products
 * with more returned than sold in the period (negative quantity) rank first and are always
 * looked up. Names are read for the few candidates only.
 */
async function slowMovers(
  db: Kysely<Database>,
  locationId: string | null,
  sold: BreakdownRow[],
): Promise<SlowSellerRow[]> {
  const wanted = TOP * 5
  const qtyOf = new Map(sold.map((row) => [row.key, row.qty]))
  const atLocation = locationId ? sql`where location_id = ${locationId}` : sql``
  const stockOf = (limit: number) => sql<{ product_id: string; on_hand: number }>`
    select product_id, sum(on_hand) as on_hand from stock_levels ${atLocation}
    group by product_id having sum(on_hand) > 0
    order by sum(on_hand) desc, product_id limit ${limit}`.execute(db)
  let stocked: { product_id: string; on_hand: number }[] = []
  for (let limit = 500; ; limit *= 8) {
    stocked = (await stockOf(limit)).rows
    const unsold = stocked.filter((p) => (qtyOf.get(p.product_id) ?? 0) === 0).length
    if (unsold >= wanted || stocked.length < limit) break
  }
  const negative = sold.filter((row) => row.qty < 0).map((row) => row.key)
  if (negative.length > 0) {
    const returned = await sql<{ product_id: string; on_hand: number }>`
      select product_id, sum(on_hand) as on_hand from stock_levels
      where product_id in (${sql.join(negative)})
      ${locationId ? sql`and location_id = ${locationId}` : sql``}
      group by product_id having sum(on_hand) > 0`.execute(db)
    const seen = new Set(stocked.map((p) => p.product_id))
    stocked.push(...returned.rows.filter((p) => !seen.has(p.product_id)))
  }
  const candidates = smallest(
    stocked.map((p) => ({
      key: p.product_id,
      qty: qtyOf.get(p.product_id) ?? 0,
      onHand: Number(p.on_hand),
    })),
    wanted,
    (a, b) => a.qty - b.qty || b.onHand - a.onHand || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  )
  const products = await db
    .selectFrom('products')
    .select(['id', 'name', 'sku'])
    .where('active', '=', 1)
    .where('id', 'in', candidates.length > 0 ? candidates.map((c) => c.key) : [''])
    .execute()
  const byId = new Map(products.map((p) => [p.id, p]))
  return candidates
    .filter((c) => byId.has(c.key))
    .slice(0, TOP)
    .map((c) => ({ ...c, name: byId.get(c.key)?.name ?? '', sku: byId.get(c.key)?.sku ?? '' }))
}

/**
 * The `k` first items in `compare` order, sorted, without sorting them all: a report picks
 * ten of a hundred thousand products.
 */
export function smallest<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = []
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1]!) >= 0) continue
    let low = 0
    let high = kept.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (compare(kept[mid]!, item) <= 0) low = mid + 1
      else high = mid
    }
    kept.splice(low, 0, item)
    if (kept.length > k) kept.pop()
  }
  return kept
}
