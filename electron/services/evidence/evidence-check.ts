import type BetterSqlite3 from 'better-sqlite3'
import type { Kysely } from 'kysely'
import {
  CHAINED_COLUMNS,
  verifyLedgerChain,
  type ChainCheckOptions,
  type ChainVerdict,
} from '../../db/ledger-chain'
import type { Database } from '../../db/schema'
import { verifyReportRollups } from '../reports/report-rollups'
import { verifyStockLevels } from '../stock/stock-ledger'
import { chainProblemWords, type Words } from './evidence-words'
import { historyMismatch, historyMismatchWords } from './history-check'
import { versionMismatch, versionMismatchWords } from './version-check'

/**
 * The whole of `npm run verify`: every check an auditor needs to trust the books, each
 * answering with the FIRST failure by table, id and words in both languages. Read-only.
 */

export type EvidenceCheckName =
  | 'integrity'
  | 'foreign_keys'
  | 'chain'
  | 'unlinked'
  | 'history'
  | 'versions'
  | 'numbering'
  | 'sale_sums'
  | 'stock'
  | 'rollups'

export interface EvidenceFinding {
  check: EvidenceCheckName
  table: string
  id: string
  words: Words
}

export interface EvidenceReport {
  ok: boolean
  chain: ChainVerdict
  /** Every check in order, with its first failure (null when it passed). */
  checks: Array<{ check: EvidenceCheckName; failure: EvidenceFinding | null }>
  /** The first failure of all, or null. */
  first: EvidenceFinding | null
}

type Raw = BetterSqlite3.Database

const tablesOf = (raw: Raw) =>
  new Set(
    raw.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[],
  )

function integrityFinding(raw: Raw): EvidenceFinding | null {
  const result = String(raw.pragma('integrity_check(1)', { simple: true }))
  if (result === 'ok') return null
  return {
    check: 'integrity',
    table: 'sqlite',
    id: '-',
    words: {
      id: `Berkas database rusak menurut SQLite: ${result}`,
      en: `SQLite reports the database file as damaged: ${result}`,
    },
  }
}

function foreignKeyFinding(raw: Raw): EvidenceFinding | null {
  const orphan = (
    raw.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>
  )[0]
  if (!orphan) return null
  return {
    check: 'foreign_keys',
    table: orphan.table,
    id: String(orphan.rowid),
    words: {
      id: `Baris ${orphan.table} #${orphan.rowid} menunjuk ${orphan.parent} yang tidak ada lagi.`,
      en: `Row ${orphan.table} #${orphan.rowid} points at a ${orphan.parent} that no longer exists.`,
    },
  }
}

function chainFinding(verdict: ChainVerdict): EvidenceFinding | null {
  if (verdict.ok) return null
  const { broken } = verdict
  return {
    check: 'chain',
    table: broken.table,
    id: broken.rowId,
    words: chainProblemWords(broken.problem, broken),
  }
}

/** Every row of a chained table has its link (a row inserted with the chain trigger dropped). */
function unlinkedFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  for (const table of Object.keys(CHAINED_COLUMNS)) {
    if (!present.has(table)) continue
    const id = raw
      .prepare(
        `select t.id from ${table} t where not exists (select 1 from ledger_chain c
           where c.table_name = '${table}' and c.row_id = t.id) order by t.rowid limit 1`,
      )
      .pluck()
      .get() as string | undefined
    if (id !== undefined) {
      return {
        check: 'unlinked',
        table,
        id,
        words: {
          id: `Catatan ${table} ${id} tidak ada di rantai: ditambahkan dengan pemicu rantai dimatikan.`,
          en: `Record ${table} ${id} is not in the chain: it was added with the chain trigger dropped.`,
        },
      }
    }
  }
  if (present.has('ledger_chain_macs')) {
    const seq = raw
      .prepare(
        `select m.seq from ledger_chain_macs m
         where not exists (select 1 from ledger_chain c where c.seq = m.seq) limit 1`,
      )
      .pluck()
      .get() as number | undefined
    if (seq !== undefined) {
      return {
        check: 'unlinked',
        table: 'ledger_chain',
        id: String(seq),
        words: {
          id: `Tanda tangan #${seq} tidak punya mata rantai lagi: mata rantai itu dihapus.`,
          en: `Signature #${seq} has no link any more: that link was deleted.`,
        },
      }
    }
  }
  return null
}

