import type { HubDatabase } from '../../../electron/hub/hub-types'
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { publishMaster } from '../../../electron/hub/hub-admin'
import { decideProposal } from '../../../electron/hub/hub-proposals'
import { startPgHub, threeTillRoles, type PgHubServer, type TestHub } from '../../helpers/pg-hub'

// Hub schema v2's boundary, tried as a till role: document snapshots and edit proposals are
// inserted only with the till's own device id, never changed or removed, read only for shared
// locations; sales at a shared location are readable, others' elsewhere are not; only the
// admin decides proposals.

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

function doc(device: string, rowId: string, locations: string[], state = 'in_transit') {
  const payload = JSON.stringify({ transfer: { id: rowId, state }, lines: [] })
  return {
    device_id: device,
    kind: 'transfer' as const,
    row_id: rowId,
    payload,
    digest: sha(payload),
    location_ids: locations,
    taken_at: 1_700_000_000_000,
  }
}

/** A chained ledger row as a till would upload it. */
function link(device: string, seq: number, prev: string, table: string, values: unknown[]) {
  const canonical = JSON.stringify([table, ...values])
  return {
    device_id: device,
    seq,
    table_name: table,
    row_id: String(values[0]),
    prev_hash: prev,
    hash: sha(prev + canonical),
    canonical,
    data: '{}',
  }
}

const saleValues = (id: string, device: string, location: string) => [
  id,
  device,
  1,
  'KSG1-0001',
  location,
  'u1',
  'sh1',
  15_000,
  0,
  null,
  null,
  null,
  0,
  15_000,
  15_000,
  0,
  null,
  1_700_000_000_000,
]

const lineValues = (id: string, saleId: string, device: string) => [
  id,
  saleId,
  1,
  'p1',
  'Gantungan',
  'GN-1',
  1,
  15_000,
  15_000,
  null,
  0,
  null,
  null,
  null,
  15_000,
  15_000,
  6_000,
  null,
  null,
  device,
  1_700_000_000_000,
]

