import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  connectHub,
  createTillRole,
  publishMaster,
  publishPriceVersion,
  shareLocation,
} from '../../../electron/hub/hub-admin'
import { seededLocationIds } from '../../../shared/seeded-ids'
import { productInput, saleId } from '../../helpers/builders'
import { startPgHub, type PgHubServer, type TestHub, joinTill } from '../../helpers/pg-hub'
import { receiveStock } from '../../helpers/receive-stock'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17 against a real PostgreSQL hub: sync matches reference rows by their shared id, and
// the hub changes a price by publishing a version the tills apply when it is due.

const DAY = 24 * 60 * 60 * 1000
/** T2's own row for the booth, as an older install's showroom has its own id. */
const T2_LOCAL_BOOTH = 'lokal-pameran-t2'

describe('shared ids and price versions through the hub (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: TestCore
  let t2: TestCore
  let booth: string
  let bowl: string

  const issued = new Map<string, { role: string; password: string }>()
  const join = (till: TestCore, code: string) => joinTill(hub, till, issued.get(code)!)
  const rows = (till: TestCore, query: string, ...params: unknown[]) =>
    till.database.raw.prepare(query).all(...params) as Record<string, unknown>[]
  const sharedIds = (till: TestCore) =>
    rows(till, 'select coalesce(shared_id, id) as s from locations order by 1').map((r) => r.s)
  const onHand = (till: TestCore, productId: string, locationId: string) =>
    (till.database.raw
      .prepare('select on_hand from stock_levels where product_id = ? and location_id = ?')
      .pluck()
      .get(productId, locationId) as number | undefined) ?? 0
  const publishLocations = async (till: TestCore) =>
    publishMaster(hub.admin, 'locations', rows(till, 'select * from locations'))

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('e1e1e1e1') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('e2e2e2e2'), shift: false })

    booth = (
      await t1.must('stock:saveExhibition', {
        name: 'Pameran Sampit',
        place: 'Taman Kota',
        startsOn: '2026-11-20',
        endsOn: '2026-12-31',
      })
    ).id
    bowl = (await t1.must('catalog:create', productInput({ price: 15_000, cost: 6_000 }))).id
    await receiveStock((c, i) => t1.must(c, i), { productId: bowl, qty: 10 })
    const transfer = await t1.must('stock:saveTransfer', {
      fromId: seededLocationIds.showroom,
      toId: booth,
      lines: [{ productId: bowl, qty: 10 }],
    })
    await t1.must('stock:sendTransfer', { id: transfer.id })
    await t1.must('stock:receiveTransfer', {
      id: transfer.id,
      lines: [{ productId: bowl, received: 10, damaged: 0 }],
    })

    // T2 already has its own row for the booth, under another id (as a till installed before
    // shared ids has for the showroom): 0021's shared_id says which shared row it is.
    t2.database.raw
      .prepare(
        `insert into locations (id, name, kind, device_id, created_at, shared_id)
         values (?, 'Pameran (lama)', 'event', ?, ?, ?)`,
      )
      .run(T2_LOCAL_BOOTH, t2.sync.deviceId, t2.clock.now(), booth)

    for (const code of ['KSG1', 'KSG2']) {
      issued.set(code, await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }))
    }
    await join(t1, 'KSG1')
    await publishLocations(t1)
    await shareLocation(hub.admin, 'KSG1', booth)
    await shareLocation(hub.admin, 'KSG2', booth)
    await t1.sync.syncNow()
    await join(t2, 'KSG2')
    await t2.sync.syncNow()
  }, 180_000)

  afterAll(async () => {
    for (const till of [t1, t2]) await till?.dispose()
    await pg?.stop()
  })

  it('lands every hub location on the row with its shared id, never a duplicate', () => {
    expect(sharedIds(t2)).toEqual(sharedIds(t1))
    expect(sharedIds(t1)).toContain(seededLocationIds.showroom)
    // The booth arrived on T2's own row (renamed as the hub says), not as a second booth.
    expect(rows(t2, 'select id, name from locations where kind = ?', 'event')).toEqual([
      { id: T2_LOCAL_BOOTH, name: 'Pameran Sampit' },
    ])
    // T1's stock at the booth reached T2's own booth row.
    expect(onHand(t2, bowl, T2_LOCAL_BOOTH)).toBe(10)
  })

  it('brings a location created on one till to the other with the same shared id', async () => {
    const second = (
      await t1.must('stock:saveExhibition', {
        name: 'Pameran Pangkalan Bun',
        place: 'Alun-alun',
        startsOn: '2026-12-01',
        endsOn: '2026-12-20',
      })
    ).id
    await publishLocations(t1)
    await t2.sync.syncNow()
    expect(
      rows(t2, 'select id, coalesce(shared_id, id) as s, name from locations where id = ?', second),
    ).toEqual([{ id: second, s: second, name: 'Pameran Pangkalan Bun' }])
    expect(sharedIds(t2)).toEqual(sharedIds(t1))
  })

  it('files a sale at the shared location on the hub, so the other till counts it', async () => {
    await t2.must('till:setLocation', { locationId: T2_LOCAL_BOOTH })
    await t2.must('shifts:open', { openingFloat: 0 })
    await t2.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: bowl, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 30_000 }],
    })
    await t2.sync.syncNow()
    // The hub holds T2's movement under the shared booth, though T2's row says its own id.
    const { rows: hubRows } = await sql<{ location_id: string; local: string }>`
      SELECT location_id, data->>'location_id' AS local FROM ledger_rows
      WHERE device_id = ${t2.sync.deviceId} AND table_name = 'stock_movements'`.execute(hub.admin)
    expect(hubRows).toEqual([{ location_id: booth, local: T2_LOCAL_BOOTH }])
    const { rows: maps } = await sql<{ local_id: string; shared_id: string }>`
      SELECT local_id, shared_id FROM shared_ids WHERE device_id = ${t2.sync.deviceId}`.execute(
      hub.admin,
    )
    expect(maps).toEqual([{ local_id: T2_LOCAL_BOOTH, shared_id: booth }])
    await t1.sync.syncNow()
    expect(onHand(t1, bowl, booth)).toBe(8)
    expect(onHand(t2, bowl, T2_LOCAL_BOOTH)).toBe(8)
  })

  it('lets a till map only its own ids, once, and never touch a price version', async () => {
    const credentials = issued.get('KSG2')!
    const asT2 = connectHub(hub.addressFor(credentials.role, credentials.password), 1)
    try {
      await expect(
        asT2
          .insertInto('shared_ids')
          .values({
            device_id: t1.sync.deviceId,
            table_name: 'locations',
            local_id: 'x',
            shared_id: 'y',
          })
          .execute(),
      ).rejects.toThrow(/row-level security/)
      await expect(
        asT2.updateTable('shared_ids').set({ shared_id: 'elsewhere' }).execute(),
      ).rejects.toThrow(/permission denied|append-only/)
      await expect(asT2.deleteFrom('shared_ids').execute()).rejects.toThrow(
        /permission denied|append-only/,
      )
      await expect(
        asT2
          .insertInto('master_rows')
          .values({ table_name: 'price_versions', id: 'cheap', data: '{}', version: 1 })
          .execute(),
      ).rejects.toThrow(/permission denied/)
    } finally {
      await asT2.destroy()
    }
  })

  it('changes a price by a version: old price until it is known and due, then the new one', async () => {
    const sellOne = async () =>
      (
        await t2.must('sales:checkout', {
          id: saleId(),
          lines: [{ productId: bowl, qty: 1 }],
          payments: [{ methodId: 'tunai', amount: 100_000 }],
        })
      ).lines[0]!.unitPrice
    // A minute after the product was made: the hub's version is newer than the till's first.
    t2.clock.advance(60_000)
    const now = t2.clock.now()
    await publishPriceVersion(hub.admin, {
      productId: bowl,
      price: 17_500,
      cost: 7_000,
      effectiveAt: now - 1_000,
    })
    await publishPriceVersion(hub.admin, {
      productId: bowl,
      price: 20_000,
      cost: 8_000,
      effectiveAt: now + DAY,
    })
    // The hub overwrote nothing: the product's own master row keeps its price.
    const { rows: master } = await sql<{ price: number }>`
      SELECT (data->>'price')::int AS price FROM master_rows
      WHERE table_name = 'products' AND id = ${bowl}`.execute(hub.admin)
    expect(master).toEqual([{ price: 15_000 }])

    // T2 has not synced: it sells at the price it knows.
    expect(await sellOne()).toBe(15_000)
    await t2.sync.syncNow()
    expect(await sellOne()).toBe(17_500)
    expect((await t2.must('catalog:get', { id: bowl })).price).toBe(17_500)

    // The cut: T2 cannot reach the hub. The next version is known, and applies when due.
    t2.database.raw.prepare('update hub_link set port = 1').run()
    t2.clock.advance(DAY)
    await expect(t2.sync.syncNow()).rejects.toMatchObject({ code: 'HUB_UNREACHABLE' })
    expect(await sellOne()).toBe(20_000)

    expect(
      rows(
        t2,
        'select price, cost, source from product_price_versions where product_id = ? order by effective_at, created_at',
        bowl,
      ),
    ).toEqual([
      { price: 15_000, cost: 6_000, source: 'till' },
      { price: 17_500, cost: 7_000, source: 'hub' },
      { price: 20_000, cost: 8_000, source: 'hub' },
    ])
    // Each sale line keeps the price of its moment.
    expect(
      rows(
        t2,
        'select unit_price as p from sale_lines where product_id = ? order by rowid',
        bowl,
      ).map((r) => r.p),
    ).toEqual([15_000, 15_000, 17_500, 20_000])
  })
})
