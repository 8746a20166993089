import { sql, type Kysely } from 'kysely'
import type {
  HasilKerjaDto,
  PnbpDepositDto,
  PnbpYearDto,
} from '../../../shared/reports/reports-dto'
import { splitWorkshops, type SplitRule, type WorkshopSlice } from '../../../shared/reports/split'
import type { Database } from '../../db/schema'
import { monthRange, periodBounds, sqlDay, sqlMonth } from './report-period'

/**
 * The monthly hasil kerja report. Attribution, documented because money follows it:
 * - A sale is split by the rule valid on the sale's business day (per workshop, else default).
 * - A return is booked in the month it happens (a closed month never changes), but split by
 *   the rule that applied to the original sale, so it takes back exactly the kind of share
 *   that sale gave. Its amount is the refunded line share; its cost, the units × the cost
 *   recorded on the sale line.
 * - Voided sales count nowhere. Cash rounding belongs to no workshop: shown apart.
 */
export async function hasilKerjaReport(
  db: Kysely<Database>,
  input: { month: string; locationId: string | null },
  seesCost: boolean,
  today: string,
): Promise<Omit<HasilKerjaDto, 'locationName'>> {
  const parts = await tillMonthParts(db, input.month, input.locationId)
  return shapeHasilKerja(db, input.month, [parts], seesCost, today)
}

/**
 * What one source (this till's ledgers, or other tills' rows as the hub sent them) adds to a
 * month's hasil kerja, before any split: slices per workshop and rule date, sales and cash
 * rounding per business day, and the rounding given back with returns.
 */
export interface HasilKerjaParts {
  slices: { month: string; slice: WorkshopSlice }[]
  /** Per business day: sales not voided and their cash rounding. */
  days: { day: string; n: number; r: number }[]
  /** Refunds beyond the returned lines' amounts (the rounding returns give back). */
  returnRounding: number
}

/** This till's own part of a month, from its rollups and its returns ledger. */
export async function tillMonthParts(
  db: Kysely<Database>,
  month: string,
  locationId: string | null,
): Promise<HasilKerjaParts> {
  const range = monthRange(month)
  const { start, end } = periodBounds(range.from, range.to)
  const atLocation = locationId ? sql`and s.location_id = ${locationId}` : sql``
  // Sales per day from the daily rollup, which already leaves voided sales out.
  const [slices, salesDays, returnRounding] = await Promise.all([
    workshopSlices(db, range.from, range.to, locationId),
    sql<{ day: string; n: number; r: number }>`
      select day, sum(sales) as n, sum(rounding) as r from report_sales_daily
      where day >= ${range.from} and day <= ${range.to}
      ${locationId ? sql`and location_id = ${locationId}` : sql``}
      group by day order by day`.execute(db),
    sql<{ r: number | null }>`
      select sum(r.refund_total - (select coalesce(sum(rl.amount), 0) from return_lines rl
                                   where rl.return_id = r.id)) as r
      from returns r join sales s on s.id = r.sale_id
      where r.created_at >= ${start} and r.created_at < ${end} ${atLocation}`.execute(db),
  ])
  return {
    slices,
    days: salesDays.rows.map((d) => ({ day: d.day, n: Number(d.n), r: Number(d.r) })),
    returnRounding: Number(returnRounding.rows[0]?.r ?? 0),
  }
}

/**
 * The month's report from the parts of one or more sources: the slices of every source are
 * split together (once per workshop and rule, as for one till), with this till's split rules
 * and workshop names. One till's report is this with one part; the hub scope, with two.
 */
