import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectHub, type TillCredentials } from '../../../electron/hub/hub-admin'
import type { InputOf } from '../../../shared/contract'
import type { HasilKerjaDto } from '../../../shared/reports/reports-dto'
import { productInput, saleId } from '../../helpers/builders'
import { receiveStock } from '../../helpers/receive-stock'
import { startPgHub, type PgHubServer, type TestHub, twoShowroomTills } from '../../helpers/pg-hub'
import { callerAs, createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17: Laporan's hasil kerja and PNBP for the whole showroom, read across tills as of the
// last sync, against a real PostgreSQL. Two tills sell products of two workshops at the shared
// showroom (one sale voided, one returned), each records PNBP deposits (one cancelled) and a
// target; after syncing, the hub scope on either till equals the sum of the two tills' own
// reports per workshop, and what both registers deposited.

const MONTH = '2026-11'
const SPLIT = {
  workshopId: null,
  validFrom: '2026-01-01',
  premiBp: 5_000,
  pnbpBp: 2_000,
  modalBp: 3_000,
  basis: 'net_sales',
} as const

/** The figures of one workshop's row that add up across tills. */
const figures = (row: HasilKerjaDto['rows'][number] | undefined) => ({
  qty: row?.qty ?? 0,
  netSales: row?.netSales ?? 0,
  cost: row?.cost ?? 0,
  basis: row?.basis ?? 0,
  premi: row?.premi ?? 0,
  pnbp: row?.pnbp ?? 0,
  modal: row?.modal ?? 0,
})

describe('hasil kerja and PNBP across tills (real PostgreSQL)', () => {
  let pg: PgHubServer
  let hub: TestHub
  let t1: TestCore
  let t2: TestCore
  let alone: TestCore
  let galeri: string
  const workshops = { kayu: '', rotan: '' }
  let credentials = new Map<string, TillCredentials>()
  let pnbpDown: number | undefined

  const sell = (till: TestCore, lines: { productId: string; qty: number }[], amount: number) =>
    till.must('sales:checkout', {
      id: saleId(),
      lines,
      payments: [{ methodId: 'tunai', amount }],
    })

  const deposit = (till: TestCore, date: string, amount: number, code: string) =>
    till.must('reports:addPnbpDeposit', { date, amount, billingCode: code, ntpn: `N-${code}` })

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
    t1 = await createTestCore({ code: 'KSG1', ids: sequentialIds('71111111') })
    t2 = await createTestCore({ code: 'KSG2', ids: sequentialIds('72222222'), shift: false })
    alone = await createTestCore({ code: 'KSG9', ids: sequentialIds('79999999') })

    galeri = (await t1.must('till:settings', {})).locationId
    workshops.kayu = (await t1.must('catalog:addWorkshop', { name: 'Bengkel Kayu' })).id
    workshops.rotan = (await t1.must('catalog:addWorkshop', { name: 'Bengkel Rotan' })).id
    const call = <C extends Parameters<TestCore['must']>[0]>(c: C, i: InputOf<C>) => t1.must(c, i)
    const products = {
      kayu: (
        await t1.must(
          'catalog:create',
          productInput({ price: 50_000, cost: 20_000, workshopId: workshops.kayu }),
        )
      ).id,
      rotan: (
        await t1.must(
          'catalog:create',
          productInput({ price: 30_000, cost: 10_000, workshopId: workshops.rotan }),
        )
      ).id,
    }
    for (const productId of Object.values(products))
      await receiveStock(call, { productId, qty: 50 })

    credentials = await twoShowroomTills(hub, t1, t2, galeri)

    // Split rules are each till's own until they come down from the hub: the same rule on both.
    await t1.must('reports:addSplitRule', SPLIT)
    await t2.must('reports:addSplitRule', SPLIT)

    // T1: 2 kayu + 1 rotan, 1 rotan returned; T2: 1 kayu + 3 rotan, and a voided kayu sale.
    const first = await sell(
      t1,
      [
        { productId: products.kayu, qty: 2 },
        { productId: products.rotan, qty: 1 },
      ],
      130_000,
    )
    await t1.must('sales:return', {
      id: saleId(),
      saleId: first.id,
      reason: 'Rusak',
      lines: [{ saleLineId: first.lines[1]!.id, qty: 1, disposition: 'damaged' }],
      refunds: [{ methodId: 'tunai', amount: 30_000 }],
    })
    await sell(
      t2,
      [
        { productId: products.kayu, qty: 1 },
        { productId: products.rotan, qty: 3 },
      ],
      140_000,
    )
    const voided = await sell(t2, [{ productId: products.kayu, qty: 1 }], 50_000)
    await t2.must('sales:void', { saleId: voided.id, reason: 'Salah input' })

    await deposit(t1, '2026-11-10', 10_000, 'B-1')
    await deposit(t2, '2026-11-12', 6_000, 'B-2')
    const mistaken = await deposit(t2, '2026-11-13', 99_000, 'B-3')
    await t2.must('reports:cancelPnbpDeposit', { depositId: mistaken.id, reason: 'Salah ketik' })
    await t1.must('reports:setPnbpTarget', { year: 2026, amount: 1_000_000 })
    t2.clock.advance(60_000)
    await t2.must('reports:setPnbpTarget', { year: 2026, amount: 2_000_000 })

    await t1.sync.syncNow()
    pnbpDown = (await t2.sync.syncNow()).pnbpRows
    await t1.sync.syncNow()
  }, 240_000)

  afterAll(async () => {
    for (const till of [t1, t2, alone]) await till?.dispose()
    await pg?.stop()
  })

  it('gives the hub scope of hasil kerja as the sum of both tills’ own reports, per workshop', async () => {
    const one = await t1.must('reports:hasilKerja', { month: MONTH, locationId: null })
    const two = await t2.must('reports:hasilKerja', { month: MONTH, locationId: null })
    const all = await t1.must('hubview:hasilKerja', { month: MONTH, locationId: null })
    expect(all.asOf).toBe(t1.clock.now())
    expect(all.rows.map((r) => r.workshopName)).toEqual(['Bengkel Kayu', 'Bengkel Rotan'])
    for (const id of Object.values(workshops)) {
      const a = figures(one.rows.find((r) => r.workshopId === id))
      const b = figures(two.rows.find((r) => r.workshopId === id))
      const sum = Object.fromEntries(
        Object.keys(a).map((k) => [k, a[k as keyof typeof a] + b[k as keyof typeof b]]),
      )
      expect(figures(all.rows.find((r) => r.workshopId === id))).toEqual(sum)
    }
    // Kayu: 2 (T1) + 1 (T2; the voided one nowhere); rotan: 1 − 1 returned (T1) + 3 (T2).
    expect(figures(all.rows.find((r) => r.workshopId === workshops.kayu))).toMatchObject({
      qty: 3,
      netSales: 150_000,
      cost: 60_000,
      pnbp: 30_000,
    })
    expect(figures(all.rows.find((r) => r.workshopId === workshops.rotan))).toMatchObject({
      qty: 3,
      netSales: 90_000,
      pnbp: 18_000,
    })
    expect(all.totals.pnbp).toBe(one.totals.pnbp + two.totals.pnbp)
    expect(all.totals.netSales).toBe(one.totals.netSales + two.totals.netSales)
    expect(all.rounding).toBe(one.rounding + two.rounding)
    expect(all.salesDays).toEqual([...new Set([...one.salesDays, ...two.salesDays])].sort())

    // Either till reads the same showroom; at the shared location, the same again.
    const fromT2 = await t2.must('hubview:hasilKerja', { month: MONTH, locationId: null })
    expect(fromT2.rows.map(figures)).toEqual(all.rows.map(figures))
    const atGaleri = await t1.must('hubview:hasilKerja', { month: MONTH, locationId: galeri })
    expect(atGaleri.rows.map(figures)).toEqual(all.rows.map(figures))
    // Another month has nothing.
    const october = await t1.must('hubview:hasilKerja', { month: '2026-10', locationId: null })
    expect(october.rows).toEqual([])
  })

  it('gives PNBP due and deposited for the whole showroom: both tills’ sums, the newest target', async () => {
    // T2's sync brought T1's deposit and target down.
    expect(pnbpDown).toBe(2)
    const one = await t1.must('reports:pnbp', { month: MONTH })
    const two = await t2.must('reports:pnbp', { month: MONTH })
    for (const till of [t1, t2]) {
      const all = await till.must('hubview:pnbp', { month: MONTH })
      expect(all.dueYtd).toBe(one.dueYtd + two.dueYtd)
      expect(all.dueYtd).toBe(48_000)
      expect(all.depositedYtd).toBe(one.depositedYtd + two.depositedYtd)
      expect(all.depositedYtd).toBe(16_000)
      expect(
        all.deposits.map((d) => [d.billingCode, d.amount, d.cancelled?.reason ?? null]),
      ).toEqual([
        ['B-1', 10_000, null],
        ['B-2', 6_000, null],
        ['B-3', 99_000, 'Salah ketik'],
      ])
      expect(all.deposits.every((d) => d.createdBy === 'Admin')).toBe(true)
      expect(all.target).toBe(2_000_000)
      expect(all.asOf).toBe(till.clock.now())
    }
  })

  it('lets every till role read the PNBP register of the others on the hub, never change it', async () => {
    const c = credentials.get('KSG1')!
    const asTill = connectHub(hub.addressFor(c.role, c.password), 1)
    try {
      const { rows } = await sql<{ table_name: string }>`
        SELECT DISTINCT table_name FROM ledger_rows
        WHERE table_name LIKE 'pnbp%' AND device_id <> hub_my_device()
        ORDER BY table_name`.execute(asTill)
      expect(rows.map((r) => r.table_name)).toEqual([
        'pnbp_deposit_cancellations',
        'pnbp_deposits',
        'pnbp_targets',
      ])
      await expect(
        sql`UPDATE ledger_rows SET data = '{}' WHERE table_name = 'pnbp_deposits'`.execute(asTill),
      ).rejects.toThrow(/permission denied/)
    } finally {
      await asTill.destroy()
    }
  })

  it('hides the cost columns without cost.view and refuses a caller without reports.view, in main', async () => {
    const base = await t1.currentCaller()
    const stock = await t1.call(
      'hubview:hasilKerja',
      { month: MONTH, locationId: null },
      callerAs('stock', base),
    )
    expect(stock).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const cashier = await t1.call('hubview:pnbp', { month: MONTH }, callerAs('cashier', base))
    expect(cashier).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const supervisor = callerAs('supervisor', base).actor!
    const noCost = {
      ...callerAs('supervisor', base),
      actor: {
        ...supervisor,
        permissions: new Set([...supervisor.permissions].filter((p) => p !== 'cost.view')),
      },
    }
    const hidden = await t1.call('hubview:hasilKerja', { month: MONTH, locationId: null }, noCost)
    expect(hidden.ok).toBe(true)
    if (hidden.ok) {
      expect(hidden.data.seesCost).toBe(false)
      expect(hidden.data.rows.length).toBe(2)
      expect(hidden.data.rows.every((r) => r.cost === null && r.grossProfit === null)).toBe(true)
    }
  })

  it('refuses the hub scope on a till that never joined a hub', async () => {
    expect(
      await alone.call('hubview:hasilKerja', { month: MONTH, locationId: null }),
    ).toMatchObject({ ok: false, code: 'HUB_NOT_JOINED' })
    expect(await alone.call('hubview:pnbp', { month: MONTH })).toMatchObject({
      ok: false,
      code: 'HUB_NOT_JOINED',
    })
    // Its own reports are unaffected.
    expect((await alone.call('reports:pnbp', { month: MONTH })).ok).toBe(true)
  })
})
