import { rmSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { startCore } from '../../electron/core/start-core'
import type { Channel } from '../../shared/contract'
import { reportsWorkerFromSource } from '../helpers/test-core'
import { benchDataDir, readDataset, sizeFrom, templateMeta, benchCaller } from './bench-template'
import { summarize, timeMs } from './measure'
import {
  mergeReport,
  renderReport,
  reportJson,
  target,
  type BenchReport,
  type Timing,
} from './report'

// Laporan over a generated year (issue #7): a month's and a year's sales report, the hasil
// kerja month and the PNBP year, each through the router and the reports worker thread as
// the apps run them. Targets: p95 ≤ 300 ms for a month, ≤ 2 s for a year. Then the till's
// barcode lookup is timed while year reports run, to show the worker keeps it answering.
// REPORTS_BENCH_LINES sets the size (default: BENCH_SALE_LINES, 1,000,000, one product per ten
// lines: the run's shared data set); REPORTS_BENCH_RUNS the samples.
const LINES = sizeFrom('REPORTS_BENCH_LINES', sizeFrom('BENCH_SALE_LINES', 1_000_000))
const SIZE = { products: Math.max(1000, Math.round(LINES / 10)), saleLines: LINES }
const RUNS = sizeFrom('REPORTS_BENCH_RUNS', 20)
const REPORT_FILE = join(process.cwd(), 'reports', 'bench.json')
const DAY_MS = 86_400_000

test('reports on a generated year of sales', async () => {
  const dataDir = await benchDataDir('etalase-reports-bench-', SIZE)
  const core = await startCore({
    dataDir,
    version: 'bench',
    reportsWorker: reportsWorkerFromSource,
  })
  try {
    const startedAt = new Date().toISOString()
    const loadBefore = loadavg()[0]!
    const caller = await benchCaller(core)
    const meta = templateMeta(dataDir)
    const until = meta.until
    const data = readDataset(core.database.raw, meta)
    const route = async (channel: Channel, input: unknown) => {
      const result = await core.route(channel, input, caller)
      if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`)
      return result.data
    }
    await route('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2000-01-01',
      premiBp: 5000,
      pnbpBp: 1500,
      modalBp: 3500,
      basis: 'net_sales',
    })
    const today = new Date(until + 7 * 3_600_000).toISOString().slice(0, 10)
    const lastMonth = new Date(Date.parse(`${today.slice(0, 7)}-01T00:00:00Z`) - DAY_MS)
      .toISOString()
      .slice(0, 10)
    const yearAgo = new Date(Date.parse(`${today}T00:00:00Z`) - 364 * DAY_MS)
      .toISOString()
      .slice(0, 10)
    const month = { from: `${lastMonth.slice(0, 7)}-01`, to: lastMonth }
    const year = { from: yearAgo, to: today }
    const cases: { name: string; path: string; channel: Channel; input: unknown; limit: number }[] =
      [
        {
          name: 'Sales report, one month',
          path: `reports:sales ${month.from}…${month.to}: summary, by day, product, category, workshop, cashier, location, method, top and slow sellers`,
          channel: 'reports:sales',
          input: month,
          limit: 300,
        },
        {
          name: 'Hasil kerja, one month',
          path: `reports:hasilKerja ${month.from.slice(0, 7)}: per workshop, split by the rule valid each day`,
          channel: 'reports:hasilKerja',
          input: { month: month.from.slice(0, 7) },
          limit: 300,
        },
        {
          name: 'PNBP year to date',
          path: 'reports:pnbp: PNBP due per month of the year, deposits, target',
          channel: 'reports:pnbp',
          input: { month: month.from.slice(0, 7) },
          limit: 2000,
        },
        {
          name: 'Sales report, one year',
          path: `reports:sales ${year.from}…${year.to} (365 days)`,
          channel: 'reports:sales',
          input: year,
          limit: 2000,
        },
      ]
    console.log('Measuring the reports…')
    const timings: Timing[] = []
    for (const c of cases) {
      await route(c.channel, c.input)
      const samples: number[] = []
      for (let i = 0; i < RUNS; i++) samples.push(await timeMs(() => route(c.channel, c.input)))
      timings.push({
        operation: c.name,
        path: `router → reports worker thread → ${c.path}`,
        result: summarize(samples),
      })
    }

    // The till while year reports run: barcode lookups on the main thread, back to back.
    const idle: number[] = []
    for (let i = 0; i < 200; i++) {
      const barcode = data.barcodes[i % data.barcodes.length]!
      idle.push(await timeMs(() => route('catalog:byBarcode', { barcode })))
    }
    const busy: number[] = []
    let reportsRunning = true
    const reports = (async () => {
      for (let i = 0; i < 3; i++) await route('reports:sales', year)
      reportsRunning = false
    })()
    for (let i = 0; reportsRunning; i++) {
      const barcode = data.barcodes[i % data.barcodes.length]!
      busy.push(await timeMs(() => route('catalog:byBarcode', { barcode })))
      await new Promise((resolve) => setImmediate(resolve))
    }
    await reports
    timings.push(
      {
        operation: 'Till lookup, no report running',
        path: "route('catalog:byBarcode') on the main thread",
        result: summarize(idle),
      },
      {
        operation: 'Till lookup while year reports run',
        path: 'the same, back to back while the worker computes three year reports',
        result: summarize(busy),
      },
    )

    const report: BenchReport = {
      startedAt,
      environment: {
        node: process.version,
        sqlite: String(core.database.raw.prepare('select sqlite_version()').pluck().get()),
        cpu: cpus()[0]?.model ?? 'unknown',
        cpus: cpus().length,
        loadAverage1m: `${loadBefore.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}`,
      },
      dataset: { ...data.counts },
      sections: [
        {
          name: 'Reports',
          comparisons: [],
          timings,
          notes: [
            `${RUNS} samples per report after one warm-up, as the signed-in admin (cost columns on).`,
            'The worker runs the TypeScript sources through tsx here; the apps run the built out/main/reports-worker.js.',
            `${busy.length} till lookups were answered while the three year reports ran.`,
          ],
        },
      ],
      targets: timings
        .filter((t) => cases.some((c) => c.name === t.operation))
        .map((t) =>
          target(
            `${t.operation} p95`,
            'issue #7',
            t.result.p95,
            cases.find((c) => c.name === t.operation)!.limit,
            'ms',
          ),
        ),
    }
    console.log(`\n${renderReport(report)}\n`)
    console.log(reportJson(report))
    mergeReport(REPORT_FILE, report)
    expect(busy.length).toBeGreaterThan(0)
  } finally {
    await core.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}, 1_800_000)
