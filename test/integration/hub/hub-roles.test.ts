import type { HubDatabase } from '../../../electron/hub/hub-types'
import { createHash } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  connectHub,
  createTillRole,
  listQuarantine,
  publishMaster,
} from '../../../electron/hub/hub-admin'
import { startPgHub, threeTillRoles, type PgHubServer, type TestHub } from '../../helpers/pg-hub'

// The boundary is PostgreSQL's: grants and row-level security, tested by trying as a till.

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** A chained stock movement as a till would upload it. */
function movement(device: string, seq: number, prev: string, location: string, qty = -1) {
  const canonical = JSON.stringify([
    'stock_movements',
    `${device}-m${seq}`,
    'p1',
    location,
    qty,
    'sale',
    1000,
    null,
    'sale',
    's1',
    null,
    'u1',
    device,
    1_700_000_000_000 + seq,
  ])
  return {
    device_id: device,
    seq,
    table_name: 'stock_movements',
    row_id: `${device}-m${seq}`,
    prev_hash: prev,
    hash: sha(prev + canonical),
    canonical,
    data: '{}',
  }
}

describe('hub roles and row-level security (real PostgreSQL)', () => {
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

  it('accepts a till’s own chained rows, and a replay changes nothing', async () => {
    const first = movement('dev-1', 1, '', 'galeri')
    const second = movement('dev-1', 2, first.hash, 'galeri')
    for (let i = 0; i < 2; i++) {
      await t1
        .insertInto('ledger_rows')
        .values([first, second])
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    const rows = await hub.admin
      .selectFrom('ledger_rows')
      .select(['seq', 'location_id', 'data'])
      .where('device_id', '=', 'dev-1')
      .orderBy('seq')
      .execute()
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2])
    expect(rows[0]?.location_id).toBe('galeri')
    expect(rows[0]?.data).toMatchObject({ id: 'dev-1-m1', qty: -1, device_id: 'dev-1' })
  })

  it('never lets a till update or delete a ledger row', async () => {
    await expect(
      t1.updateTable('ledger_rows').set({ canonical: 'x' }).where('seq', '=', 1).execute(),
    ).rejects.toThrow(/permission denied/)
    await expect(t1.deleteFrom('ledger_rows').execute()).rejects.toThrow(/permission denied/)
    await expect(sql`TRUNCATE ledger_rows`.execute(t1)).rejects.toThrow(/permission denied/)
    // Not even the hub's owner rewrites a ledger.
    await expect(
      hub.admin.updateTable('ledger_rows').set({ canonical: 'x' }).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(hub.admin.deleteFrom('ledger_rows').execute()).rejects.toThrow(/append-only/)
  })

  it('quarantines and names a row carrying another device id, and the rest still lands', async () => {
    const forged = movement('dev-2', 1, '', 'galeri')
    const own = movement('dev-1', 3, (await lastHash('dev-1'))!, 'galeri')
    await t1
      .insertInto('ledger_rows')
      .values([forged, own])
      .onConflict((oc) => oc.doNothing())
      .execute()
    expect(await seqs('dev-2')).toEqual([])
    expect(await seqs('dev-1')).toEqual([1, 2, 3])
    const quarantined = await listQuarantine(hub.admin)
    expect(quarantined).toContainEqual(
      expect.objectContaining({
        role: `${hub.rolePrefix}till_ksg1`,
        deviceId: 'dev-2',
        problem: 'forged_device',
      }),
    )
  })

  it('quarantines a changed row and a broken link, never blocking the rows behind them', async () => {
    const prev = (await lastHash('dev-1'))!
    const tampered = movement('dev-1', 4, prev, 'galeri')
    tampered.canonical = tampered.canonical.replace(',-1,', ',-100,')
    const after = movement('dev-1', 5, tampered.hash, 'galeri')
    const relinked = movement('dev-1', 6, 'f'.repeat(64), 'galeri')
    await t1
      .insertInto('ledger_rows')
      .values([tampered, after, relinked])
      .onConflict((oc) => oc.doNothing())
      .execute()
    expect(await seqs('dev-1')).toEqual([1, 2, 3, 5])
    const problems = (await listQuarantine(hub.admin))
      .filter((q) => q.deviceId === 'dev-1')
      .map((q) => [q.seq, q.problem])
    expect(problems).toEqual([
      [4, 'hash_mismatch'],
      [6, 'broken_link'],
    ])
  })

  it('lets a till read its own rows and shared locations only, and master data', async () => {
    await t2
      .insertInto('ledger_rows')
      .values(movement('dev-2', 1, '', 'galeri'))
      .execute()
    await t3
      .insertInto('ledger_rows')
      .values(movement('dev-3', 1, '', 'pameran'))
      .execute()
    const seenBy = async (till: Kysely<HubDatabase>) =>
      (await till.selectFrom('ledger_rows').select(['device_id']).distinct().execute())
        .map((r) => r.device_id as string)
        .sort()
    expect(await seenBy(t1)).toEqual(['dev-1', 'dev-2'])
    expect(await seenBy(t2)).toEqual(['dev-1', 'dev-2'])
    expect(await seenBy(t3)).toEqual(['dev-3'])
    await publishMaster(hub.admin, 'locations', [{ id: 'galeri', name: 'Galeri' }])
    expect(await t3.selectFrom('master_rows').select('id').execute()).toEqual([{ id: 'galeri' }])
    await expect(t3.selectFrom('quarantine').selectAll().execute()).rejects.toThrow(
      /permission denied/,
    )
    await expect(t3.selectFrom('tills').selectAll().execute()).rejects.toThrow(/permission denied/)
  })

  it('refuses master writes from a till except as its own proposals, applied in order', async () => {
    await expect(
      t1
        .insertInto('master_rows')
        .values({ table_name: 'products', id: 'x', data: '{}', version: 99 })
        .execute(),
    ).rejects.toThrow(/permission denied/)
    await expect(
      t1
        .insertInto('master_proposals')
        .values({ device_id: 'dev-2', table_name: 'products', row_id: 'x', data: '{}' })
        .execute(),
    ).rejects.toThrow(/row-level security/)
    await t1
      .insertInto('master_proposals')
      .values({ device_id: 'dev-1', table_name: 'products', row_id: 'p9', data: '{"id":"p9"}' })
      .execute()
    const applied = await hub.admin
      .selectFrom('master_rows')
      .select(['id'])
      .where('table_name', '=', 'products')
      .execute()
    expect(applied).toEqual([{ id: 'p9' }])
  })

  it('binds a role to one device and one till code', async () => {
    await expect(sql`SELECT hub_claim_device('dev-other', 'KSG1')`.execute(t1)).rejects.toThrow(
      /HUB_ROLE_TAKEN/,
    )
    const credentials = await createTillRole(hub.admin, 'KSG9', { rolePrefix: hub.rolePrefix })
    const fresh = connectHub(hub.addressFor(credentials.role, credentials.password), 1)
    try {
      await expect(sql`SELECT hub_claim_device('dev-9', 'KSG8')`.execute(fresh)).rejects.toThrow(
        /HUB_WRONG_TILL:KSG9/,
      )
    } finally {
      await fresh.destroy()
    }
  })

  async function seqs(device: string) {
    const rows = await hub.admin
      .selectFrom('ledger_rows')
      .select('seq')
      .where('device_id', '=', device)
      .orderBy('seq')
      .execute()
    return rows.map((r) => Number(r.seq))
  }

  async function lastHash(device: string): Promise<string | undefined> {
    const row = await hub.admin
      .selectFrom('ledger_rows')
      .select('hash')
      .where('device_id', '=', device)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()
    return row?.hash as string | undefined
  }
})
