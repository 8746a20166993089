/**
 * Nearest-rank percentile: the smallest sample such that at least p% of samples are at or
 * below it. Always an observed value, never interpolated, so p99 of 1,000 runs is the 990th
 * fastest run.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new RangeError('percentile of no samples')
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0–100`)
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

export interface Distribution {
  samples: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export function summarize(samplesMs: readonly number[]): Distribution {
  return {
    samples: samplesMs.length,
    p50: percentile(samplesMs, 50),
    p95: percentile(samplesMs, 95),
    p99: percentile(samplesMs, 99),
    max: Math.max(...samplesMs),
    mean: samplesMs.reduce((a, b) => a + b, 0) / samplesMs.length,
  }
}

/** Milliseconds spent in `fn`, by the monotonic high-resolution clock. */
export async function timeMs(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint()
  await fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

export interface PairOptions<I> {
  warmup: number
  iterations: number
  /**
   * Iteration i's inputs for the app path and the floor: the same work, so that a slow
   * query on one side is not compared with a fast one on the other.
   */
  inputs: (i: number) => [app: I, floor: I]
  app: (input: I) => unknown
  floor: (input: I) => unknown
  /**
   * Time box for the measured part: a slow operation stops early (after at least
   * `minIterations`) so one pathological query cannot hold the whole bench hostage. The
   * sample count is reported, so a cut-short row is visible.
   */
  budgetMs?: number
  minIterations?: number
}

export interface PairResult {
  app: Distribution
  floor: Distribution
}

/**
 * Times the app path and the bare-SQLite floor interleaved, alternating which goes first,
 * so cache warmth, database growth and machine noise fall on both sides alike.
 */
export async function comparePair<I>(options: PairOptions<I>): Promise<PairResult> {
  const app: number[] = []
  const floor: number[] = []
  const total = options.warmup + options.iterations
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY
  const minimum = options.minIterations ?? options.iterations
  let measuredMs = 0
  for (let i = 0; i < total; i++) {
    if (measuredMs > budget && app.length >= minimum) break
    const [appInput, floorInput] = options.inputs(i)
    const appFirst = i % 2 === 0
    const first = appFirst ? () => options.app(appInput) : () => options.floor(floorInput)
    const second = appFirst ? () => options.floor(floorInput) : () => options.app(appInput)
    const a = await timeMs(first)
    const b = await timeMs(second)
    if (i < options.warmup) continue
    measuredMs += a + b
    app.push(appFirst ? a : b)
    floor.push(appFirst ? b : a)
  }
  return { app: summarize(app), floor: summarize(floor) }
}
