import type { PnbpDepositDto } from '../../../shared/reports/reports-dto'
import type { WorkshopSlice } from '../../../shared/reports/split'
import { sql, type Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import type { HasilKerjaParts } from '../reports/hasil-kerja-report'
import { businessDate, monthRange, periodBounds } from '../reports/report-period'

// Other tills' part of hasil kerja and PNBP, read from what the last sync brought down into
// hub_rows: sales, lines, voids and returns at the locations the hub shares with this till,
// and every till's PNBP register (hub schema v4). The same figures the single-till report
// reads from its rollups, in the same shape (HasilKerjaParts, WorkshopSlice), so the split
// itself stays the one in shared/reports/split.ts. Rows are JSON as the hub admitted them;
// each query reads one table's rows in the period and the joins happen here, in one pass.

const createdAt = sql<number>`cast(json_extract(data, '$.created_at') as integer)`

/** Another till's workshop id in this till's terms (the same shared id, migration 0021). */
async function workshopIds(db: Kysely<Database>): Promise<(id: string | null) => string | null> {
  const rows = await db.selectFrom('workshops').select(['id', 'shared_id']).execute()
  const local = new Map(rows.map((w) => [w.shared_id ?? w.id, w.id]))
  return (id) => (id === null ? null : (local.get(id) ?? id))
}

/** hub_rows of one table created in [start, end), at one location (the hub's key) or all. */
async function rowsIn<T>(
  db: Kysely<Database>,
  table: string,
  columns: readonly string[],
  bounds: { start: number; end: number },
  locationKey: string | null,
): Promise<(T & { device_id: string; row_id: string })[]> {
  const picks = columns.map((c) => sql`json_extract(data, ${`$.${c}`}) as ${sql.ref(c)}`)
  const { rows } = await sql<T & { device_id: string; row_id: string }>`
    select device_id, row_id, ${sql.join(picks)} from hub_rows
    where table_name = ${table} and ${createdAt} >= ${bounds.start} and ${createdAt} < ${bounds.end}
    ${locationKey === null ? sql`` : sql`and location_id = ${locationKey}`}`.execute(db)
  return rows
}

async function voidedSales(db: Kysely<Database>): Promise<Set<string>> {
  const { rows } = await sql<{ device_id: string; sale_id: string }>`
    select device_id, json_extract(data, '$.sale_id') as sale_id from hub_rows
    where table_name = 'sale_voids'`.execute(db)
  return new Set(rows.map((r) => `${r.device_id}|${r.sale_id}`))
}

/**
 * Other tills' sales and returns of the days `from`…`to` as slices per booking month, workshop
 * and rule date, attributed as the single-till report does (electron/services/reports/
 * hasil-kerja-report.ts): voided sales nowhere; a return in its own month, by its sale line's
 * day, workshop and recorded cost.
 */
export async function otherTillsSlices(
  db: Kysely<Database>,
  from: string,
  to: string,
  locationKey: string | null,
): Promise<{ month: string; slice: WorkshopSlice }[]> {
  const bounds = periodBounds(from, to)
  const [voided, toLocal, lines, returned] = await Promise.all([
    voidedSales(db),
    workshopIds(db),
    rowsIn<{
      sale_id: string
      created_at: number
      qty: number
      net_total: number
      unit_cost: number
      workshop_id: string | null
    }>(
      db,
      'sale_lines',
      ['sale_id', 'created_at', 'qty', 'net_total', 'unit_cost', 'workshop_id'],
      bounds,
      locationKey,
    ),
    sql<{
      rc: number
      qty: number
      amount: number
      workshop_id: string | null
      lc: number
      unit_cost: number
    }>`
      select cast(json_extract(rl.data, '$.created_at') as integer) as rc,
             json_extract(rl.data, '$.qty') as qty, json_extract(rl.data, '$.amount') as amount,
             json_extract(l.data, '$.workshop_id') as workshop_id,
             cast(json_extract(l.data, '$.created_at') as integer) as lc,
             json_extract(l.data, '$.unit_cost') as unit_cost
      from hub_rows rl
      join hub_rows l on l.table_name = 'sale_lines' and l.device_id = rl.device_id
                     and l.row_id = json_extract(rl.data, '$.sale_line_id')
      where rl.table_name = 'return_lines'
        and cast(json_extract(rl.data, '$.created_at') as integer) >= ${bounds.start}
        and cast(json_extract(rl.data, '$.created_at') as integer) < ${bounds.end}
        ${locationKey === null ? sql`` : sql`and rl.location_id = ${locationKey}`}`.execute(db),
  ])
  const slices = new Map<string, { month: string; slice: WorkshopSlice }>()
  const add = (
    month: string,
    workshopId: string | null,
    day: string,
    s: Partial<WorkshopSlice>,
  ) => {
    const key = `${month}|${workshopId ?? ''}|${day}`
    const entry = slices.get(key) ?? {
      month,
      slice: { workshopId, ruleDate: day, qty: 0, netSales: 0, cost: 0 },
    }
    entry.slice.qty += s.qty ?? 0
    entry.slice.netSales += s.netSales ?? 0
    entry.slice.cost += s.cost ?? 0
    slices.set(key, entry)
  }
  for (const l of lines) {
    if (voided.has(`${l.device_id}|${l.sale_id}`)) continue
    const day = businessDate(Number(l.created_at))
    add(day.slice(0, 7), toLocal(l.workshop_id), day, {
      qty: Number(l.qty),
      netSales: Number(l.net_total),
      cost: Number(l.qty) * Number(l.unit_cost),
    })
  }
  for (const r of returned.rows) {
    add(
      businessDate(Number(r.rc)).slice(0, 7),
      toLocal(r.workshop_id),
      businessDate(Number(r.lc)),
      {
        qty: -Number(r.qty),
        netSales: -Number(r.amount),
        cost: -Number(r.qty) * Number(r.unit_cost),
      },
    )
  }
  return [...slices.values()]
}

/** Other tills' part of a month's hasil kerja (see HasilKerjaParts). */
export async function otherTillsMonthParts(
  db: Kysely<Database>,
  month: string,
  locationKey: string | null,
): Promise<HasilKerjaParts> {
  const range = monthRange(month)
  const bounds = periodBounds(range.from, range.to)
  const [slices, voided, sales, returns, returnLines] = await Promise.all([
    otherTillsSlices(db, range.from, range.to, locationKey),
    voidedSales(db),
    rowsIn<{ created_at: number; rounding: number }>(
      db,
      'sales',
      ['created_at', 'rounding'],
      bounds,
      locationKey,
    ),
    rowsIn<{ refund_total: number }>(db, 'returns', ['refund_total'], bounds, locationKey),
    sql<{ device_id: string; return_id: string; amount: number }>`
      select device_id, json_extract(data, '$.return_id') as return_id,
             json_extract(data, '$.amount') as amount
      from hub_rows where table_name = 'return_lines'`.execute(db),
  ])
  const days = new Map<string, { n: number; r: number }>()
  for (const s of sales) {
    if (voided.has(`${s.device_id}|${s.row_id}`)) continue
    const day = businessDate(Number(s.created_at))
    const sum = days.get(day) ?? { n: 0, r: 0 }
    days.set(day, { n: sum.n + 1, r: sum.r + Number(s.rounding) })
  }
  const lineAmounts = new Map<string, number>()
  for (const l of returnLines.rows) {
    const key = `${l.device_id}|${l.return_id}`
    lineAmounts.set(key, (lineAmounts.get(key) ?? 0) + Number(l.amount))
  }
  const returnRounding = returns.reduce(
    (sum, r) => sum + Number(r.refund_total) - (lineAmounts.get(`${r.device_id}|${r.row_id}`) ?? 0),
    0,
  )
  return { slices, days: [...days].map(([day, d]) => ({ day, ...d })), returnRounding }
}

/** Other tills' PNBP deposits dated in `year`, with their cancellations, as the hub sent them. */
export async function otherTillsDeposits(
  db: Kysely<Database>,
  year: number,
): Promise<PnbpDepositDto[]> {
  const users = await db.selectFrom('users').select(['id', 'shared_id', 'name']).execute()
  const nameOf = new Map(users.flatMap((u) => [[u.shared_id ?? u.id, u.name] as const]))
  for (const u of users) nameOf.set(u.id, u.name)
  const { rows } = await sql<{ table_name: string; data: string }>`
    select table_name, data from hub_rows
    where table_name in ('pnbp_deposits', 'pnbp_deposit_cancellations')
    order by device_id, seq`.execute(db)
  const cancellations = new Map<string, { reason: string; by: string; at: number }>()
  const deposits: PnbpDepositDto[] = []
  for (const row of rows) {
    const d = JSON.parse(row.data) as Record<string, string | number | null>
    if (row.table_name === 'pnbp_deposit_cancellations') {
      cancellations.set(String(d.deposit_id), {
        reason: String(d.reason),
        by: nameOf.get(String(d.user_id)) ?? '',
        at: Number(d.created_at),
      })
      continue
    }
    const date = String(d.deposit_date)
    if (!date.startsWith(`${year}-`)) continue
    deposits.push({
      id: String(d.id),
      date,
      amount: Number(d.amount),
      billingCode: String(d.billing_code),
      ntpn: String(d.ntpn),
      note: d.note === null ? null : String(d.note),
      createdBy: nameOf.get(String(d.user_id)) ?? '',
      cancelled: null,
    })
  }
  return deposits.map((deposit) => ({
    ...deposit,
    cancelled: cancellations.get(deposit.id) ?? null,
  }))
}

/** Other tills' PNBP targets for `year`: amount and when each was set. */
export async function otherTillsTargets(
  db: Kysely<Database>,
  year: number,
): Promise<{ amount: number; createdAt: number; id: string }[]> {
  const { rows } = await sql<{ id: string; amount: number; created_at: number }>`
    select row_id as id, json_extract(data, '$.amount') as amount,
           json_extract(data, '$.created_at') as created_at
    from hub_rows
    where table_name = 'pnbp_targets' and json_extract(data, '$.year') = ${year}`.execute(db)
  return rows.map((r) => ({ id: r.id, amount: Number(r.amount), createdAt: Number(r.created_at) }))
}
