import type BetterSqlite3 from 'better-sqlite3'
import { sha256Hex } from '../../db/ledger-chain'
import type { Words } from './evidence-words'

/**
 * Master data must equal what its history (0016) says it became: a price changed with the
 * history trigger dropped leaves the product and its last history row apart. Only what the
 * history saw is compared: records older than 0016 are checked field by field from their first
 * change on.
 */

type Raw = BetterSqlite3.Database

interface Source {
  entity: string
  table: string
  key: string
  fields: readonly string[]
  /** How the trigger wrote the value, when not as the column's text. */
  shown?: (value: string | null) => string | null
}

const SOURCES: readonly Source[] = [
  {
    entity: 'product',
    table: 'products',
    key: 'id',
    fields: [
      'sku',
      'barcode',
      'name',
      'category_id',
      'unit',
      'price',
      'cost',
      'workshop_id',
      'active',
      'reorder_level',
    ],
  },
  { entity: 'user', table: 'users', key: 'id', fields: ['name', 'role', 'active'] },
  {
    entity: 'payment_method',
    table: 'payment_methods',
    key: 'id',
    fields: ['name', 'kind', 'requires_reference', 'active', 'sort'],
  },
  {
    entity: 'setting',
    table: 'settings',
    key: 'key',
    fields: ['value'],
    // A long value (a logo) is recorded by its hash, as migration 0016 does.
    shown: (value) =>
      value !== null && value.length > 400 ? `sha256:${sha256Hex(value).slice(0, 16)}` : value,
  },
]

export interface HistoryMismatch {
  table: string
  id: string
  field: string
  expected: string | null
  actual: string | null
}

const asText = (value: unknown): string | null =>
  value === null || value === undefined ? null : String(value)

/** What each record's fields became according to the history, in the order it was written. */
function expectedValues(raw: Raw, source: Source): Map<string, Map<string, string | null>> {
  const expected = new Map<string, Map<string, string | null>>()
  const rows = raw
    .prepare(
      `select entity_id as id, field, new_value as value from master_history
       where entity = ? order by rowid`,
    )
    .iterate(source.entity) as IterableIterator<{ id: string; field: string; value: string }>
  for (const row of rows) {
    const fields = expected.get(row.id) ?? new Map<string, string | null>()
    expected.set(row.id, fields)
    // A baseline (0020) is the record's state at the upgrade, written like its creation.
    if (row.field === 'created' || row.field === 'baseline') {
      const start = JSON.parse(row.value) as Record<string, unknown>
      for (const [field, value] of Object.entries(start)) fields.set(field, asText(value))
    } else if (source.fields.includes(row.field)) {
      fields.set(row.field, row.value)
    }
  }
  return expected
}

function sourceMismatch(raw: Raw, source: Source): HistoryMismatch | null {
  const current = raw.prepare(
    `select ${source.fields.map((f) => `CAST(${f} AS TEXT) as ${f}`).join(', ')}
     from ${source.table} where ${source.key} = ?`,
  )
  for (const [id, fields] of expectedValues(raw, source)) {
    const row = current.get(id) as Record<string, string | null> | undefined
    for (const [field, expected] of fields) {
      if (!source.fields.includes(field)) continue
      const stored = row ? (row[field] ?? null) : null
      const actual = source.shown ? source.shown(stored) : stored
      if (actual !== expected) return { table: source.table, id, field, expected, actual }
    }
  }
  return null
}

/** Each permission's last history row says granted or revoked; the matrix must agree. */
function permissionMismatch(raw: Raw): HistoryMismatch | null {
  const last = raw
    .prepare(
      `select h.entity_id as role, coalesce(h.new_value, h.old_value) as permission,
              h.new_value is not null as granted,
              exists (select 1 from role_permissions r where r.role = h.entity_id
                      and r.permission = coalesce(h.new_value, h.old_value)) as present
       from master_history h
       where h.entity = 'role_permission' and h.rowid = (
         select max(x.rowid) from master_history x where x.entity = 'role_permission'
         and x.entity_id = h.entity_id
         and coalesce(x.new_value, x.old_value) = coalesce(h.new_value, h.old_value))`,
    )
    .all() as Array<{ role: string; permission: string; granted: number; present: number }>
  const odd = last.find((r) => r.granted !== r.present)
  if (!odd) return null
  return {
    table: 'role_permissions',
    id: `${odd.role}:${odd.permission}`,
    field: 'permission',
    expected: odd.granted ? 'granted' : null,
    actual: odd.present ? 'granted' : null,
  }
}

export function historyMismatch(raw: Raw): HistoryMismatch | null {
  for (const source of SOURCES) {
    const found = sourceMismatch(raw, source)
    if (found) return found
  }
  return permissionMismatch(raw)
}

export function historyMismatchWords(m: HistoryMismatch): Words {
  const shown = (v: string | null) => (v === null ? '∅' : `"${v}"`)
  return {
    id: `${m.table} ${m.id}: ${m.field} tersimpan ${shown(m.actual)}, tetapi riwayat perubahan berakhir pada ${shown(m.expected)} — diubah tanpa melalui Etalase (pemicu riwayat dimatikan).`,
    en: `${m.table} ${m.id}: ${m.field} is stored as ${shown(m.actual)}, but its change history ends at ${shown(m.expected)} — changed outside Etalase (history trigger dropped).`,
  }
}
