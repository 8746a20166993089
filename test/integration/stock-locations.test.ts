import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import { callerAs } from '../helpers/test-core'
import {
  callAs,
  ledgerOnHand,
  locationId,
  saleId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const stockTables = [
  'exhibitions',
  'stock_docs',
  'stock_doc_lines',
  'stock_doc_counters',
  'transfers',
  'transfer_lines',
  'locations',
]

function counts(core: TestCore) {
  const extra: Record<string, number> = {}
  for (const table of stockTables) {
    extra[table] = core.database.raw
      .prepare(`select count(*) from ${table}`)
      .pluck()
      .get() as number
  }
  return extra
}

async function snapshot(core: TestCore) {
  return { ...(await tableCounts(core)), ...counts(core) }
}

describe('stock: locations and exhibitions', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('lists Galeri and Gudang, creates, renames and deactivates a storeroom', async () => {
    const list = await core.must('stock:locations', {})
    expect(list.map((l) => [l.name, l.kind])).toEqual([
      ['Galeri', 'showroom'],
      ['Gudang', 'storeroom'],
    ])
    const created = await core.must('stock:saveLocation', {
      name: 'Gudang Belakang',
      kind: 'storeroom',
      active: true,
    })
    const renamed = await core.must('stock:saveLocation', {
      id: created.id,
      name: 'Gudang 2',
      kind: 'storeroom',
      active: false,
    })
    expect(renamed).toMatchObject({ name: 'Gudang 2', active: false })
    expect((await core.must('stock:locations', {})).map((l) => l.name)).not.toContain('Gudang 2')
    expect((await core.must('stock:locations', { includeInactive: true })).length).toBe(3)
  })

  it('refuses a duplicate name, deactivating the till location or a location with stock', async () => {
    const dup = await core.call('stock:saveLocation', {
      name: 'galeri',
      kind: 'storeroom',
      active: true,
    })
    expect(dup).toMatchObject({ ok: false, code: 'VALIDATION' })
    const galeri = await locationId(core, 'Galeri')
    const till = await core.call('stock:saveLocation', {
      id: galeri,
      name: 'Galeri',
      kind: 'showroom',
      active: false,
    })
    expect(till).toMatchObject({ ok: false, code: 'LOCATION_NOT_EMPTY' })
    const gudang = await locationId(core, 'Gudang')
    const p = await stockedProduct(core, 0)
    await core.must('stock:postDocument', {
      kind: 'purchase_in',
      locationId: gudang,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 2 }],
    })
    const full = await core.call('stock:saveLocation', {
      id: gudang,
      name: 'Gudang',
      kind: 'storeroom',
      active: false,
    })
    expect(full).toMatchObject({ ok: false, code: 'LOCATION_NOT_EMPTY' })
  })

  it('an open exhibition is offered to the till; a closed one is not', async () => {
    const ex = await core.must('stock:saveExhibition', {
      name: 'Pameran Kalteng Expo',
      place: 'Palangka Raya',
      startsOn: '2026-12-01',
      endsOn: '2026-12-05',
    })
    expect(ex.exhibition).toMatchObject({ state: 'open', place: 'Palangka Raya' })
    const options = await core.must('catalog:options', {})
    expect(options.locations.map((l) => l.id)).toContain(ex.id)
    await core.must('till:setLocation', { locationId: ex.id })
    const galeri = await locationId(core, 'Galeri')
    await core.must('stock:closeExhibition', { locationId: ex.id, returnToId: galeri, lines: [] })
    const after = await core.must('catalog:options', {})
    expect(after.locations.map((l) => l.id)).not.toContain(ex.id)
    // The till falls back to where the goods went.
    expect((await core.must('till:settings', {})).locationId).toBe(galeri)
    const again = await core.call('stock:saveExhibition', {
      id: ex.id,
      name: 'Pameran Kalteng Expo',
      place: 'x',
      startsOn: '2026-12-01',
      endsOn: '2026-12-05',
    })
    expect(again).toMatchObject({ ok: false, code: 'LOCATION_INACTIVE' })
  })

  it('refuses an exhibition that ends before it starts, writing nothing', async () => {
    const before = await snapshot(core)
    const result = await core.call('stock:saveExhibition', {
      name: 'Salah',
      place: '',
      startsOn: '2026-12-05',
      endsOn: '2026-12-01',
    })
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await snapshot(core)).toEqual(before)
  })
})

