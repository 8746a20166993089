import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  connectHub,
  createTillRole,
  listQuarantine,
  publishMaster,
  shareLocation,
  type MasterTable,
} from '../../electron/hub/hub-admin'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { readBatch, uploadBatch } from '../../electron/services/sync/sync-upload'
import type { InputOf } from '../../shared/contract'
import type { ShiftDto } from '../../shared/shifts/shifts-dto'
import { productInput, saleId } from '../helpers/builders'
import { receiveStock } from '../helpers/receive-stock'
import { hubShiftSums } from '../helpers/hub-shift-sums'
import { startPgHub, type PgHubServer, type TestHub, joinTill } from '../helpers/pg-hub'
import { syncAndKill } from '../helpers/sync-kill'
import { createTestCore, reopenTestCore, sequentialIds, type TestCore } from '../helpers/test-core'

// Issue 17's drill against a real PostgreSQL started by the test: three tills (T1 and T2 at the
// showroom, T3 at an exhibition that received a transfer) sell through a network cut and meet
// in the hub afterwards.

const DAY = 24 * 60 * 60 * 1000
const sha = (text: string) => createHash('sha256').update(text).digest('hex')

/** One device's rows on the hub are its whole chain from link 1, recomputed from the text. */
function expectHubChain(rows: readonly HubLedgerRow[]) {
  let previous = ''
  rows.forEach((row, index) => {
    expect(Number(row.seq)).toBe(index + 1)
    expect(row.prev_hash).toBe(previous)
    expect(sha(row.prev_hash + row.canonical)).toBe(row.hash)
    previous = row.hash
  })
}

interface HubLedgerRow {
  device_id: string
  seq: string
  table_name: string
  row_id: string
  prev_hash: string
  hash: string
  canonical: string
  data: Record<string, unknown>
}