export async function shapeHasilKerja(
  db: Kysely<Database>,
  month: string,
  parts: readonly HasilKerjaParts[],
  seesCost: boolean,
  today: string,
): Promise<Omit<HasilKerjaDto, 'locationName'>> {
  const range = monthRange(month)
  const rules = await loadRules(db)
  const { rows, totals } = splitWorkshops(
    parts.flatMap((p) => p.slices.map((s) => s.slice)),
    rules,
  )
  const workshopNames = new Map(
    (await db.selectFrom('workshops').select(['id', 'name']).execute()).map((w) => [w.id, w.name]),
  )
  const byDay = new Map<string, { n: number; r: number }>()
  for (const d of parts.flatMap((p) => p.days)) {
    const sum = byDay.get(d.day) ?? { n: 0, r: 0 }
    byDay.set(d.day, { n: sum.n + d.n, r: sum.r + d.r })
  }
  const days = [...byDay].sort(([a], [b]) => a.localeCompare(b))
  const rounding = days.reduce((sum, [, d]) => sum + d.r, 0)
  const returnRounding = parts.reduce((sum, p) => sum + p.returnRounding, 0)

  const hide = (value: number) => (seesCost ? value : null)
  const daysElapsed =
    today < range.from ? 0 : today > range.to ? range.days : Number(today.slice(8, 10))
  return {
    month,
    period: { from: range.from, to: range.to },
    seesCost,
    rows: rows
      // A workshop whose only sales were voided nets to nothing: no row.
      .filter((row) => row.qty !== 0 || row.netSales !== 0 || row.cost !== 0)
      .map((row) => ({
        workshopId: row.workshopId,
        workshopName: row.workshopId === null ? null : (workshopNames.get(row.workshopId) ?? null),
        qty: row.qty,
        netSales: row.netSales,
        cost: hide(row.cost),
        grossProfit: hide(row.grossProfit),
        basis: row.basis,
        premi: row.premi,
        pnbp: row.pnbp,
        modal: row.modal,
        unsplit: row.unsplit,
        shares: row.byRule,
      }))
      .sort((a, b) => {
        // Named workshops alphabetically; lines without a workshop last.
        if (a.workshopName === null) return 1
        if (b.workshopName === null) return -1
        return a.workshopName.localeCompare(b.workshopName)
      }),
    totals: {
      qty: totals.qty,
      netSales: totals.netSales,
      cost: hide(totals.cost),
      grossProfit: hide(totals.grossProfit),
      basis: totals.basis,
      premi: totals.premi,
      pnbp: totals.pnbp,
      modal: totals.modal,
      unsplit: totals.unsplit,
    },
    rounding: rounding - returnRounding,
    salesDays: days.filter(([, d]) => d.n > 0).map(([day]) => day),
    daysInMonth: range.days,
    daysElapsed,
  }
}

export async function loadRules(db: Kysely<Database>): Promise<SplitRule[]> {
  const rows = await db.selectFrom('split_rules').selectAll().execute()
  return rows.map((r) => ({
    id: r.id,
    workshopId: r.workshop_id,
    validFrom: r.valid_from,
    premiBp: r.premi_bp,
    pnbpBp: r.pnbp_bp,
    modalBp: r.modal_bp,
    basis: r.basis,
    createdAt: r.created_at,
  }))
}

/**
 * Sales and returns of the days `from`…`to` as slices per booking month, workshop and rule
 * date: a month is at most (workshops × days) slices whatever the number of lines. Sales come
 * from the daily workshop rollup (migration 0008; voided sales already out), returns from
 * their own ledger.
 */
export async function workshopSlices(
  db: Kysely<Database>,
  from: string,
  to: string,
  locationId: string | null,
): Promise<{ month: string; slice: WorkshopSlice }[]> {
  const { start, end } = periodBounds(from, to)
  const atLocation = locationId ? sql`and s.location_id = ${locationId}` : sql``
  const [sold, returned] = await Promise.all([
    sql<SliceRow>`
      select substr(day, 1, 7) as month, nullif(workshop_id, '') as workshop_id, day,
             sum(qty) as qty, sum(net) as net, sum(cost) as cost
      from report_workshops_daily
      where day >= ${from} and day <= ${to}
      ${locationId ? sql`and location_id = ${locationId}` : sql``}
      group by 1, 2, 3`.execute(db),
    sql<SliceRow>`
      select ${sqlMonth('rl.created_at')} as month, l.workshop_id as workshop_id,
             ${sqlDay('l.created_at')} as day, -sum(rl.qty) as qty, -sum(rl.amount) as net,
             -sum(rl.qty * l.unit_cost) as cost
      from return_lines rl
      join sale_lines l on l.id = rl.sale_line_id
      join sales s on s.id = l.sale_id
      where rl.created_at >= ${start} and rl.created_at < ${end} ${atLocation}
      group by 1, 2, 3`.execute(db),
  ])
  return [...sold.rows, ...returned.rows].map((r) => ({
    month: r.month,
    slice: {
      workshopId: r.workshop_id,
      ruleDate: r.day,
      qty: Number(r.qty),
      netSales: Number(r.net),
      cost: Number(r.cost),
    },
  }))
}

