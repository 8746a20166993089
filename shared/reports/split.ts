/**
 * The premi / PNBP / modal split of a workshop's proceeds. Pure: the reports service feeds it
 * sums from SQL, the property test feeds it random months. Rupiah are integers throughout and
 * every split sums exactly to its basis (largest remainder).
 */

export type SplitBasis = 'net_sales' | 'gross_profit'

export interface SplitRule {
  id: string
  /** null: the default rule for workshops without one of their own. */
  workshopId: string | null
  /** `YYYY-MM-DD`, the first business day it applies to. */
  validFrom: string
  premiBp: number
  pnbpBp: number
  modalBp: number
  basis: SplitBasis
  /** Orders versions with the same scope and date: the highest (newest) wins. */
  createdAt: number
}

export interface SplitParts {
  premi: number
  pnbp: number
  modal: number
}

export const BASIS_POINTS = 10_000

/**
 * Splits `basis` by the three shares in basis points (summing to 10 000). Each part is the
 * exact share rounded down; the Rupiah left over go to the largest fractions (ties: premi,
 * then PNBP, then modal). A negative basis (more returned than sold) splits as the mirror
 * image, so reversing a month's takings reverses its parts exactly.
 */
export function splitByRule(basis: number, rule: Pick<SplitRule, 'premiBp' | 'pnbpBp' | 'modalBp'>) {
  if (rule.premiBp + rule.pnbpBp + rule.modalBp !== BASIS_POINTS) {
    throw new Error('split shares must sum to 100 %')
  }
  if (!Number.isSafeInteger(basis)) throw new Error('basis must be whole Rupiah')
  const sign = basis < 0 ? -1 : 1
  const whole = BigInt(Math.abs(basis))
  const shares = [rule.premiBp, rule.pnbpBp, rule.modalBp]
  const exact = shares.map((bp) => whole * BigInt(bp))
  const parts = exact.map((x) => x / BigInt(BASIS_POINTS))
  let left = whole - parts.reduce((a, b) => a + b, 0n)
  const order = exact
    .map((x, i) => ({ i, rest: x % BigInt(BASIS_POINTS) }))
    .sort((a, b) => (b.rest > a.rest ? 1 : b.rest < a.rest ? -1 : a.i - b.i))
  for (const { i } of order) {
    if (left <= 0n) break
    parts[i] = (parts[i] ?? 0n) + 1n
    left -= 1n
  }
  const [premi, pnbp, modal] = parts.map((p) => sign * Number(p))
  // `+ 0` turns -0 into 0 so results compare and serialise cleanly.
  return { premi: (premi ?? 0) + 0, pnbp: (pnbp ?? 0) + 0, modal: (modal ?? 0) + 0 }
}

/**
 * The rule valid on `date` for a workshop: its own newest version on or before the date, else
 * the default rule's; null when neither exists yet.
 */
export function ruleFor(
  rules: readonly SplitRule[],
  workshopId: string | null,
  date: string,
): SplitRule | null {
  let own: SplitRule | null = null
  let fallback: SplitRule | null = null
  for (const rule of rules) {
    if (rule.validFrom > date) continue
    if (workshopId !== null && rule.workshopId === workshopId) {
      if (!own || newer(rule, own)) own = rule
    } else if (rule.workshopId === null) {
      if (!fallback || newer(rule, fallback)) fallback = rule
    }
  }
  return own ?? fallback
}

function newer(a: SplitRule, b: SplitRule): boolean {
  if (a.validFrom !== b.validFrom) return a.validFrom > b.validFrom
  if (a.createdAt !== b.createdAt) return a.createdAt > b.createdAt
  return a.id > b.id
}

/**
 * One slice of a month's takings for one workshop on one business day: sales (positive) or
 * returns (negative amounts). `ruleDate` is the day whose rule applies — the sale's own date,
 * also for a return booked later, so a return reverses exactly the share its sale produced.
 */
export interface WorkshopSlice {
  workshopId: string | null
  ruleDate: string
  qty: number
  netSales: number
  cost: number
}

export interface RuleShareRow extends SplitParts {
  ruleId: string | null
  basisKind: SplitBasis | null
  premiBp: number
  pnbpBp: number
  modalBp: number
  validFrom: string | null
  basis: number
}

