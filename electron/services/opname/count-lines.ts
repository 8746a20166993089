import { sql, type Kysely } from 'kysely'
import type { CountLineDto, CountTotalsDto } from '../../../shared/opname/opname-dto'
import { varianceNeedsReason } from '../../../shared/opname/opname-rules'
import type { Database } from '../../db/schema'
import { movementWatermark } from './count-number'

/**
 * The variance rule (see also README, "Stock opname").
 *
 * The shop keeps selling while staff count, so "the system quantity" is a moving target.
 * Every count entry records the ledger watermark (highest stock_movements rowid) at the
 * moment it was made, and counting starts with a snapshot at watermark W0. For a product:
 *
 *   counted   = Σ its count entries (scans, typed quantities, undos, a confirmed zero)
 *   Wp        = the watermark of its last live entry — when it was counted; for an item
 *               not counted (not yet confirmed as zero) it is the current watermark
 *   expected  = snapshot + Σ movements at the location with W0 < rowid ≤ Wp
 *   variance  = counted − expected
 *
 * So a sale rung up before the shelf was counted lowers `expected` (the item was already
 * gone when counted), and a sale after the shelf was counted does not (the counter saw the
 * item, which was still there). Posting adds `variance` to the ledger as it is then, which
 * already contains the later movements: on hand becomes what is physically there now.
 * Applying every movement up to posting instead would double-count a sale made after its
 * shelf was counted. The one case no rule can settle — stock of a product moving between
 * its first and last count entry (two shelves counted at different times) — is flagged as
 * `movedWhileCounting` so the review can recount it.
 */
export interface CountHeader {
  id: string
  location_id: string
  scope_kind: 'all' | 'category' | 'workshop'
  scope_id: string | null
}

export interface ComputedLine extends CountLineDto {
  counted: number | null
  expected: number
  variance: number | null
  unitCost: number
}

interface EntryAggregate {
  product_id: string
  counted: number
  live: number
  first_w: number | null
  last_w: number | null
  zero: number
}

export async function startWatermark(db: Kysely<Database>, countId: string): Promise<number> {
  const row = await db
    .selectFrom('stock_count_events')
    .select('movement_watermark')
    .where('count_id', '=', countId)
    .where('movement_watermark', 'is not', null)
    .orderBy('seq')
    .executeTakeFirst()
  return row?.movement_watermark ?? 0
}

async function entryAggregates(db: Kysely<Database>, countId: string) {
  // An entry is live unless it is an undo or has been undone.
  const rows = await sql<EntryAggregate>`
    select e.product_id,
           sum(e.qty) as counted,
           sum(case when e.kind <> 'undo' and u.id is null then 1 else 0 end) as live,
           min(case when e.kind <> 'undo' and u.id is null then e.movement_watermark end) as first_w,
           max(case when e.kind <> 'undo' and u.id is null then e.movement_watermark end) as last_w,
           max(case when e.kind = 'zero' then 1 else 0 end) as zero
    from stock_count_entries e
    left join stock_count_entries u on u.undoes_entry_id = e.id
    where e.count_id = ${countId}
    group by e.product_id
  `.execute(db)
  return new Map(rows.rows.map((r) => [r.product_id, r]))
}

/** Counted products only, without any system quantity: what a blind count may show. */
export async function blindLines(db: Kysely<Database>, countId: string): Promise<CountLineDto[]> {
  const entries = await entryAggregates(db, countId)
  const ids = [...entries.values()].filter((e) => e.live > 0).map((e) => e.product_id)
  if (ids.length === 0) return []
  const products = await db
    .selectFrom('products')
    .select(['id', 'sku', 'barcode', 'name', 'unit'])
    .where('id', 'in', ids)
    .orderBy('name')
    .execute()
  return products.map((p) => ({
    productId: p.id,
    sku: p.sku,
    barcode: p.barcode,
    name: p.name,
    unit: p.unit,
    counted: entries.get(p.id)?.counted ?? 0,
    confirmedZero: false,
    expected: null,
    snapshot: null,
    movedSinceSnapshot: null,
    variance: null,
    unitCost: null,
    varianceValue: null,
    reason: null,
    reasonRequired: false,
    movedWhileCounting: false,
  }))
}

const inScope = (
  count: CountHeader,
  product: { category_id: string | null; workshop_id: string | null },
) =>
  count.scope_kind === 'all' ||
  (count.scope_kind === 'category' && product.category_id === count.scope_id) ||
  (count.scope_kind === 'workshop' && product.workshop_id === count.scope_id)

