import type { HubDatabase } from '../../hub/hub-types'
import { sql, type Kysely } from 'kysely'
import { CHAINED_COLUMNS } from '../../db/ledger-chain'
import type { Database } from '../../db/schema'

/** One link of this device's chain as the hub stores it. */
export interface UploadRow {
  device_id: string
  seq: number
  table_name: string
  row_id: string
  prev_hash: string
  hash: string
  canonical: string
}

/** Test seams: a crash between the hub's commit and the local sent mark. */
export interface UploadFaults {
  afterHubCommit?: (seqs: readonly number[]) => void
}

/**
 * The next batch of waiting links, oldest first, each with the canonical text its hash was
 * computed over (recomputed from the row as stored now: a row changed since it was written no
 * longer hashes to its link, and the hub quarantines it).
 */
export async function readWaitingBatch(
  db: Kysely<Database>,
  deviceId: string,
  limit: number,
): Promise<UploadRow[]> {
  return readBatch(db, deviceId, { limit, waitingOnly: true })
}

/** Links from a position on, sent or not: what a replayed upload would send again. */
export async function readBatch(
  db: Kysely<Database>,
  deviceId: string,
  options: { limit: number; waitingOnly?: boolean; fromSeq?: number },
): Promise<UploadRow[]> {
  const waitingOnly = options.waitingOnly ? sql`o.sent_at IS NULL` : sql`1 = 1`
  const { rows: links } = await sql<{
    seq: number
    table_name: string
    row_id: string
    prev_hash: string
    hash: string
  }>`SELECT o.seq, o.table_name, o.row_id, c.prev_hash, c.hash
     FROM sync_outbox o JOIN ledger_chain c ON c.seq = o.seq
     WHERE ${waitingOnly} AND o.seq >= ${options.fromSeq ?? 0}
     ORDER BY o.seq LIMIT ${options.limit}`.execute(db)
  const canonicals = await canonicalTexts(db, links)
  const rows: UploadRow[] = links.map((link) => ({
    device_id: deviceId,
    seq: link.seq,
    table_name: link.table_name,
    row_id: link.row_id,
    prev_hash: link.prev_hash,
    hash: link.hash,
    canonical: canonicals.get(`${link.table_name}\u0000${link.row_id}`) ?? '[]',
  }))
  return rows
}

/**
 * The canonical text of each linked row, one query per table in the batch (a batch is a few
 * tables: sales, lines, payments, movements…) rather than one per row: reading 500 rows one
 * by one held the till's thread for several milliseconds a batch, in the way of a sale.
 */
async function canonicalTexts(
  db: Kysely<Database>,
  links: readonly { table_name: string; row_id: string }[],
): Promise<Map<string, string>> {
  const idsByTable = new Map<string, string[]>()
  for (const link of links) {
    if (!CHAINED_COLUMNS[link.table_name]) continue
    const ids = idsByTable.get(link.table_name) ?? []
    ids.push(link.row_id)
    idsByTable.set(link.table_name, ids)
  }
  const texts = new Map<string, string>()
  for (const [table, ids] of idsByTable) {
    const columns = CHAINED_COLUMNS[table]!
    const { rows } = await sql<{ id: string; canonical: string }>`
      SELECT id, json_array(${table}, ${sql.join(columns.map((c) => sql.ref(c)))}) AS canonical
      FROM ${sql.table(table)} WHERE id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`.execute(
      db,
    )
    for (const row of rows) texts.set(`${table}\u0000${row.id}`, row.canonical)
  }
  return texts
}

/**
 * Sends one batch: a replayed batch changes nothing (ON CONFLICT DO NOTHING on the hub's keys),
 * and the local mark is set only after the hub committed, so a crash in between resends.
 */
export async function uploadBatch(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  rows: readonly UploadRow[],
  now: number,
  faults: UploadFaults = {},
) {
  if (rows.length === 0) return
  await hub
    .insertInto('ledger_rows')
    .values(rows.map((row) => ({ ...row, data: '{}' })))
    .onConflict((oc) => oc.doNothing())
    .execute()
  const seqs = rows.map((row) => row.seq)
  faults.afterHubCommit?.(seqs)
  await db
    .updateTable('sync_outbox')
    .set({ sent_at: now })
    .where('seq', 'in', seqs)
    .where('sent_at', 'is', null)
    .execute()
}
