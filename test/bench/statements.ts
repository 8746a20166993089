import type BetterSqlite3 from 'better-sqlite3'

/**
 * Counts the statements prepared on the connection while `fn` runs. Kysely prepares every
 * query afresh, so for the app path this is also the number of SQL compilations per call.
 */
export async function countPrepared(
  raw: BetterSqlite3.Database,
  fn: () => Promise<unknown>,
): Promise<number> {
  const prepare = raw.prepare
  let count = 0
  raw.prepare = ((source: string) => {
    count += 1
    return prepare.call(raw, source)
  }) as typeof raw.prepare
  try {
    await fn()
  } finally {
    raw.prepare = prepare
  }
  return count
}

/**
 * Counts the statements run on the connection while `fn` runs (each all/get/run/iterate of a
 * prepared statement; BEGIN and COMMIT included, trigger bodies not: they run inside the
 * statement that fired them). What "fewer statements per sale" is measured by: unlike time,
 * the count does not move with the load on the machine.
 */
export async function countExecuted(
  raw: BetterSqlite3.Database,
  fn: () => Promise<unknown>,
): Promise<number> {
  const proto = Object.getPrototypeOf(raw.prepare('select 1')) as Record<
    string,
    (...args: unknown[]) => unknown
  >
  const methods = ['all', 'get', 'run', 'iterate'] as const
  const originals = methods.map((name) => proto[name]!)
  let count = 0
  methods.forEach((name, i) => {
    const original = originals[i]!
    proto[name] = function (this: unknown, ...args: unknown[]) {
      count += 1
      return original.apply(this, args)
    }
  })
  try {
    await fn()
  } finally {
    methods.forEach((name, i) => (proto[name] = originals[i]!))
  }
  return count
}