describe('stock: documents', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('posts a production intake: number, lines, movements with the document link', async () => {
    const galeri = await locationId(core, 'Galeri')
    const workshop = await core.must('catalog:addWorkshop', { name: 'Getah Nyatu' })
    const a = await stockedProduct(core, 0, { cost: 5000 })
    const b = await stockedProduct(core, 0, { cost: 7000 })
    const doc = await core.must('stock:postDocument', {
      kind: 'production_in',
      locationId: galeri,
      workshopId: workshop.id,
      docDate: '2026-11-27',
      batch: 'B-11',
      lines: [
        { productId: a.id, qty: 10 },
        { productId: b.id, qty: 4, unitCost: 8000 },
      ],
    })
    expect(doc).toMatchObject({
      docNo: 'PHP-KSG1-2026-0001',
      workshopName: 'Getah Nyatu',
      batch: 'B-11',
      units: 14,
      totalCost: 10 * 5000 + 4 * 8000,
    })
    expect(ledgerOnHand(core, a.id, galeri)).toBe(10)
    const second = await core.must('stock:postDocument', {
      kind: 'production_in',
      locationId: galeri,
      docDate: '2026-11-28',
      lines: [{ productId: a.id, qty: 1 }],
    })
    expect(second.docNo).toBe('PHP-KSG1-2026-0002')
    const card = await core.must('stock:card', { productId: b.id })
    expect(card.movements[0]).toMatchObject({
      reason: 'production_in',
      qty: 4,
      balance: 4,
      unitCost: 8000,
      userName: 'Admin',
      ref: { type: 'stock_doc', id: doc.id, label: 'PHP-KSG1-2026-0001' },
    })
    expect(await verifyStockLevels(core.db)).toEqual([])
  })

  it('writes off damaged and sample stock, never more than on hand', async () => {
    const galeri = await locationId(core, 'Galeri')
    const p = await stockedProduct(core, 5)
    const damaged = await core.must('stock:postDocument', {
      kind: 'damaged',
      locationId: galeri,
      docDate: '2026-11-27',
      note: 'pecah',
      lines: [{ productId: p.id, qty: 2 }],
    })
    expect(damaged.docNo).toBe('RSK-KSG1-2026-0001')
    await core.must('stock:postDocument', {
      kind: 'sample',
      locationId: galeri,
      docDate: '2026-11-27',
      party: 'Tamu Kanwil',
      lines: [{ productId: p.id, qty: 1 }],
    })
    expect(ledgerOnHand(core, p.id, galeri)).toBe(2)
    const before = await snapshot(core)
    const tooMany = await core.call('stock:postDocument', {
      kind: 'damaged',
      locationId: galeri,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 3 }],
    })
    expect(tooMany).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })
    expect(await snapshot(core)).toEqual(before)
  })

  it('bad input writes nothing: unknown product, duplicate lines, intake into an exhibition', async () => {
    const galeri = await locationId(core, 'Galeri')
    const p = await stockedProduct(core, 0)
    const ex = await core.must('stock:saveExhibition', {
      name: 'Expo',
      place: '',
      startsOn: '2026-12-01',
      endsOn: '2026-12-01',
    })
    const before = await snapshot(core)
    const base: InputOf<'stock:postDocument'> = {
      kind: 'production_in',
      locationId: galeri,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 1 }],
    }
    const bad = await Promise.all([
      core.call('stock:postDocument', { ...base, lines: [{ productId: 'nope', qty: 1 }] }),
      core.call('stock:postDocument', {
        ...base,
        lines: [
          { productId: p.id, qty: 1 },
          { productId: p.id, qty: 2 },
        ],
      }),
      core.call('stock:postDocument', { ...base, locationId: ex.id }),
      core.call('stock:postDocument', { ...base, docDate: '2026-13-45' }),
      core.call('stock:postDocument', { ...base, lines: [{ productId: p.id, qty: 0 }] }),
      core.call('stock:postDocument', { ...base, workshopId: 'nope' }),
    ])
    for (const result of bad) expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await snapshot(core)).toEqual(before)
  })

  it('refuses by role: cashier cannot receive; stock clerk cannot see cost', async () => {
    const galeri = await locationId(core, 'Galeri')
    const p = await stockedProduct(core, 3)
    const base = await core.currentCaller()
    const cashier = callerAs('cashier', base)
    const clerk = callerAs('stock', base)
    const input: InputOf<'stock:postDocument'> = {
      kind: 'production_in',
      locationId: galeri,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 1 }],
    }
    expect(await callAs(core, cashier, 'stock:postDocument', input)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(
      await callAs(core, cashier, 'stock:saveTransfer', {
        fromId: galeri,
        toId: await locationId(core, 'Gudang'),
        lines: [{ productId: p.id, qty: 1 }],
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await callAs(core, clerk, 'stock:saveLocation', {
        name: 'X',
        kind: 'storeroom',
        active: true,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const levels = await callAs(core, clerk, 'stock:levels', {})
    expect(levels.ok && levels.data.rows[0]).toMatchObject({ onHand: 3, cost: null, value: null })
    const clerkTotals = await callAs(core, clerk, 'stock:levelTotals', {})
    expect(clerkTotals.ok && clerkTotals.data).toEqual({
      units: 3,
      value: null,
      inTransit: 0,
      inTransitValue: null,
    })
    expect(await core.must('stock:levelTotals', {})).toEqual({
      units: 3,
      value: 3 * 6000,
      inTransit: 0,
      inTransitValue: 0,
    })
  })
})

describe('stock: transfers and the in-transit rule', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('draft → in transit (at neither location) → received with missing and damaged', async () => {
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const p = await stockedProduct(core, 10)
    const q = await stockedProduct(core, 4)
    const draft = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: gudang,
      lines: [
        { productId: p.id, qty: 6 },
        { productId: q.id, qty: 4 },
      ],
    })
    expect(draft).toMatchObject({ state: 'draft', transferNo: 'TRF-KSG1-2026-0001', units: 10 })
    // A draft moves nothing.
    expect(ledgerOnHand(core, p.id, galeri)).toBe(10)
    const sent = await core.must('stock:sendTransfer', { id: draft.id })
    expect(sent.state).toBe('in_transit')
    expect(ledgerOnHand(core, p.id, galeri)).toBe(4)
    expect(ledgerOnHand(core, p.id, gudang)).toBe(0)
    const all = await core.must('stock:levels', { query: p.sku })
    expect(all.rows[0]).toMatchObject({ onHand: 4, inTransit: 6 })
    expect((await core.must('stock:levelTotals', {})).inTransit).toBe(10)
    expect((await core.must('stock:levelTotals', { locationId: galeri })).units).toBe(4)
    // Never stocked at Gudang yet: not in its list, but counted as on its way there.
    const atGudang = await core.must('stock:levels', { locationId: gudang, query: p.sku })
    expect(atGudang.rows).toEqual([])
    expect(await core.must('stock:levelTotals', { locationId: gudang })).toMatchObject({
      units: 0,
      inTransit: 10,
    })
    expect((await core.must('stock:transfers', { state: 'in_transit' })).length).toBe(1)
    // Sending twice is refused.
    expect(await core.call('stock:sendTransfer', { id: draft.id })).toMatchObject({
      ok: false,
      code: 'DOCUMENT_STATE',
    })

    const before = await snapshot(core)
    const over = await core.call('stock:receiveTransfer', {
      id: draft.id,
      lines: [{ productId: p.id, received: 6, damaged: 1 }],
    })
    expect(over).toMatchObject({ ok: false, code: 'COUNT_EXCEEDS_EXPECTED' })
    const stranger = await core.call('stock:receiveTransfer', {
      id: draft.id,
      lines: [{ productId: 'nope', received: 1, damaged: 0 }],
    })
    expect(stranger).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await snapshot(core)).toEqual(before)

    const received = await core.must('stock:receiveTransfer', {
      id: draft.id,
      lines: [
        { productId: p.id, received: 4, damaged: 1 },
        { productId: q.id, received: 4, damaged: 0 },
      ],
      note: 'satu pecah, satu hilang',
    })
    expect(received.state).toBe('received')
    expect(received.lineItems[0]).toMatchObject({ qtyReceived: 4, qtyDamaged: 1, qtyMissing: 1 })
    expect(ledgerOnHand(core, p.id, gudang)).toBe(4)
    expect(ledgerOnHand(core, q.id, gudang)).toBe(4)
    const reasons = core.database.raw
      .prepare(
        "select reason, qty from stock_movements where ref_type = 'transfer' and product_id = ? order by rowid",
      )
      .all(p.id)
    expect(reasons).toEqual([
      { reason: 'transfer_out', qty: -6 },
      { reason: 'transfer_in', qty: 6 },
      { reason: 'damaged', qty: -1 },
      { reason: 'count_adjustment', qty: -1 },
    ])
    expect((await core.must('stock:levels', { query: p.sku })).rows[0]?.inTransit).toBe(0)
    expect(await verifyStockLevels(core.db)).toEqual([])
  })

  it('refuses sending more than on hand and edits only drafts', async () => {
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const p = await stockedProduct(core, 2)
    const draft = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: gudang,
      lines: [{ productId: p.id, qty: 3 }],
    })
    const before = await snapshot(core)
    expect(await core.call('stock:sendTransfer', { id: draft.id })).toMatchObject({
      ok: false,
      code: 'INSUFFICIENT_STOCK',
    })
    expect(await snapshot(core)).toEqual(before)
    const edited = await core.must('stock:saveTransfer', {
      id: draft.id,
      fromId: galeri,
      toId: gudang,
      lines: [{ productId: p.id, qty: 2 }],
    })
    expect(edited.units).toBe(2)
    await core.must('stock:sendTransfer', { id: draft.id })
    expect(
      await core.call('stock:saveTransfer', {
        id: draft.id,
        fromId: galeri,
        toId: gudang,
        lines: [{ productId: p.id, qty: 1 }],
      }),
    ).toMatchObject({ ok: false, code: 'DOCUMENT_STATE' })
    expect(await core.call('stock:cancelTransfer', { id: draft.id })).toMatchObject({
      ok: false,
      code: 'DOCUMENT_STATE',
    })
    expect(
      await core.call('stock:saveTransfer', {
        fromId: galeri,
        toId: galeri,
        lines: [{ productId: p.id, qty: 1 }],
      }),
    ).toMatchObject({ ok: false, code: 'VALIDATION' })
    // Triggers hold the line even for a tool that bypasses the service.
    expect(() =>
      core.database.raw.prepare("update transfers set state = 'draft' where id = ?").run(draft.id),
    ).toThrow(/forward/)
  })

  it('prints a packing list and an intake document as PDF', async () => {
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const p = await stockedProduct(core, 2)
    const draft = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: gudang,
      lines: [{ productId: p.id, qty: 2 }],
    })
    const pdf = await core.must('stock:transferPdf', { id: draft.id })
    expect(pdf.filename).toBe('TRF-KSG1-2026-0001.pdf')
    expect(Buffer.from(pdf.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const doc = await core.must('stock:postDocument', {
      kind: 'production_in',
      locationId: galeri,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 1 }],
    })
    const docPdf = await core.must('stock:documentPdf', { id: doc.id })
    expect(docPdf.mime).toBe('application/pdf')
  })
})

