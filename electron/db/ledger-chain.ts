import { createHash } from 'node:crypto'
import type BetterSqlite3 from 'better-sqlite3'

/** The same canonical column lists as migration 0002 (a test proves they agree). */
export const CHAINED_COLUMNS: Record<string, readonly string[]> = {
  sales: [
    'id',
    'device_id',
    'receipt_seq',
    'receipt_no',
    'location_id',
    'user_id',
    'shift_id',
    'subtotal',
    'cart_discount',
    'cart_discount_kind',
    'cart_discount_value',
    'cart_discount_reason',
    'rounding',
    'total',
    'paid',
    'change',
    'request_hash',
    'created_at',
  ],
  sale_lines: [
    'id',
    'sale_id',
    'line_no',
    'product_id',
    'name',
    'sku',
    'qty',
    'list_price',
    'unit_price',
    'override_reason',
    'line_discount',
    'discount_kind',
    'discount_value',
    'discount_reason',
    'line_total',
    'net_total',
    'unit_cost',
    'workshop_id',
    'category_id',
    'device_id',
    'created_at',
  ],
  payments: [
    'id',
    'sale_id',
    'tender_no',
    'method_id',
    'method_name',
    'kind',
    'amount',
    'tendered',
    'change',
    'reference',
    'device_id',
    'created_at',
  ],
  stock_movements: [
    'id',
    'product_id',
    'location_id',
    'qty',
    'reason',
    'unit_cost',
    'workshop_id',
    'ref_type',
    'ref_id',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  audit_log: [
    'id',
    'action',
    'user_id',
    'approved_by',
    'reason',
    'ref_type',
    'ref_id',
    'detail',
    'device_id',
    'created_at',
  ],
  sale_voids: ['id', 'sale_id', 'reason', 'user_id', 'approved_by', 'device_id', 'created_at'],
  returns: [
    'id',
    'sale_id',
    'return_no',
    'reason',
    'refund_total',
    'user_id',
    'approved_by',
    'request_hash',
    'device_id',
    'created_at',
  ],
  return_lines: [
    'id',
    'return_id',
    'sale_line_id',
    'qty',
    'amount',
    'disposition',
    'device_id',
    'created_at',
  ],
  shifts: ['id', 'device_id', 'location_id', 'user_id', 'opening_float', 'created_at'],
  shift_cash_moves: [
    'id',
    'shift_id',
    'kind',
    'amount',
    'reason',
    'user_id',
    'device_id',
    'created_at',
  ],
  shift_closes: [
    'id',
    'shift_id',
    'z_no',
    'counted_cash',
    'expected_cash',
    'variance',
    'denominations',
    'totals',
    'note',
    'forced',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  refunds: [
    'id',
    'shift_id',
    'return_id',
    'void_id',
    'method_id',
    'method_name',
    'kind',
    'amount',
    'reference',
    'device_id',
    'created_at',
  ],
  // Stock opname (0005_opname), the same lists as that migration's chainedColumns.
  stock_counts: [
    'id',
    'count_no',
    'seq',
    'location_id',
    'scope_kind',
    'scope_id',
    'scope_name',
    'pic_user_id',
    'pic_name',
    'witness_user_id',
    'witness_name',
    'head_name',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_count_events: [
    'id',
    'count_id',
    'seq',
    'state',
    'movement_watermark',
    'reason',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  stock_count_sessions: ['id', 'count_id', 'label', 'user_id', 'device_id', 'created_at'],
  stock_count_entries: [
    'id',
    'count_id',
    'session_id',
    'product_id',
    'kind',
    'qty',
    'undoes_entry_id',
    'movement_watermark',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_count_reasons: [
    'id',
    'count_id',
    'product_id',
    'reason',
    'user_id',
    'device_id',
    'created_at',
  ],
}

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex')

/** Registers sha256() on a connection; the ledger triggers need it to append rows. */
export function registerChainFunctions(raw: BetterSqlite3.Database): void {
  raw.function('sha256', { deterministic: true }, (text: unknown) => sha256Hex(String(text)))
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | {
      ok: false
      checked: number
      /** The first record whose stored content no longer matches its link in the chain. */
      broken: {
        seq: number
        table: string
        rowId: string
        problem: 'changed' | 'missing' | 'relinked'
      }
    }

/**
 * Walks the chain from the first link and recomputes every hash from the row as stored now.
 * An edited value, a deleted row or a re-ordered link shows as the first broken record.
 */
export function verifyLedgerChain(raw: BetterSqlite3.Database): ChainVerdict {
  const statements = new Map(
    Object.entries(CHAINED_COLUMNS).map(([table, columns]) => [
      table,
      raw
        .prepare(`select json_array('${table}', ${columns.join(', ')}) from ${table} where id = ?`)
        .pluck(),
    ]),
  )
  let previous = ''
  let checked = 0
  const links = raw
    .prepare('select seq, table_name, row_id, prev_hash, hash from ledger_chain order by seq')
    .iterate() as IterableIterator<{
    seq: number
    table_name: string
    row_id: string
    prev_hash: string
    hash: string
  }>
  for (const link of links) {
    const broken = (problem: 'changed' | 'missing' | 'relinked') => ({
      ok: false as const,
      checked,
      broken: { seq: link.seq, table: link.table_name, rowId: link.row_id, problem },
    })
    if (link.prev_hash !== previous) return broken('relinked')
    const canonical = statements.get(link.table_name)?.get(link.row_id) as string | undefined
    if (canonical === undefined) return broken('missing')
    if (sha256Hex(previous + canonical) !== link.hash) return broken('changed')
    previous = link.hash
    checked++
  }
  return { ok: true, checked }
}
