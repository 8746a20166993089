import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { Distribution, PairResult } from './measure'

/** One operation done through the app and again with bare better-sqlite3 statements. */
export interface Comparison {
  operation: string
  /** What the app path goes through, and what the floor does instead. */
  app: Distribution & { path: string }
  floor: Distribution & { path: string }
  /** app ÷ floor at the same percentile. */
  ratio: { p50: number; p99: number }
}

export interface Target {
  name: string
  /** Where the target comes from, e.g. the issue that set it. */
  source: string
  measured: number
  limit: number
  unit: 'ms' | '×' | 'KiB'
  pass: boolean
}

/** One operation timed on its own, where there is no bare-SQLite floor to set beside it. */
export interface Timing {
  operation: string
  /** What the interval covers, from its first instant to its last. */
  path: string
  result: Distribution
}

/** A group of measurements; later benches (stock screen, reports, scan→paint) add sections. */
export interface BenchSection {
  name: string
  comparisons: Comparison[]
  /** End-to-end timings without a floor (the till in Chromium). */
  timings?: Timing[]
  notes: string[]
}

export interface BenchReport {
  startedAt: string
  environment: Record<string, string | number>
  dataset: Record<string, string | number>
  sections: BenchSection[]
  targets: Target[]
}

export function comparison(
  operation: string,
  paths: { app: string; floor: string },
  result: PairResult,
): Comparison {
  return {
    operation,
    app: { path: paths.app, ...result.app },
    floor: { path: paths.floor, ...result.floor },
    ratio: { p50: result.app.p50 / result.floor.p50, p99: result.app.p99 / result.floor.p99 },
  }
}

/** Informational: the bench reports a miss, it does not fail on one. */
export function target(
  name: string,
  source: string,
  measured: number,
  limit: number,
  unit: Target['unit'],
): Target {
  return { name, source, measured, limit, unit, pass: measured <= limit }
}

const ms = (n: number) => n.toFixed(3)
const times = (n: number) => `${n.toFixed(2)}×`
const withUnit = (n: number, unit: Target['unit']) =>
  unit === 'ms' ? `${ms(n)} ms` : unit === 'KiB' ? `${n.toFixed(2)} KiB` : times(n)

/**
 * A plain-text table with a rule under the header. The first `leftColumns` columns (names)
 * and the last `leftTail` (free text) are left-aligned, numbers in between right-aligned.
 */
export function alignedTable(
  header: string[],
  rows: string[][],
  { leftColumns = 1, leftTail = 0 } = {},
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)))
  const line = (cells: string[]) =>
    cells
      .map((cell, c) =>
        c < leftColumns || c >= header.length - leftTail
          ? cell.padEnd(widths[c]!)
          : cell.padStart(widths[c]!),
      )
      .join('  ')
      .trimEnd()
  const rule = widths.map((w) => '─'.repeat(w)).join('  ')
  return [line(header), rule, ...rows.map(line)].join('\n')
}

function comparisonTable(comparisons: Comparison[]): string {
  return alignedTable(
    [
      'operation',
      'n',
      'app p50',
      'app p95',
      'app p99',
      'floor p50',
      'floor p95',
      'floor p99',
      '×p50',
      '×p99',
    ],
    comparisons.map((c) => [
      c.operation,
      String(c.app.samples),
      ms(c.app.p50),
      ms(c.app.p95),
      ms(c.app.p99),
      ms(c.floor.p50),
      ms(c.floor.p95),
      ms(c.floor.p99),
      times(c.ratio.p50),
      times(c.ratio.p99),
    ]),
  )
}

export function renderReport(report: BenchReport): string {
  const out: string[] = []
  out.push(
    'Dataset: ' +
      Object.entries(report.dataset)
        .map(([k, v]) => `${k}=${typeof v === 'number' ? v.toLocaleString('en') : v}`)
        .join(', '),
  )
  out.push(
    'Environment: ' +
      Object.entries(report.environment)
        .map(([k, v]) => `${k}=${v}`)
        .join(', '),
  )
  for (const section of report.sections) {
    if (section.comparisons.length === 0) {
      out.push('', `${section.name} (milliseconds)`)
    } else {
      out.push('', `${section.name} (milliseconds; ratio = app ÷ floor)`)
      out.push(comparisonTable(section.comparisons))
    }
    for (const c of section.comparisons) {
      out.push(`  ${c.operation}: app = ${c.app.path}; floor = ${c.floor.path}`)
    }
    const timings = section.timings ?? []
    if (timings.length > 0) {
      if (section.comparisons.length > 0) out.push('')
      out.push(
        alignedTable(
          ['operation', 'n', 'p50', 'p95', 'p99', 'max', 'mean'],
          timings.map(({ operation, result: r }) => [
            operation,
            String(r.samples),
            ms(r.p50),
            ms(r.p95),
            ms(r.p99),
            ms(r.max),
            ms(r.mean),
          ]),
        ),
      )
      for (const t of timings) out.push(`  ${t.operation}: ${t.path}`)
    }
    for (const note of section.notes) out.push(`  note: ${note}`)
  }
  if (report.targets.length > 0) {
    out.push('', 'Targets (informational: a miss does not fail the bench)')
    out.push(
      alignedTable(
        ['target', 'limit', 'measured', 'result', 'source'],
        report.targets.map((t) => [
          t.name,
          `≤ ${withUnit(t.limit, t.unit)}`,
          withUnit(t.measured, t.unit),
          t.pass ? 'PASS' : 'MISS',
          t.source,
        ]),
        { leftTail: 1 },
      ),
    )
  }
  return out.join('\n')
}

/** Rounds to microseconds so the JSON stays readable and diffable between runs. */
function rounded(report: BenchReport): BenchReport {
  return JSON.parse(
    JSON.stringify(report, (_key, value: unknown) =>
      typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(4)) : value,
    ),
  ) as BenchReport
}

export function reportJson(report: BenchReport): string {
  return JSON.stringify(rounded(report), null, 2)
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${reportJson(report)}\n`)
}

/**
 * Adds one bench file's results to the report file of this run (emptied by
 * bench-global-setup.ts when `npm run bench` starts), so each `*.bench-run.ts` contributes its
 * sections and targets whatever order the files run in. A section or target of the same name
 * is replaced; environment and dataset keys already there are kept.
 */
export function mergeReport(file: string, report: BenchReport): BenchReport {
  const earlier = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as BenchReport)
    : undefined
  const merged: BenchReport = earlier
    ? {
        startedAt: earlier.startedAt,
        environment: { ...report.environment, ...earlier.environment },
        dataset: { ...report.dataset, ...earlier.dataset },
        sections: [
          ...earlier.sections.filter((s) => !report.sections.some((n) => n.name === s.name)),
          ...report.sections,
        ],
        targets: [
          ...earlier.targets.filter((t) => !report.targets.some((n) => n.name === t.name)),
          ...report.targets,
        ],
      }
    : report
  writeReport(file, merged)
  return merged
}
