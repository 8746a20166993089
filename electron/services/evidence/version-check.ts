import type BetterSqlite3 from 'better-sqlite3'
import { VERSIONED_TABLES } from '../../db/record-versions'
import type { Words } from './evidence-words'

/**
 * Records that change state (transfers, orders…) must equal their last chained version
 * (migration 0020): a transfer edited or deleted with the version triggers dropped, or a
 * record written with them dropped, no longer matches. Read-only; the first mismatch only.
 */

type Raw = BetterSqlite3.Database

export interface VersionMismatch {
  table: string
  id: string
  problem: 'changed' | 'deleted' | 'unversioned'
}

function tableMismatch(raw: Raw, table: string, key: string, columns: string[]) {
  const current = `json_array('${table}', ${columns.join(', ')})`
  // A record whose last version is not what it is now (none at all: written unseen).
  const row = raw
    .prepare(
      `select k as id, c, v, n from (
         select t.k, t.c,
                (select v.content from record_versions v where v.table_name = '${table}'
                 and v.row_id = t.k order by v.rowid desc limit 1) as v,
                (select count(*) from record_versions v where v.table_name = '${table}'
                 and v.row_id = t.k) as n
         from (select ${key} as k, ${current} as c from ${table}) t)
       where v is null or v <> c limit 1`,
    )
    .get() as { id: string; n: number } | undefined
  if (row) return { table, id: row.id, problem: row.n === 0 ? 'unversioned' : 'changed' }
  // A record whose last version says it exists, but it is gone.
  const gone = raw
    .prepare(
      `select v.row_id as id from record_versions v
       where v.table_name = ? and v.content is not null
         and v.rowid = (select max(x.rowid) from record_versions x
                        where x.table_name = v.table_name and x.row_id = v.row_id)
         and not exists (select 1 from ${table} t where ${key.replace(/\b(id|stock_doc_id|request_id)\b/g, 't.$1')} = v.row_id)
       limit 1`,
    )
    .get(table) as { id: string } | undefined
  if (gone) return { table, id: gone.id, problem: 'deleted' }
  return null
}

export function versionMismatch(raw: Raw, present: Set<string>): VersionMismatch | null {
  if (!present.has('record_versions')) return null
  for (const [table, { key, columns }] of Object.entries(VERSIONED_TABLES)) {
    if (!present.has(table)) continue
    const found = tableMismatch(raw, table, key, columns)
    if (found) return found as VersionMismatch
  }
  return null
}

export function versionMismatchWords(m: VersionMismatch): Words {
  switch (m.problem) {
    case 'changed':
      return {
        id: `${m.table} ${m.id} tidak sama dengan versi terakhirnya yang tercatat di rantai: diubah di luar Etalase (pemicu versi dimatikan).`,
        en: `${m.table} ${m.id} differs from its last version recorded in the chain: changed outside Etalase (version trigger dropped).`,
      }
    case 'deleted':
      return {
        id: `${m.table} ${m.id} tercatat di rantai tetapi sudah tidak ada: dihapus di luar Etalase.`,
        en: `${m.table} ${m.id} is recorded in the chain but no longer exists: deleted outside Etalase.`,
      }
    case 'unversioned':
      return {
        id: `${m.table} ${m.id} tidak punya versi di rantai: ditulis dengan pemicu versi dimatikan.`,
        en: `${m.table} ${m.id} has no version in the chain: written with the version trigger dropped.`,
      }
  }
}