/** Products, people, permissions, payment methods and settings are what their history says. */
function historyFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  if (!present.has('master_history')) return null
  const mismatch = historyMismatch(raw)
  if (!mismatch) return null
  return {
    check: 'history',
    table: mismatch.table,
    id: mismatch.id,
    words: historyMismatchWords(mismatch),
  }
}

/** Transfers, orders and other changing records are what their last chained version says. */
function versionFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  const mismatch = versionMismatch(raw, present)
  if (!mismatch) return null
  return {
    check: 'versions',
    table: mismatch.table,
    id: mismatch.id,
    words: versionMismatchWords(mismatch),
  }
}

/** Numbered series: 1, 2, 3… per device, up to the device's counter. */
const SERIES = [
  {
    table: 'sales',
    column: 'receipt_seq',
    counter: 'receipt_counters',
    name: ['struk', 'receipt'],
  },
  { table: 'shift_closes', column: 'z_no', counter: 'z_counters', name: ['laporan Z', 'Z report'] },
  {
    table: 'stock_counts',
    column: 'seq',
    counter: 'stock_count_counters',
    name: ['opname', 'stock count'],
  },
] as const

/** The trailing digits of a document number (`RKSG1-20261127-000003` → 3). */
const trailingNumber = (column: string) =>
  `CAST(substr(${column}, length(rtrim(${column}, '0123456789')) + 1) AS INTEGER)`
/** A document number without its trailing digits and dash: its series. */
const seriesOf = (column: string) =>
  `substr(${column}, 1, length(rtrim(${column}, '0123456789')) - 1)`

/**
 * Series numbered inside a text: returns per till (return_counters), and stock documents and
 * transfers per series `PHP-KSG1-2026` (stock_doc_counters, shared by every table that takes a
 * number from nextDocNo).
 */
const TEXT_SERIES = [
  {
    tables: [{ table: 'returns', column: 'return_no' }],
    group: 'device_id',
    counter: { table: 'return_counters', key: 'device_id' },
    name: ['retur', 'return'],
  },
  {
    tables: [
      { table: 'stock_docs', column: 'doc_no' },
      { table: 'transfers', column: 'transfer_no' },
      // Consignment settlements (TJ-) and the order series (PSN-, KWT-, PRD-, documents) take
      // their numbers from the same counters.
      { table: 'consignment_settlements', column: 'doc_no' },
      { table: 'consignment_payments', column: 'doc_no' },
      { table: 'orders', column: 'order_no' },
      { table: 'order_payments', column: 'receipt_no' },
      { table: 'production_requests', column: 'request_no' },
      { table: 'order_documents', column: 'doc_no' },
    ],
    group: null,
    counter: { table: 'stock_doc_counters', key: 'series' },
    name: ['dokumen stok', 'stock document'],
  },
] as const

function textNumberingFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  for (const series of TEXT_SERIES) {
    const tables = series.tables.filter((t) => present.has(t.table))
    if (tables.length === 0) continue
    const numbered = tables
      .map(
        (t) => `select '${t.table}' as tbl, id, ${t.column} as no,
                ${series.group ?? seriesOf(t.column)} as grp,
                ${trailingNumber(t.column)} as n from ${t.table}`,
      )
      .join(' union all ')
    const [nameId, nameEn] = series.name
    const gap = raw
      .prepare(
        `select tbl, id, no, grp, n, prev from (
           select *, lag(n, 1, 0) over (partition by grp order by n) as prev from (${numbered}))
         where n <> prev + 1 order by grp, n limit 1`,
      )
      .get() as
      { tbl: string; id: string; no: string; grp: string; n: number; prev: number } | undefined
    if (gap) {
      return {
        check: 'numbering',
        table: gap.tbl,
        id: gap.id,
        words: {
          id: `Nomor ${nameId} ${gap.prev + 1}–${gap.n - 1} (${gap.grp}) hilang sebelum ${gap.no}.`,
          en: `${nameEn} numbers ${gap.prev + 1}–${gap.n - 1} (${gap.grp}) are missing before ${gap.no}.`,
        },
      }
    }
    if (!present.has(series.counter.table)) continue
    const tail = raw
      .prepare(
        `select c.${series.counter.key} as grp, c.last_seq as last, coalesce(t.top, 0) as top
         from ${series.counter.table} c
         left join (select grp, max(n) as top from (${numbered}) group by grp) t
           on t.grp = c.${series.counter.key}
         where c.last_seq > coalesce(t.top, 0) limit 1`,
      )
      .get() as { grp: string; last: number; top: number } | undefined
    if (tail) {
      return {
        check: 'numbering',
        table: tables[0]!.table,
        id: `${tail.grp}:${tail.top + 1}`,
        words: {
          id: `Nomor ${nameId} ${tail.top + 1}–${tail.last} (${tail.grp}) sudah terpakai tetapi dokumennya hilang.`,
          en: `${nameEn} numbers ${tail.top + 1}–${tail.last} (${tail.grp}) were issued but their documents are gone.`,
        },
      }
    }
  }
  return null
}

function numberingFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  for (const series of SERIES) {
    if (!present.has(series.table)) continue
    const gap = raw
      .prepare(
        `select id, device_id as device, n, prev from (
           select id, device_id, ${series.column} as n,
                  lag(${series.column}, 1, 0) over (partition by device_id order by ${series.column}) as prev
           from ${series.table}) where n <> prev + 1 limit 1`,
      )
      .get() as { id: string; device: string; n: number; prev: number } | undefined
    const [nameId, nameEn] = series.name
    if (gap) {
      return {
        check: 'numbering',
        table: series.table,
        id: gap.id,
        words: {
          id: `Nomor ${nameId} ${gap.prev + 1}–${gap.n - 1} hilang sebelum ${series.table} ${gap.id} (perangkat ${gap.device}).`,
          en: `${nameEn} numbers ${gap.prev + 1}–${gap.n - 1} are missing before ${series.table} ${gap.id} (device ${gap.device}).`,
        },
      }
    }
    if (!present.has(series.counter)) continue
    const tail = raw
      .prepare(
        `select c.device_id as device, c.last_seq as last,
                (select coalesce(max(${series.column}), 0) from ${series.table} t
                 where t.device_id = c.device_id) as top
         from ${series.counter} c
         where c.last_seq > (select coalesce(max(${series.column}), 0) from ${series.table} t
                             where t.device_id = c.device_id) limit 1`,
      )
      .get() as { device: string; last: number; top: number } | undefined
    if (tail) {
      return {
        check: 'numbering',
        table: series.table,
        id: `${tail.device}:${tail.top + 1}`,
        words: {
          id: `Nomor ${nameId} ${tail.top + 1}–${tail.last} sudah terpakai tetapi catatannya hilang (perangkat ${tail.device}).`,
          en: `${nameEn} numbers ${tail.top + 1}–${tail.last} were issued but their records are gone (device ${tail.device}).`,
        },
      }
    }
  }
  return textNumberingFinding(raw, present)
}