export interface WorkshopSplitRow extends SplitParts {
  workshopId: string | null
  qty: number
  netSales: number
  cost: number
  grossProfit: number
  /** Sum of the bases of the rules used (net sales or gross profit, per rule). */
  basis: number
  /** Takings on days no rule covered: not split, shown as a warning. */
  unsplit: number
  byRule: RuleShareRow[]
}

export interface SplitTotals extends SplitParts {
  qty: number
  netSales: number
  cost: number
  grossProfit: number
  basis: number
  unsplit: number
}

/**
 * Attributes every slice to the rule valid on its date, sums per workshop and rule, and
 * splits each (workshop, rule) basis once. Rounding once per group, not per sale, keeps the
 * parts as close to the percentages as whole Rupiah allow; totals are sums of the rows, so
 * they agree with the rows to the Rupiah.
 */
export function splitWorkshops(
  slices: readonly WorkshopSlice[],
  rules: readonly SplitRule[],
): { rows: WorkshopSplitRow[]; totals: SplitTotals } {
  const groups = new Map<
    string | null,
    { qty: number; netSales: number; cost: number; byRule: Map<string | null, RuleAcc> }
  >()
  const ruleCache = new Map<string, SplitRule | null>()
  for (const slice of slices) {
    const cacheKey = `${slice.workshopId ?? ''}|${slice.ruleDate}`
    let rule = ruleCache.get(cacheKey)
    if (rule === undefined) {
      rule = ruleFor(rules, slice.workshopId, slice.ruleDate)
      ruleCache.set(cacheKey, rule)
    }
    let group = groups.get(slice.workshopId)
    if (!group) {
      group = { qty: 0, netSales: 0, cost: 0, byRule: new Map() }
      groups.set(slice.workshopId, group)
    }
    group.qty += slice.qty
    group.netSales += slice.netSales
    group.cost += slice.cost
    const ruleId = rule?.id ?? null
    let acc = group.byRule.get(ruleId)
    if (!acc) {
      acc = { rule, netSales: 0, cost: 0 }
      group.byRule.set(ruleId, acc)
    }
    acc.netSales += slice.netSales
    acc.cost += slice.cost
  }

  const rows: WorkshopSplitRow[] = []
  for (const [workshopId, group] of groups) {
    const byRule: RuleShareRow[] = []
    let unsplit = 0
    for (const [ruleId, acc] of group.byRule) {
      const rule = acc.rule
      if (!rule) {
        unsplit += acc.netSales
        byRule.push({
          ruleId: null,
          basisKind: null,
          premiBp: 0,
          pnbpBp: 0,
          modalBp: 0,
          validFrom: null,
          basis: 0,
          premi: 0,
          pnbp: 0,
          modal: 0,
        })
        continue
      }
      const basis = rule.basis === 'net_sales' ? acc.netSales : acc.netSales - acc.cost
      byRule.push({
        ruleId,
        basisKind: rule.basis,
        premiBp: rule.premiBp,
        pnbpBp: rule.pnbpBp,
        modalBp: rule.modalBp,
        validFrom: rule.validFrom,
        basis,
        ...splitByRule(basis, rule),
      })
    }
    byRule.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''))
    rows.push({
      workshopId,
      qty: group.qty,
      netSales: group.netSales,
      cost: group.cost,
      grossProfit: group.netSales - group.cost,
      basis: sumOf(byRule, 'basis'),
      premi: sumOf(byRule, 'premi'),
      pnbp: sumOf(byRule, 'pnbp'),
      modal: sumOf(byRule, 'modal'),
      unsplit,
      byRule,
    })
  }
  const totals: SplitTotals = {
    qty: sumOf(rows, 'qty'),
    netSales: sumOf(rows, 'netSales'),
    cost: sumOf(rows, 'cost'),
    grossProfit: sumOf(rows, 'grossProfit'),
    basis: sumOf(rows, 'basis'),
    premi: sumOf(rows, 'premi'),
    pnbp: sumOf(rows, 'pnbp'),
    modal: sumOf(rows, 'modal'),
    unsplit: sumOf(rows, 'unsplit'),
  }
  return { rows, totals }
}

interface RuleAcc {
  rule: SplitRule | null
  netSales: number
  cost: number
}

function sumOf<T, K extends keyof T>(items: readonly T[], key: K): number {
  let total = 0
  for (const item of items) total += item[key] as number
  return total
}
