import type BetterSqlite3 from 'better-sqlite3'

/** The tables a checkout writes: their triggers are what a sale pays for beyond its rows. */
export const CHECKOUT_TABLES = [
  'sales',
  'sale_lines',
  'payments',
  'stock_movements',
  'stock_levels',
  'ledger_chain',
  'receipt_counters',
  'open_carts',
] as const

export interface TriggerShare {
  /** A trigger's name, or `all triggers` for every one of them at once. */
  trigger: string
  /** CPU per sale that goes away when this trigger (and what it sets off) is dropped. */
  cpuMsPerSale: number
  /** That share of the whole checkout's CPU, in percent. */
  percent: number
}

export interface TriggerShareReport {
  /** CPU per sale with every trigger in place. */
  withTriggersMs: number
  /** CPU per sale with none of the checkout tables' triggers (the bare writes). */
  bareMs: number
  shares: TriggerShare[]
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/**
 * Each trigger's share of a checkout's CPU, measured on the connection itself: every round runs
 * `sales` checkouts inside a transaction that is rolled back, once with all triggers and once
 * with one trigger dropped (DDL is transactional in SQLite, so the drop is rolled back too).
 * CPU time rather than wall time, so other work on the machine counts for less; rounds for
 * each trigger are interleaved with baseline rounds so growth and cache warmth fall alike.
 */
export function measureTriggerShares(
  raw: BetterSqlite3.Database,
  checkout: () => void,
  options: { sales?: number; rounds?: number } = {},
): TriggerShareReport {
  const sales = options.sales ?? 50
  const rounds = options.rounds ?? 7
  const triggers = raw
    .prepare(
      // Guards (RAISE on update or delete) never run for a sale's inserts: only the triggers
      // that do work are measured, so noise is not reported as a share.
      `select name from sqlite_schema where type = 'trigger'
       and tbl_name in (select value from json_each(?)) and sql not like '%RAISE(ABORT%'
       order by tbl_name, name`,
    )
    .pluck()
    .all(JSON.stringify(CHECKOUT_TABLES)) as string[]

  const round = (drop: readonly string[]) => {
    raw.exec('BEGIN')
    try {
      for (const name of drop) raw.exec(`DROP TRIGGER ${name}`)
      // A couple of sales first so the drop's schema change and statement re-preparing
      // are not in the measurement.
      checkout()
      checkout()
      const start = cpuMs()
      for (let i = 0; i < sales; i++) checkout()
      return (cpuMs() - start) / sales
    } finally {
      raw.exec('ROLLBACK')
    }
  }
  // The fastest of the rounds: on a busy machine other work only ever adds CPU time (cache
  // misses, frequency), so the minimum is the least disturbed estimate of each variant.
  const fastest = (values: number[]) => Math.min(...values)
  const measure = (drop: readonly string[]) => {
    const withAll: number[] = []
    const without: number[] = []
    for (let r = 0; r < rounds; r++) {
      withAll.push(round([]))
      without.push(round(drop))
    }
    return { withAll: fastest(withAll), without: fastest(without) }
  }

  const all = measure(triggers)
  const shares: TriggerShare[] = triggers.map((trigger) => {
    const { withAll, without } = measure([trigger])
    const cpuMsPerSale = Math.max(0, withAll - without)
    return { trigger, cpuMsPerSale, percent: (100 * cpuMsPerSale) / withAll }
  })
  shares.sort((a, b) => b.cpuMsPerSale - a.cpuMsPerSale)
  shares.unshift({
    trigger: 'all triggers',
    cpuMsPerSale: all.withAll - all.without,
    percent: (100 * (all.withAll - all.without)) / all.withAll,
  })
  return { withTriggersMs: all.withAll, bareMs: all.without, shares }
}