describe('stock: the exhibition round trip', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('send → sell there → close with a variance → report numbers', async () => {
    const galeri = await locationId(core, 'Galeri')
    const a = await stockedProduct(core, 20, { price: 15000, cost: 6000 })
    const b = await stockedProduct(core, 5, { price: 50000, cost: 20000 })
    const ex = await core.must('stock:saveExhibition', {
      name: 'Expo Kasongan',
      place: 'Alun-alun',
      startsOn: '2026-11-27',
      endsOn: '2026-11-29',
    })
    const t = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: ex.id,
      lines: [
        { productId: a.id, qty: 10 },
        { productId: b.id, qty: 5 },
      ],
    })
    await core.must('stock:sendTransfer', { id: t.id })
    // Closing while goods are on the road is refused.
    expect(
      await core.call('stock:closeExhibition', {
        locationId: ex.id,
        returnToId: galeri,
        lines: [],
      }),
    ).toMatchObject({ ok: false, code: 'DOCUMENT_STATE' })
    await core.must('stock:receiveTransfer', {
      id: t.id,
      lines: [
        { productId: a.id, received: 10, damaged: 0 },
        { productId: b.id, received: 5, damaged: 0 },
      ],
    })
    await core.must('till:setLocation', { locationId: ex.id })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: a.id, qty: 3 }],
      payments: [{ methodId: 'tunai', amount: 45000 }],
    })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: b.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 50000 }],
    })
    const voided = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: a.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    await core.must('sales:void', { saleId: voided.id, reason: 'salah input' })
    expect(ledgerOnHand(core, a.id, ex.id)).toBe(7)

    // Counted back: 6 of a (1 missing), 3 of b good + 1 damaged.
    const before = await snapshot(core)
    const over = await core.call('stock:closeExhibition', {
      locationId: ex.id,
      returnToId: galeri,
      lines: [{ productId: a.id, returned: 8, damaged: 0 }],
    })
    expect(over).toMatchObject({ ok: false, code: 'COUNT_EXCEEDS_EXPECTED' })
    expect(await snapshot(core)).toEqual(before)

    const report = await core.must('stock:closeExhibition', {
      locationId: ex.id,
      returnToId: galeri,
      lines: [
        { productId: a.id, returned: 6, damaged: 0 },
        { productId: b.id, returned: 3, damaged: 1 },
      ],
      note: 'tutup pameran',
    })
    const lineA = report.lines.find((l) => l.productId === a.id)
    const lineB = report.lines.find((l) => l.productId === b.id)
    expect(lineA).toMatchObject({
      sent: 10,
      soldQty: 3,
      soldAmount: 45000,
      returned: 6,
      damaged: 0,
      missing: 1,
      remaining: 0,
      varianceQty: 1,
      varianceAmount: 15000,
    })
    expect(lineB).toMatchObject({
      sent: 5,
      soldQty: 1,
      soldAmount: 50000,
      returned: 3,
      damaged: 1,
      missing: 0,
      remaining: 0,
      varianceQty: 1,
      varianceAmount: 50000,
    })
    expect(report.totals).toMatchObject({
      sent: 15,
      soldQty: 4,
      soldAmount: 95000,
      returned: 9,
      varianceQty: 2,
      varianceAmount: 65000,
    })
    expect(report.location.exhibition?.state).toBe('closed')
    expect(ledgerOnHand(core, a.id, ex.id)).toBe(0)
    expect(ledgerOnHand(core, a.id, galeri)).toBe(10 + 6)
    expect(ledgerOnHand(core, b.id, galeri)).toBe(3)
    expect(await core.must('stock:exhibitionReport', { locationId: ex.id })).toEqual(report)
    const pdf = await core.must('stock:exhibitionReportPdf', { locationId: ex.id })
    expect(pdf.filename).toBe('pameran-Expo-Kasongan.pdf')
    // Closed is final.
    expect(
      await core.call('stock:closeExhibition', {
        locationId: ex.id,
        returnToId: galeri,
        lines: [],
      }),
    ).toMatchObject({ ok: false, code: 'LOCATION_INACTIVE' })
    expect(await verifyStockLevels(core.db)).toEqual([])
    expect(await core.must('stock:verify', {})).toMatchObject({ mismatches: 0 })
  })
})

