import { readFileSync } from 'node:fs'
import { apiCall } from '../e2e/support/api'
import { popularProduct, seededRandom } from './dataset'

/**
 * The app's process memory over scripted trade (issue 18: "the main process's memory after an
 * hour of scripted trade; no growth per sale"). A busy hour at an exhibition booth is about a
 * sale a minute; the script runs many hours' worth of sales back to back through the same HTTP
 * bridge the page uses (four scans, then a cash sale), and samples the server's resident set
 * from /proc (Linux) as it goes.
 */
export interface TradeMemory {
  sales: number
  /** Resident set (MiB) after the warm-up sales, and after the whole trade. */
  startMiB: number
  endMiB: number
  /** Least-squares slope of RSS over sales in the second half: KiB a sale adds. */
  kibPerSale: number
  samples: Array<{ sale: number; rssKiB: number }>
  seconds: number
}

const LINES_PER_SALE = 4

/** VmRSS of a process, in KiB (Linux /proc). */
export function residentKiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status)
  if (!match) throw new Error(`no VmRSS for pid ${pid}`)
  return Number(match[1])
}

/** Slope of y over x by least squares (0 for fewer than two points). */
export function slope(points: ReadonlyArray<{ x: number; y: number }>): number {
  if (points.length < 2) return 0
  const n = points.length
  const mx = points.reduce((s, p) => s + p.x, 0) / n
  const my = points.reduce((s, p) => s + p.y, 0) / n
  let num = 0
  let den = 0
  for (const p of points) {
    num += (p.x - mx) * (p.y - my)
    den += (p.x - mx) ** 2
  }
  return den === 0 ? 0 : num / den
}

export async function tradeMemory(
  web: { port: number; token: string; pid: number },
  data: { barcodes: string[]; active: Uint8Array },
  options: { sales: number; warmup: number; sampleEvery: number },
): Promise<TradeMemory> {
  const random = seededRandom(29)
  const sale = async () => {
    const picked = new Set<number>()
    while (picked.size < LINES_PER_SALE) picked.add(popularProduct(data.active, random))
    const lines = []
    let total = 0
    for (const index of picked) {
      const product = await apiCall(web, 'catalog:byBarcode', { barcode: data.barcodes[index]! })
      lines.push({ productId: product.id, qty: 1 })
      total += product.price
    }
    await apiCall(web, 'sales:checkout', {
      id: crypto.randomUUID(),
      lines,
      payments: [{ methodId: 'tunai', amount: total }],
    })
  }
  for (let i = 0; i < options.warmup; i++) await sale()
  const started = performance.now()
  const samples = [{ sale: 0, rssKiB: residentKiB(web.pid) }]
  for (let i = 1; i <= options.sales; i++) {
    await sale()
    if (i % options.sampleEvery === 0) samples.push({ sale: i, rssKiB: residentKiB(web.pid) })
  }
  const secondHalf = samples.filter((s) => s.sale >= options.sales / 2)
  return {
    sales: options.sales,
    startMiB: samples[0]!.rssKiB / 1024,
    endMiB: samples.at(-1)!.rssKiB / 1024,
    kibPerSale: slope(secondHalf.map((s) => ({ x: s.sale, y: s.rssKiB }))),
    samples,
    seconds: (performance.now() - started) / 1000,
  }
}