interface SliceRow {
  month: string
  workshop_id: string | null
  day: string
  qty: number
  net: number
  cost: number
}

/**
 * PNBP due from January to the end of `month` (all locations: the deposit register is the
 * institution's), each month split on its own so the figure equals the sum of the monthly
 * reports; deposits dated in the same span; the year's newest target.
 */
export async function pnbpYearToDate(db: Kysely<Database>, month: string): Promise<PnbpYearDto> {
  const year = Number(month.slice(0, 4))
  const [slices, deposits, target] = await Promise.all([
    workshopSlices(db, `${year}-01-01`, monthRange(month).to, null),
    listDeposits(db, year),
    db
      .selectFrom('pnbp_targets')
      .select('amount')
      .where('year', '=', year)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .executeTakeFirst(),
  ])
  return shapePnbpYear(month, slices, await loadRules(db), deposits, target?.amount ?? null)
}

/**
 * The PNBP year from its parts, whatever their source (one till, or every till the hub
 * knows): what is due, month by month through `month`, and what was deposited by then.
 */
export function shapePnbpYear(
  month: string,
  slices: readonly { month: string; slice: WorkshopSlice }[],
  rules: readonly SplitRule[],
  deposits: PnbpDepositDto[],
  target: number | null,
): PnbpYearDto {
  const year = Number(month.slice(0, 4))
  const byMonth = new Map<string, WorkshopSlice[]>()
  for (const { month: m, slice } of slices) {
    const list = byMonth.get(m) ?? []
    list.push(slice)
    byMonth.set(m, list)
  }
  let dueYtd = 0
  for (const list of byMonth.values()) dueYtd += splitWorkshops(list, rules).totals.pnbp

  const monthEnd = monthRange(month).to
  return {
    year,
    throughMonth: month,
    target,
    dueYtd,
    depositedYtd: deposits
      .filter((d) => d.date <= monthEnd && d.cancelled === null)
      .reduce((s, d) => s + d.amount, 0),
    deposits,
  }
}

export async function listDeposits(db: Kysely<Database>, year: number): Promise<PnbpDepositDto[]> {
  const rows = await db
    .selectFrom('pnbp_deposits as d')
    .innerJoin('users as u', 'u.id', 'd.user_id')
    .leftJoin('pnbp_deposit_cancellations as c', 'c.deposit_id', 'd.id')
    .leftJoin('users as cu', 'cu.id', 'c.user_id')
    .select([
      'c.reason as cancel_reason',
      'c.created_at as cancelled_at',
      'cu.name as cancelled_by',
      'd.id',
      'd.deposit_date',
      'd.amount',
      'd.billing_code',
      'd.ntpn',
      'd.note',
      'u.name as created_by',
    ])
    .where('d.deposit_date', '>=', `${year}-01-01`)
    .where('d.deposit_date', '<=', `${year}-12-31`)
    .orderBy('d.deposit_date')
    .orderBy('d.created_at')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    date: r.deposit_date,
    amount: r.amount,
    billingCode: r.billing_code,
    ntpn: r.ntpn,
    note: r.note,
    createdBy: r.created_by,
    cancelled:
      r.cancel_reason === null
        ? null
        : { reason: r.cancel_reason, by: r.cancelled_by ?? '', at: r.cancelled_at ?? 0 },
  }))
}