describe('stock: levels and the stock card', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('pages without a 200 limit, filters low stock, category and workshop', async () => {
    const cat = await core.must('catalog:addCategory', { name: 'Anyaman' })
    const ws = await core.must('catalog:addWorkshop', { name: 'Tenun' })
    for (let i = 0; i < 230; i++) {
      await core.must('catalog:create', {
        name: `Produk ${String(i).padStart(3, '0')}`,
        sku: `P-${i}`,
        barcode: null,
        categoryId: i % 2 === 0 ? cat.id : null,
        workshopId: i % 3 === 0 ? ws.id : null,
        unit: 'pcs',
        price: 1000,
        cost: 500,
        active: true,
      })
    }
    const page = await core.must('stock:levels', { offset: 200, limit: 50 })
    expect(page.total).toBe(230)
    expect(page.rows.length).toBe(30)
    expect(page.rows[0]?.name).toBe('Produk 200')
    expect((await core.must('stock:levels', { categoryId: cat.id })).total).toBe(115)
    expect((await core.must('stock:levels', { workshopId: ws.id })).total).toBe(77)
    const first = page.rows[0]!
    await core.must('stock:setReorderLevel', { productId: first.productId, reorderLevel: 5 })
    const low = await core.must('stock:levels', { lowStock: true })
    expect(low.rows.map((r) => r.productId)).toEqual([first.productId])
    expect(low.rows[0]).toMatchObject({ low: true, reorderLevel: 5 })
    const cashier = callerAs('cashier', await core.currentCaller())
    expect(
      await callAs(core, cashier, 'stock:setReorderLevel', {
        productId: first.productId,
        reorderLevel: 1,
      }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('the stock card keeps a running balance per location with document labels', async () => {
    const galeri = await locationId(core, 'Galeri')
    const gudang = await locationId(core, 'Gudang')
    const p = await stockedProduct(core, 0)
    await core.must('stock:postDocument', {
      kind: 'production_in',
      locationId: gudang,
      docDate: '2026-11-27',
      lines: [{ productId: p.id, qty: 8 }],
    })
    core.clock.advance(1000)
    const t = await core.must('stock:saveTransfer', {
      fromId: gudang,
      toId: galeri,
      lines: [{ productId: p.id, qty: 5 }],
    })
    await core.must('stock:sendTransfer', { id: t.id })
    core.clock.advance(1000)
    await core.must('stock:receiveTransfer', {
      id: t.id,
      lines: [{ productId: p.id, received: 5, damaged: 0 }],
    })
    core.clock.advance(1000)
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: p.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 30000 }],
    })
    const card = await core.must('stock:card', { productId: p.id })
    expect(
      card.movements.map((m) => [
        m.locationId === galeri ? 'G' : 'W',
        m.reason,
        m.qty,
        m.balance,
        m.ref?.label,
      ]),
    ).toEqual([
      ['G', 'sale', -2, 3, sale.receiptNo],
      ['G', 'transfer_in', 5, 5, 'TRF-KSG1-2026-0001'],
      ['W', 'transfer_out', -5, 3, 'TRF-KSG1-2026-0001'],
      ['W', 'production_in', 8, 8, 'PHP-KSG1-2026-0001'],
    ])
    expect(card.balances.map((b) => b.onHand).sort()).toEqual([3, 3])
    const onlyGudang = await core.must('stock:card', { productId: p.id, locationId: gudang })
    expect(onlyGudang.total).toBe(2)
    expect(await core.call('stock:card', { productId: 'nope' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
  })
})
