import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'
import { CHAINED_COLUMNS, sha256Hex } from '../../electron/db/ledger-chain'
import {
  cashierNames,
  craftKinds,
  finishes,
  materials,
  motifs,
  sizes,
  workshopNames,
} from './craft-words'
import { seededRandom } from '../helpers/seeded-random'

export interface DatasetOptions {
  products: number
  saleLines: number
  /** Sales run over the year before this instant. */
  until: number
  seed: number
}

/** What the measurements need to know about the generated data. */
export interface Dataset {
  productIds: string[]
  barcodes: string[]
  prices: Int32Array
  active: Uint8Array
  showroomId: string
  counts: {
    products: number
    workshops: number
    categories: number
    sales: number
    saleLines: number
    payments: number
    stockMovements: number
    stockLevels: number
    chainLinks: number
  }
  buildMs: number
  /** CPU time of this process while building: on a busy machine, steadier than wall time. */
  buildCpuMs: number
  /** Seconds per loading phase: products, sales, stock, chain, checkpoint. */
  phases: Record<string, number>
  databaseBytes: number
}

const DAY = 86_400_000
const WIB = 7 * 3_600_000

// The bench builds the same catalogue and sales from the same seed.
export { seededRandom }

/**
 * UUIDv7-shaped ids stamped with a historical time, as the till would have made them on the
 * day; the running counter in the last group keeps them unique.
 */
function historicalIds() {
  let n = 0
  return (at: number) => {
    const t = at.toString(16).padStart(12, '0')
    const c = (++n).toString(16).padStart(12, '0')
    return `${t.slice(0, 8)}-${t.slice(8, 12)}-7000-8000-${c}`
  }
}

/** EAN-13 with Indonesia's GS1 prefix 899; the body is a bijection of i, so codes are unique. */
export function ean13(i: number): string {
  const body = `899${String((i * 104_729 + 12_345) % 1_000_000_000).padStart(9, '0')}`
  let sum = 0
  for (let d = 0; d < 12; d++) sum += Number(body[d]) * (d % 2 === 0 ? 1 : 3)
  return `${body}${(10 - (sum % 10)) % 10}`
}

/** `YYYYMMDD` in WIB; the app uses Intl, which is too slow for a quarter of a million rows. */
const compactWibDate = (ms: number) =>
  new Date(ms + WIB).toISOString().slice(0, 10).replaceAll('-', '')

/**
 * Popularity is skewed (a few keychains sell every day, most carvings rarely): index order is
 * popularity order, and this favours low indices. Only active products are sold.
 */
export function popularProduct(active: Uint8Array, random: () => number): number {
  let i = Math.floor(active.length * random() ** 2.5)
  while (active[i] !== 1) i = (i + 1) % active.length
  return i
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!
}

/**
 * Drops the ledger hash-chain triggers for the load (a JS call and a chain insert per ledger
 * row made loading several times slower) and returns what puts them back verbatim.
 */
function suspendChainTriggers(raw: BetterSqlite3.Database): () => void {
  const names = Object.keys(CHAINED_COLUMNS).map((table) => `${table}_chain`)
  const triggers = raw
    .prepare(
      `select name, sql from sqlite_master
       where type = 'trigger' and name in (select value from json_each(?))`,
    )
    .all(JSON.stringify(names)) as Array<{ name: string; sql: string }>
  for (const trigger of triggers) raw.exec(`drop trigger ${trigger.name}`)
  return () => {
    for (const trigger of triggers) raw.exec(trigger.sql)
  }
}

/**
 * Links every loaded ledger row into the chain in one pass, exactly as the triggers would
 * have (hash = sha256(previous hash || canonical row)), so `npm run verify` accepts the
 * generated database and checkouts extend a chain of realistic length. Table by table
 * rather than interleaved: the verifier only needs each link to follow the one before.
 */
function chainLoadedRows(raw: BetterSqlite3.Database, tables: readonly string[]): number {
  let previous =
    (raw.prepare('select hash from ledger_chain order by seq desc limit 1').pluck().get() as
      string | undefined) ?? ''
  const link = raw.prepare(
    'insert into ledger_chain (table_name, row_id, prev_hash, hash) values (?, ?, ?, ?)',
  )
  let linked = 0
  for (const table of tables) {
    const columns = CHAINED_COLUMNS[table]
    if (!columns) throw new Error(`${table} is not a chained ledger table`)
    // better-sqlite3 cannot write while a read is being iterated: page through by rowid.
    const page = raw.prepare(
      `select t.rowid as r, t.id, json_array('${table}', ${columns.map((c) => `t.${c}`).join(', ')}) as canonical
       from ${table} t
       where t.rowid > ? and not exists (
         select 1 from ledger_chain c where c.table_name = '${table}' and c.row_id = t.id)
       order by t.rowid limit 20000`,
    )
    let after = 0
    for (;;) {
      const rows = page.all(after) as Array<{ r: number; id: string; canonical: string }>
      if (rows.length === 0) break
      raw.transaction(() => {
        for (const row of rows) {
          const hash = sha256Hex(previous + row.canonical)
          link.run(table, row.id, previous, hash)
          previous = hash
        }
      })()
      after = rows[rows.length - 1]!.r
      linked += rows.length
    }
  }
  return linked
}