/** Every line with stock or a count, with expected quantities and variances (the rule above). */
export async function reviewLines(
  db: Kysely<Database>,
  count: CountHeader,
): Promise<ComputedLine[]> {
  const w0 = await startWatermark(db, count.id)
  const now = await movementWatermark(db)
  const [snapshot, entries, later, reasons, products] = await Promise.all([
    db
      .selectFrom('stock_count_snapshot')
      .select(['product_id', 'on_hand', 'unit_cost'])
      .where('count_id', '=', count.id)
      .execute(),
    entryAggregates(db, count.id),
    sql<{ r: number; product_id: string; qty: number }>`
      select rowid as r, product_id, qty from stock_movements
      where rowid > ${w0} and location_id = ${count.location_id} order by rowid
    `.execute(db),
    db
      .selectFrom('stock_count_reasons')
      .select(['product_id', 'reason'])
      .where('count_id', '=', count.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    sql<{
      id: string
      sku: string
      barcode: string | null
      name: string
      unit: string
      cost: number
      category_id: string | null
      workshop_id: string | null
    }>`
      select id, sku, barcode, name, unit, cost, category_id, workshop_id from products
      where id in (
        select product_id from stock_count_snapshot where count_id = ${count.id}
        union select product_id from stock_count_entries where count_id = ${count.id}
        union select product_id from stock_movements
              where rowid > ${w0} and location_id = ${count.location_id})
      order by name, sku
    `.execute(db),
  ])
  const snap = new Map(snapshot.map((s) => [s.product_id, s]))
  const reasonOf = new Map(reasons.map((r) => [r.product_id, r.reason]))
  const movesOf = new Map<string, Array<{ r: number; qty: number }>>()
  for (const m of later.rows) {
    const list = movesOf.get(m.product_id) ?? []
    list.push({ r: m.r, qty: m.qty })
    movesOf.set(m.product_id, list)
  }

  const lines: ComputedLine[] = []
  for (const p of products.rows) {
    const s = snap.get(p.id)
    const e = entries.get(p.id)
    const isCounted = e !== undefined && e.live > 0
    // Stock that arrived after the snapshot belongs here only if the product is in scope.
    if (!s && !isCounted && !inScope(count, p)) continue
    const moves = movesOf.get(p.id) ?? []
    const upTo = isCounted ? (e.last_w ?? now) : now
    const moved = moves.filter((m) => m.r <= upTo).reduce((sum, m) => sum + m.qty, 0)
    const expected = (s?.on_hand ?? 0) + moved
    const counted = isCounted ? e.counted : null
    if (counted === null && expected === 0) continue
    const unitCost = s?.unit_cost ?? p.cost
    const variance = counted === null ? null : counted - expected
    const firstW = e?.first_w ?? 0
    const lastW = e?.last_w ?? 0
    lines.push({
      productId: p.id,
      sku: p.sku,
      barcode: p.barcode,
      name: p.name,
      unit: p.unit,
      counted,
      confirmedZero: isCounted && e.zero === 1,
      expected,
      snapshot: s?.on_hand ?? 0,
      movedSinceSnapshot: moved,
      variance,
      unitCost,
      varianceValue: variance === null ? null : variance * unitCost,
      reason: reasonOf.get(p.id) ?? null,
      reasonRequired: variance !== null && varianceNeedsReason(variance, unitCost),
      movedWhileCounting: isCounted && moves.some((m) => m.r > firstW && m.r <= lastW),
    })
  }
  return lines
}

export function totalsOf(lines: ComputedLine[], canSeeCost: boolean): CountTotalsDto {
  let shortageUnits = 0
  let surplusUnits = 0
  let shortageValue = 0
  let surplusValue = 0
  for (const line of lines) {
    const v = line.variance ?? 0
    if (v < 0) {
      shortageUnits -= v
      shortageValue -= v * line.unitCost
    } else if (v > 0) {
      surplusUnits += v
      surplusValue += v * line.unitCost
    }
  }
  const counted = lines.filter((l) => l.counted !== null)
  return {
    lines: lines.length,
    counted: counted.length,
    uncounted: lines.length - counted.length,
    countedUnits: counted.reduce((sum, l) => sum + (l.counted ?? 0), 0),
    expectedUnits: lines.reduce((sum, l) => sum + l.expected, 0),
    shortageUnits,
    surplusUnits,
    shortageValue: canSeeCost ? shortageValue : null,
    surplusValue: canSeeCost ? surplusValue : null,
    netValue: canSeeCost ? surplusValue - shortageValue : null,
    missingReasons: lines.filter((l) => l.reasonRequired && !l.reason).length,
  }
}

/** What a person without `cost.view` may see of a line: no Rupiah. */
export const withoutCost = (line: ComputedLine): CountLineDto => ({
  ...line,
  unitCost: null,
  varianceValue: null,
})
