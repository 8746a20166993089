import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type BetterSqlite3 from 'better-sqlite3'
import { LOCK_FILE_NAME } from '../../electron/core/instance-lock'
import { startCore, type Core } from '../../electron/core/start-core'
import type { Caller } from '../../electron/ipc/caller'
import { setupInput } from '../helpers/test-core'
import { buildDataset, type Dataset } from './dataset'
import { flushDirtyPages } from './disk'

/**
 * `npm run bench` builds its large data set ONCE per run (bench-global-setup.ts) into a template
 * data folder; every bench file then works on its own copy of that folder. Generating a year of
 * trade takes minutes on two cores, and the four bench files used to do it four times over.
 */
export const TEMPLATE_ENV = 'ETALASE_BENCH_TEMPLATE'
const META_FILE = 'bench-dataset.json'
export const SEED = 20261127

export interface DatasetSize {
  products: number
  saleLines: number
}

interface TemplateMeta extends DatasetSize {
  /** The sales run over the year before this instant. */
  until: number
  buildMs: number
  buildCpuMs: number
  phases: Record<string, number>
  databaseBytes: number
}

export const sizeFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`)
  return value
}

/** The size every bench file uses unless told otherwise (BENCH_PRODUCTS / BENCH_SALE_LINES). */
export const defaultSize = (): DatasetSize => ({
  products: sizeFrom('BENCH_PRODUCTS', 100_000),
  saleLines: sizeFrom('BENCH_SALE_LINES', 1_000_000),
})

/**
 * Generates the data set into a fresh folder set up by the first-run wizard (till KSG1, admin
 * "Admin" with TEST_ADMIN_PIN), leaves a shift open for the benches' sales, and closes it
 * cleanly (WAL checkpointed). Each bench signs the admin in: a started till is locked.
 */
export async function buildTemplate(size: DatasetSize, log: (line: string) => void, into?: string) {
  const dataDir = into ?? mkdtempSync(join(tmpdir(), 'etalase-bench-template-'))
  if (into) mkdirSync(into, { recursive: true })
  const core = await startCore({ dataDir, version: 'bench', logError: () => undefined })
  try {
    // A till does nothing before its first-run wizard: run it as a shop would (till KSG1, an
    // admin), and open a shift so the bench's checkouts are allowed.
    const setup = await core.call('setup:complete', setupInput())
    if (!setup.ok) throw new Error(`bench: setup failed: ${setup.code} ${setup.message}`)
    const shift = await core.call('shifts:open', { openingFloat: 0 })
    if (!shift.ok) throw new Error(`bench: shift failed: ${shift.code} ${shift.message}`)
    log(
      `[bench] generating ${size.products.toLocaleString('en')} products and ${size.saleLines.toLocaleString('en')} sale lines once for every bench file…`,
    )
    const until = Date.now()
    const data = buildDataset(core.database.raw, { ...size, until, seed: SEED })
    const meta: TemplateMeta = {
      ...size,
      until,
      buildMs: data.buildMs,
      buildCpuMs: data.buildCpuMs,
      phases: data.phases,
      databaseBytes: data.databaseBytes,
    }
    writeFileSync(join(dataDir, META_FILE), JSON.stringify(meta))
    log(`[bench] generated in ${(data.buildMs / 1000).toFixed(1)} s`)
  } finally {
    await core.close()
  }
  return dataDir
}

/** What the measurements need, read back from a data folder the template made. */
export function readDataset(raw: BetterSqlite3.Database, meta: TemplateMeta): Dataset {
  const rows = raw
    .prepare('select id, barcode, price, active from products order by rowid')
    .all() as Array<{ id: string; barcode: string; price: number; active: number }>
  const count = (table: string) =>
    raw.prepare(`select count(*) from ${table}`).pluck().get() as number
  const showroomId = raw
    .prepare(`select value from settings where key = 'till.defaultLocationId'`)
    .pluck()
    .get() as string
  return {
    productIds: rows.map((r) => r.id),
    barcodes: rows.map((r) => r.barcode),
    prices: Int32Array.from(rows, (r) => r.price),
    active: Uint8Array.from(rows, (r) => r.active),
    showroomId: JSON.parse(showroomId) as string,
    counts: {
      products: rows.length,
      workshops: count('workshops'),
      categories: count('categories'),
      sales: count('sales'),
      saleLines: count('sale_lines'),
      payments: count('payments'),
      stockMovements: count('stock_movements'),
      stockLevels: count('stock_levels'),
      chainLinks: count('ledger_chain'),
    },
    buildMs: meta.buildMs,
    buildCpuMs: meta.buildCpuMs,
    phases: meta.phases,
    databaseBytes: meta.databaseBytes,
  }
}

/**
 * A private data folder holding the bench data set of this size: a copy of the run's template
 * when it has this size, otherwise (a bench file run on its own with other sizes) built here.
 */
export async function benchDataDir(prefix: string, size: DatasetSize): Promise<string> {
  const template = process.env[TEMPLATE_ENV]
  let source = template
  let built = false
  if (!template || !sameSize(template, size)) {
    source = await buildTemplate(size, console.log)
    built = true
  }
  const dataDir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(source!, dataDir, {
    recursive: true,
    filter: (path) => !path.endsWith(LOCK_FILE_NAME),
  })
  if (built) rmSync(source!, { recursive: true, force: true })
  // The copy's gigabytes on disk before anything in this file is timed (see flushDirtyPages).
  flushDirtyPages()
  return dataDir
}

/** How the data set in this folder was made (zeros for a folder prepared by hand). */
export function templateMeta(dataDir: string): TemplateMeta {
  const file = join(dataDir, META_FILE)
  if (!existsSync(file)) {
    return {
      products: 0,
      saleLines: 0,
      until: Date.now(),
      buildMs: 0,
      buildCpuMs: 0,
      phases: {},
      databaseBytes: 0,
    }
  }
  return JSON.parse(readFileSync(file, 'utf8')) as TemplateMeta
}

function sameSize(dir: string, size: DatasetSize) {
  if (!existsSync(join(dir, META_FILE))) return false
  const meta = templateMeta(dir)
  return meta.products === size.products && meta.saleLines === size.saleLines
}

/**
 * The caller the bench works as: the wizard's admin, signed in again (a session lives in memory
 * only, so each bench file's core starts signed out), with the template's shift still open.
 */
export async function benchCaller(
  core: Core,
): Promise<Caller & { actor: NonNullable<Caller['actor']> }> {
  const adminId = core.database.raw
    .prepare(`select id from users where role = 'admin' and active = 1 order by created_at`)
    .pluck()
    .get() as string | undefined
  if (!adminId) throw new Error('bench: the data set has no admin; was the wizard run?')
  core.signIn(adminId)
  const caller = await core.currentCaller()
  if (!caller.actor) throw new Error('bench: the admin could not be signed in')
  return caller as Caller & { actor: NonNullable<Caller['actor']> }
}
