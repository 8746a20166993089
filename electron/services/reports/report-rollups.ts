import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { sqlDay, sqlMonth } from './report-period'

export interface RollupMismatch {
  table:
    | 'report_sales_daily'
    | 'report_payments_daily'
    | 'report_workshops_daily'
    | 'report_products_monthly'
  key: string
  stored: string
  recomputed: string
}

const notVoided = (saleId: string) =>
  sql`not exists (select 1 from sale_voids v where v.sale_id = ${sql.ref(saleId)})`

/**
 * Recomputes the daily rollups (migration 0008) from the ledgers — sales, lines and payments
 * of sales that are not voided — and lists every day whose stored sums differ. Empty when
 * the triggers kept them exact. Rows whose sums are all zero (a day whose sales were all
 * voided) count as absent.
 */
export async function verifyReportRollups(db: Kysely<Database>): Promise<RollupMismatch[]> {
  const [
    stored,
    sales,
    lines,
    storedPayments,
    payments,
    storedWorkshops,
    workshops,
    storedProducts,
    products,
  ] = await Promise.all([
    sql<{ key: string; v: string }>`
      select day || '|' || location_id || '|' || user_id as key,
             sales || '|' || cart_discount || '|' || rounding || '|' || subtotal || '|' ||
             gross || '|' || line_discount as v
      from report_sales_daily`.execute(db),
    sql<{ key: string; n: number; cart: number; rounding: number; subtotal: number }>`
      select ${sqlDay('s.created_at')} || '|' || s.location_id || '|' || s.user_id as key,
             count(*) as n, sum(s.cart_discount) as cart, sum(s.rounding) as rounding,
             sum(s.subtotal) as subtotal
      from sales s where ${notVoided('s.id')} group by 1`.execute(db),
    sql<{ key: string; gross: number; discount: number }>`
      select ${sqlDay('l.created_at')} || '|' || s.location_id || '|' || s.user_id as key,
             sum(l.line_total + l.line_discount) as gross, sum(l.line_discount) as discount
      from sale_lines l join sales s on s.id = l.sale_id
      where ${notVoided('l.sale_id')} group by 1`.execute(db),
    sql<{ key: string; v: string }>`
      select day || '|' || location_id || '|' || method_name || '|' || kind as key,
             payments || '|' || amount as v
      from report_payments_daily`.execute(db),
    sql<{ key: string; v: string }>`
      select ${sqlDay('p.created_at')} || '|' || s.location_id || '|' || p.method_name || '|' ||
             p.kind as key, count(*) || '|' || sum(p.amount) as v
      from payments p join sales s on s.id = p.sale_id
      where ${notVoided('p.sale_id')} group by 1`.execute(db),
    sql<{ key: string; v: string }>`
      select day || '|' || location_id || '|' || workshop_id as key,
             qty || '|' || net || '|' || cost as v
      from report_workshops_daily`.execute(db),
    sql<{ key: string; v: string }>`
      select ${sqlDay('l.created_at')} || '|' || s.location_id || '|' ||
             coalesce(l.workshop_id, '') as key,
             sum(l.qty) || '|' || sum(l.net_total) || '|' || sum(l.qty * l.unit_cost) as v
      from sale_lines l join sales s on s.id = l.sale_id
      where ${notVoided('l.sale_id')} group by 1`.execute(db),
    sql<{ key: string; v: string }>`
      select month || '|' || product_id || '|' || category_id || '|' || workshop_id || '|' ||
             location_id as key, qty || '|' || net || '|' || cost as v
      from report_products_monthly`.execute(db),
    sql<{ key: string; v: string }>`
      select ${sqlMonth('l.created_at')} || '|' || l.product_id || '|' ||
             coalesce(l.category_id, '') || '|' || coalesce(l.workshop_id, '') || '|' ||
             s.location_id as key,
             sum(l.qty) || '|' || sum(l.net_total) || '|' || sum(l.qty * l.unit_cost) as v
      from sale_lines l join sales s on s.id = l.sale_id
      where ${notVoided('l.sale_id')} group by 1`.execute(db),
  ])
  const expected = new Map<string, number[]>()
  const at = (key: string) => {
    let row = expected.get(key)
    if (!row) expected.set(key, (row = [0, 0, 0, 0, 0, 0]))
    return row
  }
  for (const r of sales.rows) {
    const row = at(r.key)
    row[0] = r.n
    row[1] = r.cart
    row[2] = r.rounding
    row[3] = r.subtotal
  }
  for (const r of lines.rows) {
    const row = at(r.key)
    row[4] = r.gross
    row[5] = r.discount
  }
  return [
    ...compare(
      'report_sales_daily',
      stored.rows,
      new Map([...expected].map(([key, row]) => [key, row.join('|')])),
    ),
    ...compare(
      'report_payments_daily',
      storedPayments.rows,
      new Map(payments.rows.map((r) => [r.key, r.v])),
    ),
    ...compare(
      'report_workshops_daily',
      storedWorkshops.rows,
      new Map(workshops.rows.map((r) => [r.key, r.v])),
    ),
    ...compare(
      'report_products_monthly',
      storedProducts.rows,
      new Map(products.rows.map((r) => [r.key, r.v])),
    ),
  ]
}

function compare(
  table: RollupMismatch['table'],
  stored: { key: string; v: string }[],
  expected: Map<string, string>,
): RollupMismatch[] {
  const zero = (v: string) => v.split('|').every((x) => x === '0')
  const out: RollupMismatch[] = []
  const seen = new Set<string>()
  for (const row of stored) {
    seen.add(row.key)
    const want = expected.get(row.key)
    if (want === undefined ? !zero(row.v) : want !== row.v) {
      out.push({ table, key: row.key, stored: row.v, recomputed: want ?? '(none)' })
    }
  }
  for (const [key, want] of expected) {
    if (!seen.has(key) && !zero(want)) {
      out.push({ table, key, stored: '(none)', recomputed: want })
    }
  }
  return out
}