/** Each sale's lines, discounts and payments add up to its total. */
function saleSumsFinding(raw: Raw, present: Set<string>): EvidenceFinding | null {
  if (!present.has('sales')) return null
  const bad = raw
    .prepare(
      `with l as (
         select sale_id, sum(line_total) as lines, sum(net_total) as net,
                sum(case when line_total <> qty * unit_price - line_discount then 1 else 0 end) as odd
         from sale_lines group by sale_id),
       p as (
         select sale_id, sum(amount) as amount, sum(tendered) as tendered, sum(change) as change
         from payments group by sale_id)
       select s.id, s.receipt_no as receipt,
              s.subtotal, s.cart_discount as cart, s.rounding, s.total, s.paid, s.change,
              coalesce(l.lines, 0) as lines, coalesce(l.net, 0) as net, coalesce(l.odd, 0) as odd,
              coalesce(p.amount, 0) as amount, coalesce(p.tendered, 0) as tendered,
              coalesce(p.change, 0) as given
       from sales s left join l on l.sale_id = s.id left join p on p.sale_id = s.id
       where l.odd > 0 or s.subtotal <> coalesce(l.lines, 0)
          or coalesce(l.net, 0) <> s.subtotal - s.cart_discount
          or s.total <> s.subtotal - s.cart_discount + s.rounding
          or coalesce(p.amount, 0) <> s.total or coalesce(p.tendered, 0) <> s.paid
          or coalesce(p.change, 0) <> s.change
       order by s.rowid limit 1`,
    )
    .get() as
    | {
        id: string
        receipt: string
        subtotal: number
        total: number
        lines: number
        amount: number
      }
    | undefined
  if (!bad) return null
  return {
    check: 'sale_sums',
    table: 'sales',
    id: bad.id,
    words: {
      id: `Struk ${bad.receipt}: baris, diskon dan pembayaran tidak berjumlah ke totalnya (total ${bad.total}, baris ${bad.lines}, dibayar ${bad.amount}).`,
      en: `Receipt ${bad.receipt}: its lines, discounts and payments do not add up to its total (total ${bad.total}, lines ${bad.lines}, paid ${bad.amount}).`,
    },
  }
}

async function stockFinding(db: Kysely<Database>): Promise<EvidenceFinding | null> {
  const first = (await verifyStockLevels(db))[0]
  if (!first) return null
  const key = JSON.stringify(first)
  return {
    check: 'stock',
    table: 'productId' in first ? 'stock_levels' : 'stock_value_totals',
    id: 'productId' in first ? `${first.productId}@${first.locationId}` : first.locationId,
    words: {
      id: `Stok tersimpan tidak sama dengan buku mutasi stok: ${key}`,
      en: `A stored stock level differs from the stock ledger: ${key}`,
    },
  }
}

async function rollupFinding(db: Kysely<Database>): Promise<EvidenceFinding | null> {
  const first = (await verifyReportRollups(db))[0]
  if (!first) return null
  return {
    check: 'rollups',
    table: first.table,
    id: first.key,
    words: {
      id: `Ringkasan laporan ${first.table} [${first.key}] tidak sama dengan transaksi: tersimpan ${first.stored}, dihitung ${first.recomputed}.`,
      en: `Report rollup ${first.table} [${first.key}] differs from the transactions: stored ${first.stored}, recomputed ${first.recomputed}.`,
    },
  }
}

export async function verifyEvidence(
  raw: Raw,
  db: Kysely<Database>,
  options: ChainCheckOptions = {},
): Promise<EvidenceReport> {
  const present = tablesOf(raw)
  const chain = verifyLedgerChain(raw, options)
  const checks: EvidenceReport['checks'] = [
    { check: 'integrity', failure: integrityFinding(raw) },
    { check: 'foreign_keys', failure: foreignKeyFinding(raw) },
    { check: 'chain', failure: chainFinding(chain) },
    { check: 'unlinked', failure: unlinkedFinding(raw, present) },
    { check: 'history', failure: historyFinding(raw, present) },
    { check: 'versions', failure: versionFinding(raw, present) },
    { check: 'numbering', failure: numberingFinding(raw, present) },
    { check: 'sale_sums', failure: saleSumsFinding(raw, present) },
    { check: 'stock', failure: await stockFinding(db) },
    { check: 'rollups', failure: await rollupFinding(db) },
  ]
  const first = checks.find((c) => c.failure)?.failure ?? null
  return { ok: first === null, chain, checks, first }
}