describe('the multi-till drill (real PostgreSQL hub)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: TestCore
  let t2: TestCore
  let t3: TestCore
  let galeri: string
  let pameran: string
  let keychain: string
  let bag: string
  const oldPriceSales: string[] = []

  const credentialsByCode = new Map<string, { role: string; password: string }>()
  const joinHub = (till: TestCore, code: string) =>
    joinTill(hub, till, credentialsByCode.get(code)!)

  const sell = (till: TestCore, productId: string, qty: number, amount: number) =>
    till.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId, qty }],
      payments: [{ methodId: 'tunai', amount }],
    })

  const hubRows = async (where = sql`1 = 1`) =>
    (
      await sql<HubLedgerRow>`SELECT device_id, seq, table_name, row_id, prev_hash, hash, canonical, data
          FROM ledger_rows WHERE ${where} ORDER BY device_id, seq`.execute(hub.admin)
    ).rows

  const onHand = (till: TestCore, productId: string, locationId: string) =>
    (till.database.raw
      .prepare('select on_hand from stock_levels where product_id = ? and location_id = ?')
      .pluck()
      .get(productId, locationId) as number | undefined) ?? 0

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('11111111') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('22222222'), shift: false })
    t3 = await createTestCore({ code: 'PMR1', ids: sequentialIds('33333333'), shift: false })

    // T1 (head office's till) makes the catalogue, receives goods and sends some to the booth.
    galeri = (await t1.must('till:settings', {})).locationId
    keychain = (await t1.must('catalog:create', productInput({ price: 15_000, cost: 6_000 }))).id
    bag = (await t1.must('catalog:create', productInput({ price: 120_000, cost: 50_000 }))).id
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => t1.must(c, i)
    await receiveStock(call, { productId: keychain, qty: 10 })
    await receiveStock(call, { productId: bag, qty: 5 })
    pameran = (
      await t1.must('stock:saveExhibition', {
        name: 'Pameran Palangka Raya',
        place: 'Bundaran Besar',
        startsOn: '2026-11-20',
        endsOn: '2026-12-10',
      })
    ).id
    const transfer = await t1.must('stock:saveTransfer', {
      fromId: galeri,
      toId: pameran,
      lines: [
        { productId: keychain, qty: 3 },
        { productId: bag, qty: 5 },
      ],
    })
    await t1.must('stock:sendTransfer', { id: transfer.id })
    await t1.must('stock:receiveTransfer', {
      id: transfer.id,
      lines: [
        { productId: keychain, received: 3, damaged: 0 },
        { productId: bag, received: 5, damaged: 0 },
      ],
    })

    // The hub admin issues each till its role; T1's locations are the shared ones: T1 and T2
    // share the showroom, T3 the booth.
    for (const code of ['KSG1', 'KSG2', 'PMR1']) {
      credentialsByCode.set(
        code,
        await createTillRole(hub.admin, code, { rolePrefix: hub.rolePrefix }),
      )
    }
    await joinHub(t1, 'KSG1')
    const locations = t1.database.raw.prepare('select * from locations').all() as Record<
      string,
      unknown
    >[]
    await publishMaster(hub.admin, 'locations', locations)
    await shareLocation(hub.admin, 'KSG1', galeri)
    await shareLocation(hub.admin, 'KSG2', galeri)
    await shareLocation(hub.admin, 'PMR1', pameran)
    await t1.sync.syncNow()

    await joinHub(t2, 'KSG2')
    await t2.sync.syncNow()
    await t2.must('till:setLocation', { locationId: galeri })
    await t2.must('shifts:open', { openingFloat: 0 })

    await joinHub(t3, 'PMR1')
    await t3.sync.syncNow()
    await t3.must('till:setLocation', { locationId: pameran })
    await t3.must('shifts:open', { openingFloat: 0 })
  }, 180_000)

  afterAll(async () => {
    // T3 may have been closed for the kill below and not reopened if a check failed there.
    for (const till of [t1, t2, t3]) await till?.dispose().catch(() => undefined)
    await pg?.stop()
  })

  it('gives every till the hub’s master data and the shared locations’ stock', async () => {
    expect(onHand(t2, keychain, galeri)).toBe(7)
    expect(onHand(t2, bag, galeri)).toBe(0)
    expect(onHand(t3, keychain, pameran)).toBe(3)
    expect(onHand(t3, bag, pameran)).toBe(5)
    // T3 does not read the showroom: it never shared it.
    expect(onHand(t3, keychain, galeri)).toBe(0)
    expect((await t3.must('catalog:get', { id: keychain })).price).toBe(15_000)
  })

  it('sells through a cut, resumes after a crash and a SIGKILL mid-upload, and the hub holds exactly every row', async () => {
    // The cut: T1 and T3 cannot reach the hub. The hub publishes a new price meanwhile.
    const product = (
      await sql<{ data: Record<string, unknown> }>`
      SELECT data FROM master_rows WHERE table_name = 'products' AND id = ${keychain}`.execute(
        hub.admin,
      )
    ).rows[0]!.data
    await publishMaster(hub.admin, 'products' as MasterTable, [{ ...product, price: 20_000 }])
    await t2.sync.syncNow()

    // T3's clock is two days off.
    t3.clock.set(t3.clock.now() - 2 * DAY)

    // T1 and T2 oversell the showroom's 7 keychains: each sees enough, together they do not.
    await sell(t1, keychain, 4, 60_000)
    const t2Sale = await sell(t2, keychain, 5, 100_000)
    expect(t2Sale.total).toBe(100_000)
    // T3 sells at the old price, voids one sale and takes one bag back from another.
    const first = await sell(t3, keychain, 1, 15_000)
    oldPriceSales.push(first.id)
    const bags = await sell(t3, bag, 2, 240_000)
    const voided = await sell(t3, keychain, 1, 15_000)
    await t3.must('sales:void', { saleId: voided.id, reason: 'Salah input' })
    await t3.must('sales:return', {
      id: saleId(),
      saleId: bags.id,
      reason: 'Pembeli berubah pikiran',
      lines: [{ saleLineId: bags.lines[0]!.id, qty: 1, disposition: 'restock' }],
      refunds: [{ methodId: 'tunai', amount: 120_000 }],
    })
    expect(first.lines[0]?.unitPrice).toBe(15_000)

    // Reconnect. T3's sync fails (in process) between the hub's commit of its first batch and
    // its own mark.
    const waitingBefore = (await t3.must('sync:status', {})).waiting
    expect(waitingBefore).toBeGreaterThan(10)
    await expect(
      t3.sync.syncNow({
        batchSize: 5,
        faults: {
          afterHubCommit: () => {
            throw new Error('killed')
          },
        },
      }),
    ).rejects.toThrow()
    expect((await t3.must('sync:status', {})).waiting).toBe(waitingBefore)
    expect((await hubRows(sql`device_id = ${t3.sync.deviceId}`)).length).toBeGreaterThan(0)

    // Then T3 is SIGKILLed during an upload: its sync runs in a child process over T3's folder
    // and dies once the hub holds some, not all, of its rows.
    const t3Device = t3.sync.deviceId
    const t3Links = t3.database.raw
      .prepare('select count(*) from ledger_chain')
      .pluck()
      .get() as number
    const hubCount = async () =>
      Number(
        (
          await sql<{ n: string }>`SELECT count(*) AS n FROM ledger_rows
            WHERE device_id = ${t3Device}`.execute(hub.admin)
        ).rows[0]!.n,
      )
    const onHubBefore = await hubCount()
    expect(onHubBefore).toBeLessThan(t3Links - 10)
    const t3User = (await t3.currentCaller()).actor!.userId
    await t3.close()
    const kill = await syncAndKill({
      dataDir: t3.dataDir,
      clockMs: t3.clock.now(),
      batchSize: 3,
      pauseMs: 40,
      idPrefix: '3333aaaa',
      killWhen: async () => {
        const seen = await hubCount()
        return { seen, kill: seen > onHubBefore && seen < t3Links }
      },
    })
    // (Starting the till writes to its ledger too: the worker may find a row more waiting.)
    expect(kill.waitingAtStart).toBeGreaterThanOrEqual(waitingBefore)
    expect(kill.committed.length).toBeGreaterThan(0)
    expect(kill.seenAtKill).toBeGreaterThan(onHubBefore)
    expect(kill.seenAtKill).toBeLessThan(t3Links)
    // The till reopens in this process (new ids, its own clock) and syncs again.
    t3 = await reopenTestCore(t3.dataDir, { clock: t3.clock, ids: sequentialIds('33333334') })
    t3.signIn(t3User)
    const waitingAfterKill = (await t3.must('sync:status', {})).waiting
    expect(waitingAfterKill).toBeGreaterThan(0)
    // Every link the hub does not hold is still waiting: the kill lost no mark the other way.
    const linksNow = t3.database.raw
      .prepare('select count(*) from ledger_chain')
      .pluck()
      .get() as number
    expect(waitingAfterKill).toBeGreaterThanOrEqual(linksNow - (await hubCount()))
    // Twice: applying what the first one downloads (the hub's new price) writes master history,
    // a ledger row of its own, which the second one sends.
    for (let round = 0; round < 2; round++) await t3.sync.syncNow({ batchSize: 7 })
    // No duplicates, no losses: the hub's rows for T3 are exactly T3's ledger, the chain
    // verifies on the hub, nothing was quarantined, and T3's outbox is empty.
    const t3Local = t3.database.raw
      .prepare('select seq, table_name, row_id, hash from ledger_chain order by seq')
      .all() as { seq: number; table_name: string; row_id: string; hash: string }[]
    const t3Remote = await hubRows(sql`device_id = ${t3Device}`)
    expect(
      t3Remote.map((r) => ({
        seq: Number(r.seq),
        table_name: r.table_name,
        row_id: r.row_id,
        hash: r.hash,
      })),
    ).toEqual(t3Local)
    expect(new Set(t3Remote.map((r) => `${r.table_name}/${r.row_id}`)).size).toBe(t3Local.length)
    expectHubChain(t3Remote)
    expect(await listQuarantine(hub.admin)).toEqual([])
    expect(
      t3.database.raw
        .prepare('select count(*) from sync_outbox where sent_at is null')
        .pluck()
        .get(),
    ).toBe(0)
    expect(verifyLedgerChain(t3.database.raw)).toMatchObject({ ok: true })

    // Everyone syncs (twice round, so each also gets what the others sent after it).
    for (let round = 0; round < 2; round++) {
      for (const till of [t3, t1, t2]) await till.sync.syncNow({ batchSize: 7 })
    }
    for (const till of [t1, t2, t3]) {
      const status = await till.must('sync:status', {})
      expect(status).toMatchObject({ joined: true, waiting: 0, lastError: null })
    }

    // After reconnecting T3 sells at the hub's new price.
    const after = await sell(t3, keychain, 1, 20_000)
    expect(after.lines[0]?.unitPrice).toBe(20_000)
    await t3.sync.syncNow()

    // The hub holds exactly every till's ledger rows: no duplicates, no losses.
    for (const till of [t1, t2, t3]) {
      const local = till.database.raw
        .prepare('select seq, table_name, row_id, hash from ledger_chain order by seq')
        .all() as { seq: number; table_name: string; row_id: string; hash: string }[]
      const remote = await hubRows(sql`device_id = ${till.sync.deviceId}`)
      expect(
        remote.map((r) => ({
          seq: Number(r.seq),
          table_name: r.table_name,
          row_id: r.row_id,
          hash: r.hash,
        })),
      ).toEqual(local)
      // Sales sums per device agree.
      const localSum = till.database.raw
        .prepare('select count(*) n, coalesce(sum(total), 0) s from sales')
        .get() as { n: number; s: number }
      const remoteSales = remote.filter((r) => r.table_name === 'sales')
      expect(remoteSales.length).toBe(localSum.n)
      expect(remoteSales.reduce((sum, r) => sum + Number(r.data.total), 0)).toBe(localSum.s)
      // The receipt series is gapless per till.
      const receiptSeqs = remoteSales.map((r) => Number(r.data.receipt_seq)).sort((a, b) => a - b)
      expect(receiptSeqs).toEqual(receiptSeqs.map((_, i) => i + 1))
      // The chain verifies on the till (other tills' movements stay out of it)…
      expect(verifyLedgerChain(till.database.raw)).toMatchObject({ ok: true })
    }
    // …and on the hub, recomputed from the stored text, device by device.
    const all = await hubRows()
    const byDevice = new Map<string, HubLedgerRow[]>()
    for (const row of all)
      byDevice.set(row.device_id, [...(byDevice.get(row.device_id) ?? []), row])
    expect(byDevice.size).toBe(3)
    for (const rows of byDevice.values()) expectHubChain(rows)

    // Stock equals the sum of movements everywhere: the showroom is oversold, shown negative.
    const { rows: hubStock } = await sql<{ product: string; location: string; qty: string }>`
      SELECT data->>'product_id' AS product, data->>'location_id' AS location,
             sum((data->>'qty')::int) AS qty
      FROM ledger_rows WHERE table_name = 'stock_movements'
      GROUP BY 1, 2`.execute(hub.admin)
    const hubQty = (product: string, location: string) =>
      Number(hubStock.find((s) => s.product === product && s.location === location)?.qty ?? 0)
    expect(hubQty(keychain, galeri)).toBe(-2)
    expect(onHand(t1, keychain, galeri)).toBe(-2)
    expect(onHand(t2, keychain, galeri)).toBe(-2)
    expect(hubQty(keychain, pameran)).toBe(3 - 1 - 1 + 1 - 1)
    expect(onHand(t3, keychain, pameran)).toBe(hubQty(keychain, pameran))
    expect(onHand(t3, bag, pameran)).toBe(hubQty(bag, pameran))
    for (const till of [t1, t2, t3]) {
      expect(await till.must('stock:verify', {})).toMatchObject({ mismatches: 0 })
    }
    // The hub knows T3's sale by its own (two days off) clock.
    const t3First = all.find((r) => r.table_name === 'sales' && r.row_id === oldPriceSales[0])
    expect(Number(t3First?.data.created_at)).toBe(Date.UTC(2026, 10, 27, 3) - 2 * DAY)
  }, 120_000)

  it('Z reports equal the hub’s sums per device', async () => {
    // Each till closes its one shift (the Z report) and sends the close; the hub's admin then
    // sums that device's rows in PostgreSQL: every figure of the Z must be the hub's.
    const zReports = new Map<string, ShiftDto>()
    for (const till of [t1, t2, t3]) {
      const open = await till.must('shifts:current', {})
      expect(open).not.toBeNull()
      const z = await till.must('shifts:close', { countedCash: open!.totals.expectedCash })
      expect(z.closed?.zNo).toBe(1)
      zReports.set(till.sync.deviceId, z)
      await till.sync.syncNow()
      expect(await till.must('sync:status', {})).toMatchObject({ waiting: 0, lastError: null })
    }
    // T3 keeps selling in a new shift (the tests below).
    await t3.must('shifts:open', { openingFloat: 0 })
    for (const till of [t1, t2, t3]) {
      const z = zReports.get(till.sync.deviceId)!
      const sums = await hubShiftSums(hub.admin, till.sync.deviceId)
      expect(sums.totals).toEqual(z.totals)
      // The hub also holds the Z itself, unchanged.
      expect(sums.zNo).toBe(z.closed!.zNo)
      expect(sums.storedTotals).toEqual(z.totals)
    }
    // The drill's trade is in them: T3's voided sale and its returned bag, T2's oversale.
    const t3Z = zReports.get(t3.sync.deviceId)!.totals
    expect(t3Z.voids).toEqual({ count: 1, amount: 15_000 })
    // The returned bag's refund, and the voided sale's cash handed back, both in cash.
    expect(t3Z.refunds).toEqual({ count: 1, amount: 120_000, cash: 120_000 + 15_000 })
    expect(zReports.get(t2.sync.deviceId)!.totals).toMatchObject({
      salesCount: 1,
      netSales: 100_000,
    })
  })

  it('changes nothing when any upload batch is replayed', async () => {
    const before = await hubRows()
    for (const till of [t1, t2, t3]) {
      // The till's own role and password (kept in a file beside the database, never in it).
      const address = hub.addressFor(
        (await till.must('sync:status', {})).role!,
        readFileSync(join(till.dataDir, 'hub.secret'), 'utf8'),
      )
      const tillHub = connectHub(address, 1)
      try {
        const batch = await readBatch(till.db, till.sync.deviceId, { limit: 20, fromSeq: 3 })
        expect(batch.length).toBeGreaterThan(0)
        await uploadBatch(tillHub, till.db, batch, till.clock.now())
      } finally {
        await tillHub.destroy()
      }
    }
    expect(await hubRows()).toEqual(before)
    expect(await listQuarantine(hub.admin)).toEqual([])
  })

  it('quarantines and names a tampered row while the queue keeps moving', async () => {
    const tampered = await sell(t3, bag, 1, 120_000)
    // Someone backdates the sale with a SQLite tool (append-only trigger dropped) before it is sent.
    t3.database.raw.exec('DROP TRIGGER sales_no_update')
    t3.database.raw
      .prepare('update sales set created_at = created_at - 3600000 where id = ?')
      .run(tampered.id)
    const later = await sell(t3, bag, 1, 120_000)
    await t3.sync.syncNow()
    expect((await t3.must('sync:status', {})).waiting).toBe(0)
    const quarantined = await listQuarantine(hub.admin)
    expect(quarantined).toEqual([
      expect.objectContaining({
        deviceId: t3.sync.deviceId,
        table: 'sales',
        rowId: tampered.id,
        problem: 'hash_mismatch',
      }),
    ])
    const landed = await hubRows(sql`device_id = ${t3.sync.deviceId} AND row_id = ${later.id}`)
    expect(landed).toHaveLength(1)
  })
})