function setting(raw: BetterSqlite3.Database, key: string): string {
  const value = raw.prepare('select value from settings where key = ?').pluck().get(key)
  if (typeof value !== 'string')
    throw new Error(`setting ${key} missing; was the core started and set up?`)
  return JSON.parse(value) as string
}

/**
 * Fills a database already migrated and bootstrapped by `startCore`, and set up by the first-run
 * wizard (the till's code, the first admin), with a year of trade:
 * workshops, categories, cashiers, products (through the real FTS triggers), sales with
 * their lines, payments and stock movements, opening stock, levels and the receipt counter.
 * Bare prepared statements in large transactions: minutes of ORM calls become seconds.
 */
export function buildDataset(raw: BetterSqlite3.Database, options: DatasetOptions): Dataset {
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const random = seededRandom(options.seed)
  const nextId = historicalIds()
  const deviceId = setting(raw, 'device.id')
  const deviceCode = setting(raw, 'device.code')
  const showroomId = setting(raw, 'till.defaultLocationId')
  const storeroomId = raw
    .prepare(`select id from locations where kind = 'storeroom' order by created_at`)
    .pluck()
    .get() as string
  const adminId = raw
    .prepare(`select id from users where role = 'admin' order by created_at`)
    .pluck()
    .get() as string

  // Loading only: the measurements run with the app's own settings, restored below.
  const synchronous = raw.pragma('synchronous', { simple: true })
  const cacheSize = raw.pragma('cache_size', { simple: true })
  const foreignKeys = raw.pragma('foreign_keys', { simple: true })
  raw.pragma('synchronous = OFF')
  raw.pragma('cache_size = -262144')
  // Every reference points at a row written just before, so checking each one again only
  // slows the load; the CHECK constraints and unique indexes still apply.
  raw.pragma('foreign_keys = OFF')
  const restoreChainTriggers = suspendChainTriggers(raw)
  const phases: Record<string, number> = {}
  let mark = performance.now()
  const phase = (name: string) => {
    const t = performance.now()
    phases[name] = (t - mark) / 1000
    mark = t
  }

  const yearStart = options.until - 365 * DAY
  const openedAt = yearStart - 30 * DAY

  const workshopIds = workshopNames.map(() => nextId(openedAt))
  const categoryNames = [...new Set(craftKinds.map((k) => k.category))]
  const categoryIds = new Map(categoryNames.map((name) => [name, nextId(openedAt)]))
  const userIds = [adminId, ...cashierNames.map(() => nextId(openedAt))]

  raw.transaction(() => {
    const workshop = raw.prepare(
      'insert into workshops (id, name, active, device_id, created_at) values (?, ?, 1, ?, ?)',
    )
    workshopNames.forEach((name, i) => workshop.run(workshopIds[i], name, deviceId, openedAt))
    const category = raw.prepare(
      'insert into categories (id, name, device_id, created_at) values (?, ?, ?, ?)',
    )
    for (const [name, id] of categoryIds) category.run(id, name, deviceId, openedAt)
    const user = raw.prepare(
      `insert into users (id, name, role, pin_hash, active, device_id, created_at)
       values (?, ?, 'cashier', null, 1, ?, ?)`,
    )
    cashierNames.forEach((name, i) => user.run(userIds[i + 1], name, deviceId, openedAt))
  })()

  // Products, in popularity order (see popularProduct).
  const n = options.products
  const productIds: string[] = new Array<string>(n)
  const barcodes: string[] = new Array<string>(n)
  const names: string[] = new Array<string>(n)
  const skus: string[] = new Array<string>(n)
  const prices = new Int32Array(n)
  const costs = new Int32Array(n)
  const active = new Uint8Array(n)
  const productWorkshop: string[] = new Array<string>(n)
  const productCategory: string[] = new Array<string>(n)
  const productCreated = new Float64Array(n)
  const insertProduct = raw.prepare(
    `insert into products (id, sku, barcode, name, category_id, unit, price, cost, workshop_id,
       active, device_id, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  raw.transaction(() => {
    for (let i = 0; i < n; i++) {
      const kind = pick(craftKinds, random)
      const parts = [kind.name, pick(materials, random)]
      if (random() < 0.8) parts.push(pick(motifs, random))
      if (random() < 0.6) parts.push(pick(finishes, random))
      if (random() < 0.5) parts.push(pick(sizes, random))
      const [low, high] = kind.price
      const price = Math.round((low + (high - low) * random() ** 2) / 1000) * 1000
      const createdAt = openedAt + Math.floor((i / n) * 25 * DAY)
      productIds[i] = nextId(createdAt)
      barcodes[i] = ean13(i)
      names[i] = parts.join(' ')
      skus[i] = `${kind.code}-${String(i).padStart(6, '0')}`
      prices[i] = price
      costs[i] = Math.round((price * (0.45 + 0.25 * random())) / 500) * 500
      active[i] = random() < 0.98 ? 1 : 0
      productWorkshop[i] = pick(workshopIds, random)
      productCategory[i] = categoryIds.get(kind.category)!
      productCreated[i] = createdAt
      insertProduct.run(
        productIds[i],
        skus[i],
        barcodes[i],
        names[i],
        productCategory[i],
        kind.unit,
        price,
        costs[i],
        productWorkshop[i],
        active[i],
        deviceId,
        createdAt,
        createdAt,
      )
    }
  })()

  phase('products')
  const pickProduct = () => popularProduct(active, random)

  const insertSale = raw.prepare(
    `insert into sales (id, device_id, receipt_seq, receipt_no, location_id, user_id, subtotal,
       total, paid, change, request_hash, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertLine = raw.prepare(
    `insert into sale_lines (id, sale_id, line_no, product_id, name, sku, qty, list_price,
       unit_price, line_total, net_total, unit_cost, workshop_id, category_id, device_id,
       created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertPayment = raw.prepare(
    `insert into payments (id, sale_id, tender_no, method_id, method_name, kind, amount,
       tendered, change, reference, device_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const insertMovement = raw.prepare(
    `insert into stock_movements (id, product_id, location_id, qty, reason, unit_cost,
       workshop_id, ref_type, ref_id, note, user_id, device_id, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?)`,
  )

  const sold = new Int32Array(n)
  const expectedSales = options.saleLines / 4
  const meanGap = (options.until - DAY - yearStart) / expectedSales
  const lineProducts: number[] = []
  const lineQtys: number[] = []
  let at = yearStart
  let seq = 0
  let lines = 0
  let payments = 0
  let movements = 0

  const writeSale = () => {
    at = Math.min(
      at + Math.max(1, Math.round(-Math.log(1 - random()) * meanGap)),
      options.until - 60_000,
    )
    seq += 1
    const saleId = nextId(at)
    const userId = pick(userIds, random)
    const count = Math.min(1 + Math.floor(random() * 7), options.saleLines - lines)
    lineProducts.length = 0
    lineQtys.length = 0
    let total = 0
    for (let l = 0; l < count; l++) {
      const p = pickProduct()
      const r = random()
      const qty = r < 0.7 ? 1 : r < 0.9 ? 2 : 3 + Math.floor(random() * 3)
      lineProducts.push(p)
      lineQtys.push(qty)
      total += qty * prices[p]!
    }

    // Tenders: mostly cash with notes rounded up, then QRIS, transfer, card, some split.
    const tenders: Array<
      [
        method: string,
        name: string,
        kind: string,
        amount: number,
        tendered: number,
        ref: string | null,
      ]
    > = []
    const r = random()
    const cashTender = (due: number) =>
      random() < 0.4
        ? due
        : Math.ceil(due / (due > 100_000 ? 50_000 : 10_000)) * (due > 100_000 ? 50_000 : 10_000)
    if (r < 0.65) {
      const tendered = cashTender(total)
      tenders.push(['tunai', 'Tunai', 'cash', total, tendered, null])
    } else if (r < 0.85) {
      tenders.push(['qris', 'QRIS', 'noncash', total, total, `QR${seq}`])
    } else if (r < 0.91) {
      tenders.push(['transfer', 'Transfer Bank', 'noncash', total, total, `TRF${seq}`])
    } else if (r < 0.95) {
      tenders.push(['edc', 'Kartu (EDC)', 'noncash', total, total, `EDC${seq}`])
    } else {
      const part = Math.max(1000, Math.floor(total / 2000) * 1000)
      const rest = total - part
      tenders.push(['qris', 'QRIS', 'noncash', part, part, `QR${seq}`])
      if (rest > 0) tenders.push(['tunai', 'Tunai', 'cash', rest, cashTender(rest), null])
    }
    const paid = tenders.reduce((s, t) => s + t[4], 0)

    insertSale.run(
      saleId,
      deviceId,
      seq,
      `${deviceCode}-${compactWibDate(at)}-${String(seq).padStart(6, '0')}`,
      showroomId,
      userId,
      total,
      total,
      paid,
      paid - total,
      createHash('sha256').update(saleId).digest('hex'),
      at,
    )
    for (let l = 0; l < count; l++) {
      const p = lineProducts[l]!
      const qty = lineQtys[l]!
      const lineTotal = qty * prices[p]!
      insertLine.run(
        nextId(at),
        saleId,
        l + 1,
        productIds[p],
        names[p],
        skus[p],
        qty,
        prices[p],
        prices[p],
        lineTotal,
        lineTotal,
        costs[p],
        productWorkshop[p],
        productCategory[p],
        deviceId,
        at,
      )
      insertMovement.run(
        nextId(at),
        productIds[p],
        showroomId,
        -qty,
        'sale',
        costs[p],
        productWorkshop[p],
        'sale',
        saleId,
        userId,
        deviceId,
        at,
      )
      sold[p] = sold[p]! + qty
    }
    tenders.forEach(([method, name, kind, amount, tendered, ref], t) => {
      insertPayment.run(
        nextId(at),
        saleId,
        t + 1,
        method,
        name,
        kind,
        amount,
        tendered,
        tendered - amount,
        ref,
        deviceId,
        at,
      )
    })
    lines += count
    movements += count
    payments += tenders.length
  }

  const salesPerTransaction = 20_000
  const writeChunk = raw.transaction(() => {
    for (let s = 0; s < salesPerTransaction && lines < options.saleLines; s++) writeSale()
  })
  while (lines < options.saleLines) writeChunk()
  phase('sales')

  // Opening stock: what was made before the year began, enough that sales never went
  // negative and the till still has plenty to sell; half the products also in the storeroom.
  const insertLevel = raw.prepare(
    'insert into stock_levels (product_id, location_id, on_hand) values (?, ?, ?)',
  )
  let levels = 0
  raw.transaction(() => {
    for (let i = 0; i < n; i++) {
      // Best sellers keep more on the shelf, so a long bench run never runs them dry.
      const left = 100 + Math.floor(random() * 200) + Math.ceil(sold[i]! / 10)
      const made = sold[i]! + left
      insertMovement.run(
        nextId(productCreated[i]!),
        productIds[i],
        showroomId,
        made,
        'production_in',
        costs[i],
        productWorkshop[i],
        null,
        null,
        adminId,
        deviceId,
        productCreated[i],
      )
      insertLevel.run(productIds[i], showroomId, left)
      movements += 1
      levels += 1
      if (random() < 0.5) {
        const stored = 10 + Math.floor(random() * 50)
        insertMovement.run(
          nextId(productCreated[i]!),
          productIds[i],
          storeroomId,
          stored,
          'production_in',
          costs[i],
          productWorkshop[i],
          null,
          null,
          adminId,
          deviceId,
          productCreated[i],
        )
        insertLevel.run(productIds[i], storeroomId, stored)
        movements += 1
        levels += 1
      }
    }
    raw
      .prepare(
        `insert into receipt_counters (device_id, last_seq) values (?, ?)
         on conflict (device_id) do update set last_seq = excluded.last_seq`,
      )
      .run(deviceId, seq)
  })()

  phase('stock')
  const chainLinks = chainLoadedRows(raw, [
    // The history rows (0016) the loaded products wrote, then the ledgers.
    'master_history',
    'sales',
    'sale_lines',
    'payments',
    'stock_movements',
  ])
  restoreChainTriggers()
  phase('chain')
  raw.pragma(`foreign_keys = ${String(foreignKeys)}`)
  raw.pragma(`synchronous = ${String(synchronous)}`)
  raw.pragma(`cache_size = ${String(cacheSize)}`)
  raw.pragma('wal_checkpoint(TRUNCATE)')
  phase('checkpoint')
  if (raw.pragma('foreign_keys', { simple: true }) !== foreignKeys) {
    throw new Error('foreign_keys was not restored after loading')
  }
  const pageCount = raw.pragma('page_count', { simple: true }) as number
  const pageSize = raw.pragma('page_size', { simple: true }) as number

  return {
    productIds,
    barcodes,
    prices,
    active,
    showroomId,
    counts: {
      products: n,
      workshops: workshopIds.length,
      categories: categoryIds.size,
      sales: seq,
      saleLines: lines,
      payments,
      stockMovements: movements,
      stockLevels: levels,
      chainLinks,
    },
    buildMs: performance.now() - started,
    buildCpuMs: (() => {
      const cpu = process.cpuUsage(cpuStarted)
      return (cpu.user + cpu.system) / 1000
    })(),
    phases,
    databaseBytes: pageCount * pageSize,
  }
}