describe('hub v2 roles: documents, shared sales, edit proposals (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: Kysely<HubDatabase>
  let t2: Kysely<HubDatabase>
  let t3: Kysely<HubDatabase>

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    ;[t1, t2, t3] = (await threeTillRoles(hub)) as [
      Kysely<HubDatabase>,
      Kysely<HubDatabase>,
      Kysely<HubDatabase>,
    ]
  }, 120_000)

  afterAll(async () => {
    await Promise.all([t1, t2, t3].map((t) => t?.destroy()))
    await pg?.stop()
  })

  it('takes a till’s own document states once, and refuses forged, altered or rewritten ones', async () => {
    for (let i = 0; i < 2; i++) {
      await t1
        .insertInto('doc_snapshots')
        .values([doc('dev-1', 'tr-1', ['galeri', 'pameran']), doc('dev-1', 'tr-2', ['gudang'])])
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    const count = async () =>
      Number(
        (await sql<{ n: string }>`SELECT count(*) AS n FROM doc_snapshots`.execute(hub.admin))
          .rows[0]?.n,
      )
    expect(await count()).toBe(2)
    // Another device's id: row-level security refuses it.
    await expect(
      t1
        .insertInto('doc_snapshots')
        .values(doc('dev-2', 'tr-9', ['galeri']))
        .execute(),
    ).rejects.toThrow(/row-level security/)
    // Content that does not match its digest.
    const altered = { ...doc('dev-1', 'tr-3', ['galeri']), payload: '{"transfer":{}}' }
    await expect(t1.insertInto('doc_snapshots').values(altered).execute()).rejects.toThrow(
      /check constraint/,
    )
    // Never updated, deleted or truncated, not even by the hub's owner.
    await expect(t1.updateTable('doc_snapshots').set({ taken_at: 1 }).execute()).rejects.toThrow(
      /permission denied/,
    )
    await expect(t1.deleteFrom('doc_snapshots').execute()).rejects.toThrow(/permission denied/)
    await expect(sql`TRUNCATE doc_snapshots`.execute(t1)).rejects.toThrow(/permission denied/)
    await expect(hub.admin.deleteFrom('doc_snapshots').execute()).rejects.toThrow(/append-only/)
    expect(await count()).toBe(2)
  })

  it('lets a till read documents of its own and of the locations it shares only', async () => {
    const seenBy = async (till: Kysely<HubDatabase>) =>
      (await till.selectFrom('doc_snapshots').select('row_id').orderBy('row_id').execute()).map(
        (r) => r.row_id,
      )
    expect(await seenBy(t1)).toEqual(['tr-1', 'tr-2'])
    expect(await seenBy(t2)).toEqual(['tr-1'])
    expect(await seenBy(t3)).toEqual(['tr-1'])
  })

  it('files sale lines under their sale’s location: readable where shared, nowhere else', async () => {
    const sale = link('dev-1', 1, '', 'sales', saleValues('s-1', 'dev-1', 'galeri'))
    const line = link('dev-1', 2, sale.hash, 'sale_lines', lineValues('l-1', 's-1', 'dev-1'))
    await t1.insertInto('ledger_rows').values([sale, line]).execute()
    const lineRow = await hub.admin
      .selectFrom('ledger_rows')
      .select('location_id')
      .where('row_id', '=', 'l-1')
      .executeTakeFirst()
    expect(lineRow?.location_id).toBe('galeri')
    const seen = async (till: Kysely<HubDatabase>) =>
      (await till.selectFrom('ledger_rows').select('row_id').orderBy('seq').execute()).map(
        (r) => r.row_id,
      )
    expect(await seen(t2)).toEqual(['s-1', 'l-1'])
    expect(await seen(t3)).toEqual([])
  })

  it('keeps edit proposals waiting for the admin; a till cannot decide, forge or rewrite them', async () => {
    await publishMaster(hub.admin, 'products', [{ id: 'p1', name: 'Gantungan', price: 15_000 }])
    await t2
      .insertInto('master_proposals')
      .values({
        device_id: 'dev-2',
        table_name: 'products',
        row_id: 'p1',
        data: JSON.stringify({ name: 'Gantungan Enggang' }),
        kind: 'edit',
        source_id: 'edit:1',
      })
      .execute()
    // Waiting: the hub's row is unchanged.
    const hubName = async () =>
      (
        await sql<{
          name: string
        }>`SELECT data->>'name' AS name FROM master_rows WHERE id = 'p1'`.execute(hub.admin)
      ).rows[0]?.name
    expect(await hubName()).toBe('Gantungan')
    await expect(
      t2
        .insertInto('master_proposals')
        .values({
          device_id: 'dev-1',
          table_name: 'products',
          row_id: 'p1',
          data: '{}',
          kind: 'edit',
          source_id: 'edit:2',
        })
        .execute(),
    ).rejects.toThrow(/row-level security/)
    const { rows } = await sql<{ id: string }>`SELECT id FROM master_proposals`.execute(hub.admin)
    const proposal = Number(rows[0]?.id)
    await expect(sql`SELECT hub_decide_proposal(${proposal}, true)`.execute(t2)).rejects.toThrow(
      /permission denied/,
    )
    await expect(
      t2
        .insertInto('master_decisions')
        .values({
          proposal_id: String(proposal),
          decision: 'applied',
          version: '99',
          note: null,
        })
        .execute(),
    ).rejects.toThrow(/permission denied/)
    await expect(t2.updateTable('master_proposals').set({ data: '{}' }).execute()).rejects.toThrow(
      /permission denied/,
    )
    expect(await hubName()).toBe('Gantungan')

    await decideProposal(hub.admin, proposal, true)
    expect(await hubName()).toBe('Gantungan Enggang')
    // The till sees the decision on its own proposal; another till sees none.
    expect(await t2.selectFrom('master_decisions').select('decision').execute()).toEqual([
      { decision: 'applied' },
    ])
    expect(await t1.selectFrom('master_decisions').select('decision').execute()).toEqual([])
    await expect(hub.admin.deleteFrom('master_decisions').execute()).rejects.toThrow(/append-only/)
  })
})
