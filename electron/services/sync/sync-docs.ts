import type { HubDatabase } from '../../hub/hub-types'
import type { Kysely } from 'kysely'
import { sha256Hex } from '../../db/ledger-chain'
import type { Database } from '../../db/schema'
import { flowDb, type SyncDocOutboxTable } from './flow-tables'

// Up: transfers, exhibitions and opname snapshots. They change state on the till, so each
// queued change sends the document as it stands now; the hub keys it by the digest of its
// content, so a replay (or two queued changes that ended in the same state) lands once.

type DocKind = SyncDocOutboxTable['kind']

export interface DocSnapshot {
  kind: DocKind
  rowId: string
  payload: string
  digest: string
  locationIds: string[]
}

async function readDoc(
  db: Kysely<Database>,
  kind: DocKind,
  rowId: string,
): Promise<DocSnapshot | null> {
  let body: unknown
  let locationIds: string[]
  if (kind === 'transfer') {
    const transfer = await db
      .selectFrom('transfers')
      .selectAll()
      .where('id', '=', rowId)
      .executeTakeFirst()
    if (!transfer) return null
    const lines = await db
      .selectFrom('transfer_lines')
      .selectAll()
      .where('transfer_id', '=', rowId)
      .orderBy('line_no')
      .execute()
    body = { transfer, lines }
    locationIds = [transfer.from_location_id, transfer.to_location_id]
  } else if (kind === 'exhibition') {
    const exhibition = await db
      .selectFrom('exhibitions')
      .selectAll()
      .where('location_id', '=', rowId)
      .executeTakeFirst()
    if (!exhibition) return null
    body = { exhibition }
    locationIds = [exhibition.location_id, exhibition.return_location_id].filter(
      (id): id is string => id !== null,
    )
  } else {
    const count = await db
      .selectFrom('stock_counts')
      .selectAll()
      .where('id', '=', rowId)
      .executeTakeFirst()
    if (!count) return null
    const snapshot = await db
      .selectFrom('stock_count_snapshot')
      .selectAll()
      .where('count_id', '=', rowId)
      .orderBy('product_id')
      .execute()
    body = { count, snapshot }
    locationIds = [count.location_id]
  }
  const payload = JSON.stringify(body)
  return { kind, rowId, payload, digest: sha256Hex(payload), locationIds }
}

/**
 * Sends up to `limit` queued changes. The outbox rows read are marked only after the hub
 * committed; a change queued meanwhile is a new outbox row and stays waiting.
 */
export async function uploadDocs(
  hub: Kysely<HubDatabase>,
  db: Kysely<Database>,
  deviceId: string,
  now: number,
  limit = 200,
): Promise<number> {
  const flow = flowDb(db)
  const waiting = await flow
    .selectFrom('sync_doc_outbox')
    .select(['id', 'kind', 'row_id'])
    .where('sent_at', 'is', null)
    .orderBy('id')
    .limit(limit)
    .execute()
  if (waiting.length === 0) return 0
  const seen = new Set<string>()
  const docs: DocSnapshot[] = []
  for (const row of waiting) {
    const key = `${row.kind}:${row.row_id}`
    if (seen.has(key)) continue
    seen.add(key)
    const doc = await readDoc(db, row.kind, row.row_id)
    if (doc) docs.push(doc)
  }
  if (docs.length > 0) {
    await hub
      .insertInto('doc_snapshots')
      .values(
        docs.map((doc) => ({
          device_id: deviceId,
          kind: doc.kind,
          row_id: doc.rowId,
          payload: doc.payload,
          digest: doc.digest,
          location_ids: doc.locationIds,
          taken_at: now,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  await flow
    .updateTable('sync_doc_outbox')
    .set({ sent_at: now })
    .where(
      'id',
      'in',
      waiting.map((row) => row.id),
    )
    .where('sent_at', 'is', null)
    .execute()
  return waiting.length
}

/** Documents waiting to go up (for the status line). */
export async function docsWaiting(db: Kysely<Database>): Promise<number> {
  const row = await flowDb(db)
    .selectFrom('sync_doc_outbox')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('sent_at', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}
