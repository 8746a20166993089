import { createHmac, hash } from 'node:crypto'
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
  // The records that joined the chain in 0014, the same lists as that migration's chainedColumns.
  stock_docs: [
    'id',
    'doc_no',
    'kind',
    'location_id',
    'workshop_id',
    'doc_date',
    'batch',
    'party',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  stock_doc_lines: ['id', 'doc_id', 'line_no', 'product_id', 'qty', 'unit_cost'],
  split_rules: [
    'id',
    'workshop_id',
    'valid_from',
    'premi_bp',
    'pnbp_bp',
    'modal_bp',
    'basis',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  pnbp_deposits: [
    'id',
    'deposit_date',
    'amount',
    'billing_code',
    'ntpn',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  pnbp_targets: ['id', 'year', 'amount', 'user_id', 'device_id', 'created_at'],
  pnbp_deposit_cancellations: ['id', 'deposit_id', 'reason', 'user_id', 'device_id', 'created_at'],
  receipt_prints: ['id', 'sale_id', 'copy_no', 'user_id', 'device_id', 'created_at'],
  backup_runs: [
    'id',
    'kind',
    'trigger',
    'file',
    'destination',
    'bytes',
    'ok',
    'problem',
    'detail',
    'duration_ms',
    'device_id',
    'created_at',
  ],
  // Master-data history (0016), the same list as that migration's chainedColumns.
  master_history: [
    'id',
    'entity',
    'entity_id',
    'field',
    'old_value',
    'new_value',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  // Consignment settlements (0019_consignment), the same lists as that migration's chainedColumns.
  consignment_settlements: [
    'id',
    'doc_no',
    'location_id',
    'sale_id',
    'return_transfer_id',
    'return_to_id',
    'commission_pct',
    'sold_amount',
    'commission',
    'amount_due',
    'missing_reason',
    'note',
    'user_id',
    'device_id',
    'created_at',
  ],
  consignment_settlement_lines: [
    'id',
    'settlement_id',
    'line_no',
    'product_id',
    'sold',
    'returned',
    'missing',
    'unit_price',
    'commission',
  ],
  // Versions of changing records and the order ledgers (0020_record_versions), the same lists
  // as that migration's chainedColumns.
  record_versions: ['id', 'table_name', 'row_id', 'content', 'user_id', 'device_id', 'created_at'],
  order_events: [
    'id',
    'order_id',
    'status',
    'reason',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  order_lines: [
    'id',
    'order_id',
    'line_no',
    'product_id',
    'qty',
    'list_price',
    'unit_price',
    'price_reason',
    'hs_code',
    'net_weight_g',
    'due_date',
  ],
  order_payments: [
    'id',
    'order_id',
    'receipt_no',
    'kind',
    'method_id',
    'method_name',
    'method_kind',
    'amount',
    'reference',
    'reason',
    'shift_id',
    'user_id',
    'approved_by',
    'device_id',
    'created_at',
  ],
  order_documents: [
    'id',
    'order_id',
    'kind',
    'doc_no',
    'language',
    'currency',
    'rate_x100',
    'payment_id',
    'user_id',
    'device_id',
    'created_at',
  ],
}

// The one-shot hash skips creating a Hash object per call: half the CPU of createHash, and
// every ledger row a sale writes hashes once in its chain trigger.
export const sha256Hex = (text: string) => hash('sha256', text, 'hex')

/** The chain key: 32 random bytes kept outside the database file (see core/chain-key-store). */
export type ChainKey = Buffer

/** Names a key without revealing it, so a link says which key signed it. */
export const chainKeyId = (key: ChainKey) =>
  sha256Hex(`etalase-chain-key-id:${key.toString('hex')}`).slice(0, 16)

/** The link's signature: HMAC-SHA256 over its position and hash (which covers all before it). */
export const chainMac = (key: ChainKey, seq: number, linkHash: string) =>
  createHmac('sha256', key).update(`${seq}:${linkHash}`).digest('hex')

const noKey = () => {
  throw new Error('no chain key: ledger rows can only be appended by Etalase itself')
}

/**
 * Registers sha256(), chain_mac() and chain_key_id() on a connection; the ledger triggers need
 * them to append rows. Without a key (another tool, the read-only workers) appending fails.
 */
export function registerChainFunctions(raw: BetterSqlite3.Database, key: ChainKey | null = null) {
  raw.function('sha256', { deterministic: true }, (text: unknown) => sha256Hex(String(text)))
  raw.function('chain_mac', { deterministic: true }, (seq: unknown, linkHash: unknown) =>
    key ? chainMac(key, Number(seq), String(linkHash)) : noKey(),
  )
  // The signing trigger asks for the key's id on every link: it never changes, so it is
  // worked out once here instead of hashing the key again per row.
  const keyId = key ? chainKeyId(key) : null
  raw.function('chain_key_id', { deterministic: true }, () => keyId ?? noKey())
}

/** A point in the chain written down outside the database: a position and its hash's start. */
export interface ChainAnchor {
  seq: number
  /** The link's hash or its first characters (at least 12); Z reports carry 16. */
  hash: string
}

export const SHORT_HASH_LENGTH = 16

export type ChainProblem =
  /** The row's content no longer hashes to its link. */
  | 'changed'
  /** A link points at a row that is gone. */
  | 'missing'
  /** A link does not follow the one before it (deleted, inserted or re-ordered links). */
  | 'relinked'
  /** A link has no signature: written with the signing trigger dropped. */
  | 'unsigned'
  /** The signature does not match: the link was recomputed without the key. */
  | 'forged'
  /** Signed by a key that was not given to the verifier. */
  | 'unknown_key'
  /** An anchor written outside the database points past the end of the chain. */
  | 'truncated'
  /** The link at an anchor's position has another hash: the chain was rewritten. */
  | 'anchor_mismatch'

export type ChainVerdict =
  | {
      ok: true
      checked: number
      /** The last link, for anchors; null for an empty chain. */
      head: ChainAnchor | null
      /** True when a key was given and every signature was checked with it. */
      authenticated: boolean
    }
  | {
      ok: false
      checked: number
      /** The first record whose stored content no longer matches its link in the chain. */
      broken: {
        seq: number
        table: string
        rowId: string
        problem: ChainProblem
      }
    }

export interface ChainCheckOptions {
  /** Keys to check signatures with; without any, only structure is checked. */
  keys?: readonly ChainKey[]
  /** Anchors from Z reports, backup manifests or a list: the chain must still pass each. */
  anchors?: readonly ChainAnchor[]
}

const hasTable = (raw: BetterSqlite3.Database, name: string) =>
  raw.prepare("select 1 from sqlite_schema where type = 'table' and name = ?").get(name) !==
  undefined

/**
 * Walks the chain from the first link and recomputes every hash from the row as stored now.
 * An edited value, a deleted row or a re-ordered link shows as the first broken record; each
 * link must carry a signature (0014), checked with the key when one is given; each anchor must
 * fall on a link whose hash it matches.
 */
export function verifyLedgerChain(
  raw: BetterSqlite3.Database,
  options: ChainCheckOptions = {},
): ChainVerdict {
  // A file from an older version (a pre-update backup) lacks the tables chained since: only
  // links that name a missing table are a problem, and the walk reports them as such.
  const present = new Set(
    raw.prepare("select name from sqlite_schema where type = 'table'").pluck().all() as string[],
  )
  const statements = new Map(
    Object.entries(CHAINED_COLUMNS)
      .filter(([table]) => present.has(table))
      .map(([table, columns]) => [
        table,
        raw
          .prepare(
            `select json_array('${table}', ${columns.join(', ')}) from ${table} where id = ?`,
          )
          .pluck(),
      ]),
  )
  const signed = hasTable(raw, 'ledger_chain_macs')
  const macOf = signed
    ? raw.prepare('select key_id, mac from ledger_chain_macs where seq = ?')
    : null
  const keys = new Map((options.keys ?? []).map((key) => [chainKeyId(key), key]))
  const anchors = new Map<number, string[]>()
  for (const anchor of options.anchors ?? []) {
    anchors.set(anchor.seq, [...(anchors.get(anchor.seq) ?? []), anchor.hash.toLowerCase()])
  }
  let previous = ''
  let checked = 0
  let last: { seq: number; table_name: string; row_id: string; hash: string } | null = null
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
    const broken = (problem: ChainProblem) => ({
      ok: false as const,
      checked,
      broken: { seq: link.seq, table: link.table_name, rowId: link.row_id, problem },
    })
    if (link.prev_hash !== previous) return broken('relinked')
    const canonical = statements.get(link.table_name)?.get(link.row_id) as string | undefined
    if (canonical === undefined) return broken('missing')
    if (sha256Hex(previous + canonical) !== link.hash) return broken('changed')
    if (macOf) {
      const mac = macOf.get(link.seq) as { key_id: string; mac: string } | undefined
      if (!mac) return broken('unsigned')
      if (keys.size > 0) {
        const key = keys.get(mac.key_id)
        if (!key) return broken('unknown_key')
        if (chainMac(key, link.seq, link.hash) !== mac.mac) return broken('forged')
      }
    }
    for (const hash of anchors.get(link.seq) ?? []) {
      if (!link.hash.startsWith(hash)) return broken('anchor_mismatch')
    }
    previous = link.hash
    last = link
    checked++
  }
  const beyond = [...anchors.keys()].filter((seq) => seq > (last?.seq ?? 0)).sort((a, b) => a - b)
  if (beyond.length > 0) {
    return {
      ok: false,
      checked,
      broken: {
        seq: beyond[0]!,
        table: 'ledger_chain',
        rowId: String(beyond[0]),
        problem: 'truncated',
      },
    }
  }
  return {
    ok: true,
    checked,
    head: last ? { seq: last.seq, hash: last.hash } : null,
    authenticated: signed && keys.size > 0,
  }
}

/** `123:ab12cd34ef56ab78` → an anchor; null when it is not one. */
export function parseAnchor(text: string): ChainAnchor | null {
  const match = /^\s*#?(\d+)\s*:\s*([0-9a-fA-F]{12,64})\s*$/.exec(text)
  return match ? { seq: Number(match[1]), hash: match[2]!.toLowerCase() } : null
}

export const formatAnchor = (anchor: ChainAnchor) =>
  `${anchor.seq}:${anchor.hash.slice(0, SHORT_HASH_LENGTH)}`
