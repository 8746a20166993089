// The derived tables recomputed from the ledgers in JavaScript — business days and months in
// WIB by Date arithmetic, not SQLite's date() — so a backfill or trigger that is wrong cannot
// agree with itself. Each function returns "key → sums" for comparison with the stored table,
// where a stored row whose sums are all zero (a day whose sales were all voided) is absent.
import type BetterSqlite3 from 'better-sqlite3'

type Sums = Map<string, number[]>

const WIB_MS = 7 * 3_600_000
const dayOf = (ms: number) => new Date(ms + WIB_MS).toISOString().slice(0, 10)
const monthOf = (ms: number) => dayOf(ms).slice(0, 7)

function add(map: Sums, key: string, values: number[]): void {
  const row = map.get(key) ?? values.map(() => 0)
  values.forEach((v, i) => (row[i]! += v))
  map.set(key, row)
}

interface Sale {
  id: string
  location_id: string
  user_id: string
  subtotal: number
  cart_discount: number
  rounding: number
  created_at: number
}
interface Line {
  sale_id: string
  product_id: string
  category_id: string | null
  workshop_id: string | null
  qty: number
  line_total: number
  line_discount: number
  net_total: number
  unit_cost: number
  created_at: number
}

function ledgers(raw: BetterSqlite3.Database) {
  const voided = new Set(raw.prepare('select sale_id from sale_voids').pluck().all() as string[])
  const sales = new Map(
    (raw.prepare('select * from sales').all() as Sale[])
      .filter((s) => !voided.has(s.id))
      .map((s) => [s.id, s]),
  )
  const lines = (raw.prepare('select * from sale_lines').all() as Line[]).filter((l) =>
    sales.has(l.sale_id),
  )
  return { sales, lines }
}

/** report_sales_daily: per WIB day, location and cashier. */
export function salesDaily(raw: BetterSqlite3.Database): Sums {
  const { sales, lines } = ledgers(raw)
  const out: Sums = new Map()
  for (const s of sales.values()) {
    add(out, `${dayOf(s.created_at)}|${s.location_id}|${s.user_id}`, [
      1,
      s.cart_discount,
      s.rounding,
      s.subtotal,
      0,
      0,
    ])
  }
  for (const l of lines) {
    const s = sales.get(l.sale_id)!
    add(out, `${dayOf(l.created_at)}|${s.location_id}|${s.user_id}`, [
      0,
      0,
      0,
      0,
      l.line_total + l.line_discount,
      l.line_discount,
    ])
  }
  return out
}

/** report_payments_daily: per WIB day, location, method name and kind. */
export function paymentsDaily(raw: BetterSqlite3.Database): Sums {
  const { sales } = ledgers(raw)
  const out: Sums = new Map()
  const payments = raw.prepare('select * from payments').all() as Array<{
    sale_id: string
    method_name: string
    kind: string
    amount: number
    created_at: number
  }>
  for (const p of payments) {
    const s = sales.get(p.sale_id)
    if (s)
      add(out, `${dayOf(p.created_at)}|${s.location_id}|${p.method_name}|${p.kind}`, [1, p.amount])
  }
  return out
}

/** report_workshops_daily: per WIB day, location and workshop ('' for none). */
export function workshopsDaily(raw: BetterSqlite3.Database): Sums {
  const { sales, lines } = ledgers(raw)
  const out: Sums = new Map()
  for (const l of lines) {
    const s = sales.get(l.sale_id)!
    add(out, `${dayOf(l.created_at)}|${s.location_id}|${l.workshop_id ?? ''}`, [
      l.qty,
      l.net_total,
      l.qty * l.unit_cost,
    ])
  }
  return out
}

/** report_products_monthly: per WIB month, product, category, workshop and location. */
export function productsMonthly(raw: BetterSqlite3.Database): Sums {
  const { sales, lines } = ledgers(raw)
  const out: Sums = new Map()
  for (const l of lines) {
    const s = sales.get(l.sale_id)!
    const key = [
      monthOf(l.created_at),
      l.product_id,
      l.category_id ?? '',
      l.workshop_id ?? '',
      s.location_id,
    ].join('|')
    add(out, key, [l.qty, l.net_total, l.qty * l.unit_cost])
  }
  return out
}

/**
 * stock_value_totals: on hand from the MOVEMENTS (not the cached levels), valued at each
 * product's current cost, per location, category and workshop.
 */
export function stockValueTotals(raw: BetterSqlite3.Database): Sums {
  const products = new Map(
    (
      raw.prepare('select id, cost, category_id, workshop_id from products').all() as Array<{
        id: string
        cost: number
        category_id: string | null
        workshop_id: string | null
      }>
    ).map((p) => [p.id, p]),
  )
  const out: Sums = new Map()
  const movements = raw
    .prepare('select product_id, location_id, qty from stock_movements')
    .all() as Array<{ product_id: string; location_id: string; qty: number }>
  for (const m of movements) {
    const p = products.get(m.product_id)!
    add(out, `${m.location_id}|${p.category_id ?? ''}|${p.workshop_id ?? ''}`, [
      m.qty,
      m.qty * p.cost,
    ])
  }
  return out
}

/** A stored table as "key → sums", keyed by `keys` and summed over `values`. */
export function stored(
  raw: BetterSqlite3.Database,
  table: string,
  keys: string[],
  values: string[],
): Sums {
  const rows = raw
    .prepare(`select ${[...keys, ...values].join(', ')} from ${table}`)
    .raw()
    .all() as Array<Array<string | number>>
  return new Map(
    rows.map((r) => [r.slice(0, keys.length).join('|'), r.slice(keys.length) as number[]]),
  )
}

/** Both sides without all-zero rows, sorted, for a readable toEqual diff. */
export function comparable(sums: Sums): Array<[string, number[]]> {
  return [...sums]
    .filter(([, v]) => v.some((x) => x !== 0))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}
