import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TillCredentials } from '../../../electron/hub/hub-admin'
import { decideProposal, listPendingEdits } from '../../../electron/hub/hub-proposals'
import { verifyLedgerChain } from '../../../electron/db/ledger-chain'
import type { InputOf } from '../../../shared/contract'
import { productInput, saleId } from '../../helpers/builders'
import { receiveStock } from '../../helpers/receive-stock'
import { startPgHub, type PgHubServer, type TestHub, twoShowroomTills } from '../../helpers/pg-hub'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17, more rows both ways (migration 0022, hub schema v2), against a real PostgreSQL:
// transfers, exhibitions and opname snapshots go up; other tills' sales at shared locations
// come down read-only; edits of existing master rows wait for the hub admin and come back down
// as new versions; Laporan and Stok read across tills as of the last sync.

/** A document snapshot's content as the hub stores it (see sync-docs.ts). */
interface DocData {
  transfer?: Record<string, unknown>
  lines?: unknown[]
  exhibition?: Record<string, unknown>
  count?: Record<string, unknown>
  snapshot?: unknown[]
}

describe('hub flow: documents up, shared sales down, edit proposals (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: TestCore
  let t2: TestCore
  let galeri: string
  let pameran: string
  let keychain: string
  let transferId: string
  let credentials = new Map<string, TillCredentials>()

  const sell = (till: TestCore, productId: string, qty: number, amount: number) =>
    till.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId, qty }],
      payments: [{ methodId: 'tunai', amount }],
    })

  const docs = async () =>
    (
      await sql<{ device_id: string; kind: string; row_id: string; data: DocData }>`
        SELECT device_id, kind, row_id, data FROM doc_snapshots ORDER BY received_id`.execute(
        hub.admin,
      )
    ).rows

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('61111111') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('62222222'), shift: false })

    galeri = (await t1.must('till:settings', {})).locationId
    keychain = (await t1.must('catalog:create', productInput({ price: 15_000, cost: 6_000 }))).id
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => t1.must(c, i)
    await receiveStock(call, { productId: keychain, qty: 10 })
    pameran = (
      await t1.must('stock:saveExhibition', {
        name: 'Pameran Sampit',
        place: 'Taman Kota',
        startsOn: '2026-11-20',
        endsOn: '2026-12-10',
      })
    ).id
    const transfer = await t1.must('stock:saveTransfer', {
      fromId: galeri,
      toId: pameran,
      lines: [{ productId: keychain, qty: 3 }],
    })
    transferId = transfer.id
    await t1.must('stock:sendTransfer', { id: transfer.id })

    credentials = await twoShowroomTills(hub, t1, t2, galeri)
  }, 180_000)

  afterAll(async () => {
    for (const till of [t1, t2]) await till?.dispose()
    await pg?.stop()
  })

  it('uploads transfers and exhibitions as they stand, each new state once, replays changing nothing', async () => {
    const first = await docs()
    const sent = first.filter((d) => d.kind === 'transfer' && d.row_id === transferId)
    // Saved and sent before the first sync: the hub gets the state it stood in then.
    expect(sent).toHaveLength(1)
    expect(sent[0]?.data.transfer).toMatchObject({ state: 'in_transit', from_location_id: galeri })
    expect(sent[0]?.data.lines).toEqual([
      expect.objectContaining({ product_id: keychain, qty_sent: 3, qty_received: null }),
    ])
    expect(
      first.find((d) => d.kind === 'exhibition' && d.row_id === pameran)?.data.exhibition,
    ).toMatchObject({ place: 'Taman Kota', state: 'open' })

    await t1.must('stock:receiveTransfer', {
      id: transferId,
      lines: [{ productId: keychain, received: 2, damaged: 1 }],
    })
    expect((await t1.sync.syncNow()).docs).toBeGreaterThan(0)
    // A sync with nothing new queued sends nothing; the hub keeps both states.
    expect((await t1.sync.syncNow()).docs).toBe(0)
    const states = (await docs())
      .filter((d) => d.kind === 'transfer' && d.row_id === transferId)
      .map((d) => d.data.transfer?.state)
    expect(states).toEqual(['in_transit', 'received'])
    const outbox = t1.database.raw
      .prepare('select count(*) from sync_doc_outbox where sent_at is null')
      .pluck()
      .get()
    expect(outbox).toBe(0)
  })

  it('uploads the opname snapshot taken when counting starts', async () => {
    const count = await t1.must('opname:create', {
      locationId: galeri,
      scope: { kind: 'all' },
      personInCharge: { name: 'Rina Wulandari' },
      witness: { name: 'Siti Aminah' },
    })
    await t1.must('opname:start', { id: count.id })
    await t1.sync.syncNow()
    const snapshot = (await docs()).find(
      (d) => d.kind === 'count_snapshot' && d.row_id === count.id,
    )
    expect(snapshot?.data.count).toMatchObject({ location_id: galeri })
    expect(snapshot?.data.snapshot).toEqual([
      expect.objectContaining({ product_id: keychain, on_hand: 7 }),
    ])
    // T2 shares the showroom, so it may read the showroom's documents from the hub.
    const c2 = credentials.get('KSG2')!
    const { connectHub } = await import('../../../electron/hub/hub-admin')
    const asT2 = connectHub(hub.addressFor(c2.role, c2.password), 1)
    try {
      const { rows } = await sql<{ kind: string }>`SELECT kind FROM doc_snapshots`.execute(asT2)
      expect(rows.map((r) => r.kind)).toContain('count_snapshot')
    } finally {
      await asT2.destroy()
    }
  })

  it('brings other tills’ sales at a shared location down read-only, marked by till', async () => {
    const own = await sell(t2, keychain, 1, 15_000)
    const theirs = await sell(t1, keychain, 2, 30_000)
    const voided = await sell(t1, keychain, 1, 15_000)
    await t1.must('sales:void', { saleId: voided.id, reason: 'Salah input' })
    await t1.sync.syncNow()
    const report = await t2.sync.syncNow()
    expect(report.sharedSales).toBeGreaterThan(0)

    const copied = t2.database.raw
      .prepare(
        "select table_name, location_id from hub_rows where row_id = ? and table_name = 'sales'",
      )
      .get(theirs.id)
    expect(copied).toEqual({ table_name: 'sales', location_id: galeri })
    const lines = t2.database.raw
      .prepare(
        "select count(*) from hub_rows where table_name = 'sale_lines' and json_extract(data, '$.sale_id') = ?",
      )
      .pluck()
      .get(theirs.id)
    expect(lines).toBe(1)
    // They never mix with T2's own ledgers or its chain, and cannot be changed here.
    expect(
      t2.database.raw.prepare('select count(*) from sales where id = ?').pluck().get(theirs.id),
    ).toBe(0)
    expect(verifyLedgerChain(t2.database.raw)).toMatchObject({ ok: true })
    expect(() => t2.database.raw.prepare('delete from hub_rows').run()).toThrow(/read-only/)
    expect(() => t2.database.raw.prepare("update hub_rows set data = '{}'").run()).toThrow(
      /read-only/,
    )
    // A second sync brings nothing twice.
    expect((await t2.sync.syncNow()).sharedSales).toBe(0)

    // Laporan's "all tills (hub)" scope: T2's own sales live, T1's as of the last sync.
    const today = new Date(t2.clock.now() + 7 * 3_600_000).toISOString().slice(0, 10)
    const summary = await t2.must('hubview:sales', { from: today, to: today })
    expect(summary.joined).toBe(true)
    expect(summary.asOf).toBe(t2.clock.now())
    const byTill = Object.fromEntries(summary.rows.map((r) => [r.tillCode, r]))
    expect(byTill.KSG2).toMatchObject({ own: true, sales: 1, total: own.total, voided: 0 })
    expect(byTill.KSG1).toMatchObject({
      own: false,
      locationId: galeri,
      sales: 1,
      total: theirs.total,
      voided: 1,
    })
    expect(summary.total).toBe(own.total + theirs.total)
  })

  it('shows every location’s stock as the hub knows it, as of the last sync', async () => {
    await t1.sync.syncNow()
    await t2.sync.syncNow()
    const stock = await t2.must('hubview:stock', {})
    expect(stock).toMatchObject({ joined: true, asOf: t2.clock.now() })
    const level = (location: string) =>
      stock.levels.find((l) => l.productId === keychain && l.locationId === location)?.onHand
    // 10 received, 3 sent, 1 + 2 + 1 sold (one voided back) at the showroom.
    expect(level(galeri)).toBe(10 - 3 - 1 - 2)
    // The booth is not shared with T2, yet the hub's picture includes it: 2 received.
    expect(level(pameran)).toBe(2)
    expect(stock.levels.find((l) => l.locationId === pameran)?.locationName).toBe('Pameran Sampit')
  })

  it('sends an edit of an existing product as a proposal the admin applies; it comes down as a new version', async () => {
    const product = await t2.must('catalog:get', { id: keychain })
    await t2.must('catalog:update', {
      id: keychain,
      name: 'Gantungan Kunci Enggang',
      sku: product.sku,
      barcode: product.barcode,
      categoryId: product.categoryId,
      unit: product.unit,
      price: product.price,
      cost: product.cost,
      workshopId: product.workshopId,
      active: product.active,
    })
    expect((await t2.sync.syncNow()).edits).toBe(1)
    // Replaying changes nothing: the edit is on the hub once, waiting.
    expect((await t2.sync.syncNow()).edits).toBe(0)
    const pending = await listPendingEdits(hub.admin)
    expect(pending).toEqual([
      expect.objectContaining({
        deviceId: t2.sync.deviceId,
        table: 'products',
        rowId: keychain,
        fields: { name: 'Gantungan Kunci Enggang' },
      }),
    ])
    // Not applied until the admin decides: T1 still has the hub's name.
    await t1.sync.syncNow()
    expect((await t1.must('catalog:get', { id: keychain })).name).toBe(product.name)

    const version = await decideProposal(hub.admin, pending[0]!.id, true, 'ok')
    expect(version).toBeGreaterThan(0)
    expect(await listPendingEdits(hub.admin)).toEqual([])
    await t1.sync.syncNow()
    const after = await t1.must('catalog:get', { id: keychain })
    expect(after).toMatchObject({ name: 'Gantungan Kunci Enggang', price: product.price })
    // Applying the hub's version on T1 is not an edit of T1's: nothing is proposed back.
    expect(t1.database.raw.prepare('select count(*) from sync_master_edits').pluck().get()).toBe(0)
    expect((await t1.sync.syncNow()).edits).toBe(0)
    // A decision is final and recorded.
    await expect(decideProposal(hub.admin, pending[0]!.id, false)).rejects.toThrow(
      /HUB_PROPOSAL_DECIDED/,
    )
  })
})
