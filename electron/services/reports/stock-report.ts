import { sql, type Kysely } from 'kysely'
import type { CountVariancesDto, StockValuationDto } from '../../../shared/reports/reports-dto'
import type { Database } from '../../db/schema'
import { periodBounds, sqlDay } from './report-period'

/**
 * Stock on hand valued at cost. The cost is each product's current cost price
 * (`products.cost`): the same figure every movement snapshots when it is posted, and the one
 * a stock card multiplies by. No FIFO layers are kept, so today's cost is the honest value.
 * On-hand is `stock_levels`, which the stock ledger keeps equal to the sum of movements.
 */
export async function stockValuation(
  db: Kysely<Database>,
  locationId: string | null,
): Promise<Omit<StockValuationDto, 'locationName'>> {
  const atLocation = locationId ? sql`and k.location_id = ${locationId}` : sql``
  const result = await sql<{
    location_id: string
    location_name: string
    category_id: string | null
    category_name: string | null
    qty: number
    value: number
  }>`
    select k.location_id, lo.name as location_name, p.category_id, c.name as category_name,
           sum(k.on_hand) as qty, sum(k.on_hand * p.cost) as value
    from stock_levels k
    join products p on p.id = k.product_id
    join locations lo on lo.id = k.location_id
    left join categories c on c.id = p.category_id
    where k.on_hand <> 0 ${atLocation}
    group by k.location_id, p.category_id
    order by lo.name, c.name`.execute(db)
  const rows = result.rows.map((r) => ({
    locationId: r.location_id,
    locationName: r.location_name,
    categoryId: r.category_id,
    categoryName: r.category_name,
    qty: Number(r.qty),
    value: Number(r.value),
  }))
  const roll = (key: (r: (typeof rows)[number]) => [string, string]) => {
    const map = new Map<string, { key: string; name: string; qty: number; value: number }>()
    for (const row of rows) {
      const [k, name] = key(row)
      const out = map.get(k) ?? { key: k, name, qty: 0, value: 0 }
      out.qty += row.qty
      out.value += row.value
      map.set(k, out)
    }
    return [...map.values()].sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
  }
  return {
    rows,
    byLocation: roll((r) => [r.locationId, r.locationName]),
    byCategory: roll((r) => [r.categoryId ?? '', r.categoryName ?? '']),
    totals: {
      qty: rows.reduce((s, r) => s + r.qty, 0),
      value: rows.reduce((s, r) => s + r.value, 0),
    },
  }
}

/** Count adjustments posted in the period, valued at the cost snapshot on each movement. */
export async function countVariances(
  db: Kysely<Database>,
  query: { from: string; to: string; locationId: string | null },
): Promise<Omit<CountVariancesDto, 'locationName'>> {
  const { start, end } = periodBounds(query.from, query.to)
  const atLocation = query.locationId ? sql`and m.location_id = ${query.locationId}` : sql``
  const result = await sql<{
    id: string
    day: string
    product_name: string
    sku: string
    location_name: string
    qty: number
    unit_cost: number
    note: string | null
  }>`
    select m.id, ${sqlDay('m.created_at')} as day, p.name as product_name, p.sku,
           lo.name as location_name, m.qty, m.unit_cost, m.note
    from stock_movements m
    join products p on p.id = m.product_id
    join locations lo on lo.id = m.location_id
    where m.reason = 'count_adjustment' and m.created_at >= ${start} and m.created_at < ${end}
      ${atLocation}
    order by m.created_at, p.name`.execute(db)
  const rows = result.rows.map((r) => ({
    id: r.id,
    date: r.day,
    productName: r.product_name,
    sku: r.sku,
    locationName: r.location_name,
    qty: r.qty,
    value: r.qty * r.unit_cost,
    note: r.note,
  }))
  const gain = rows.filter((r) => r.qty > 0).reduce((s, r) => s + r.qty, 0)
  const loss = rows.filter((r) => r.qty < 0).reduce((s, r) => s - r.qty, 0)
  return {
    period: { from: query.from, to: query.to },
    rows,
    totals: { gain, loss, net: gain - loss, value: rows.reduce((s, r) => s + r.value, 0) },
  }
}
