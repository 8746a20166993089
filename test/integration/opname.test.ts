import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../shared/contract'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import {
  addUser,
  auditRows,
  callAs,
  ledgerOnHand,
  locationId,
  saleId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const people = {
  personInCharge: { name: 'Budi Santoso' },
  witness: { name: 'Siti Aminah' },
}

async function newCount(core: TestCore, overrides: Partial<InputOf<'opname:create'>> = {}) {
  return core.must('opname:create', {
    locationId: await locationId(core, 'Galeri'),
    scope: { kind: 'all' },
    ...people,
    ...overrides,
  })
}

async function countingDoc(core: TestCore) {
  const count = await newCount(core)
  await core.must('opname:start', { id: count.id })
  const session = await core.must('opname:openSession', { countId: count.id, label: 'Rak A' })
  return { count, session }
}

const scanTimes = async (
  core: TestCore,
  countId: string,
  sessionId: string,
  barcode: string,
  n: number,
) => {
  for (let i = 0; i < n; i++) await core.must('opname:scan', { countId, sessionId, barcode })
}

describe('stock opname', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('numbers documents gaplessly per device and starts as a draft', async () => {
    const first = await newCount(core, { headOfShowroom: 'Drs. Harun' })
    const second = await newCount(core)
    expect(first).toMatchObject({
      countNo: 'OPN-KSG1-20261127-001',
      state: 'draft',
      locationName: 'Galeri',
      personInCharge: 'Budi Santoso',
      witness: 'Siti Aminah',
      headOfShowroom: 'Drs. Harun',
      scope: { kind: 'all', id: null, name: null },
    })
    expect(second.countNo).toBe('OPN-KSG1-20261127-002')
    const list = await core.must('opname:list', {})
    expect(list.map((c) => c.countNo)).toEqual(['OPN-KSG1-20261127-002', 'OPN-KSG1-20261127-001'])
  })

  it('a person in charge picked from the users takes their recorded name', async () => {
    const caller = await core.currentCaller()
    const count = await newCount(core, {
      personInCharge: { userId: caller.actor?.userId ?? '', name: 'typed' },
    })
    expect(count.personInCharge).toBe('Admin')
  })

  it('is blind while counting, merges sessions and counts by scan, typing and undo', async () => {
    const a = await stockedProduct(core, 10)
    const b = await stockedProduct(core, 4)
    const { count, session } = await countingDoc(core)
    const other = await core.must('opname:openSession', {
      countId: count.id,
      label: 'Gudang depan',
    })

    await scanTimes(core, count.id, session.id, a.barcode ?? '', 3)
    const typed = await core.must('opname:count', {
      countId: count.id,
      sessionId: other.id,
      productId: a.id,
      qty: 6,
    })
    expect(typed.counted).toBe(9)
    const last = await core.must('opname:scan', {
      countId: count.id,
      sessionId: session.id,
      barcode: b.barcode ?? '',
    })
    expect(last).toMatchObject({ kind: 'scan', qty: 1, counted: 1, product: { id: b.id } })
    const undone = await core.must('opname:undo', { countId: count.id, entryId: last.entryId })
    expect(undone).toMatchObject({ kind: 'undo', qty: -1, counted: 0 })
    const again = await core.call('opname:undo', { countId: count.id, entryId: last.entryId })
    expect(again).toMatchObject({ ok: false, code: 'ALREADY_UNDONE' })

    const doc = await core.must('opname:get', { id: count.id })
    expect(doc.state).toBe('counting')
    expect(doc.totals).toBeNull()
    // Blind: only what was counted, with no system quantity anywhere.
    expect(doc.lines).toEqual([
      expect.objectContaining({ productId: a.id, counted: 9, expected: null, variance: null }),
    ])
    expect(doc.sessions.map((s) => [s.label, s.units])).toEqual([
      ['Rak A', 3],
      ['Gudang depan', 6],
    ])
    // Entries are their own rows, with who and which session.
    const entries = core.database.raw
      .prepare('select kind, qty, session_id from stock_count_entries order by rowid')
      .all()
    expect(entries).toHaveLength(6)

    const review = await core.must('opname:review', { id: count.id })
    expect(review.lines.find((l) => l.productId === a.id)).toMatchObject({
      counted: 9,
      expected: 10,
      variance: -1,
      varianceValue: -6000,
    })
    expect(review.lines.find((l) => l.productId === b.id)).toMatchObject({
      counted: null,
      expected: 4,
    })
    expect(review.totals).toMatchObject({ uncounted: 1, shortageUnits: 1, shortageValue: 6000 })
  })

  it('refuses an unknown barcode, a product outside the scope and a count below zero', async () => {
    const category = await core.must('catalog:addCategory', { name: 'Anyaman' })
    const inScope = await stockedProduct(core, 2, { categoryId: category.id })
    const outside = await stockedProduct(core, 2)
    const count = await newCount(core, { scope: { kind: 'category', id: category.id } })
    await core.must('opname:start', { id: count.id })
    const session = await core.must('opname:openSession', { countId: count.id, label: 'Rak' })
    const before = await tableCounts(core)
    const entries = () =>
      core.database.raw.prepare('select count(*) from stock_count_entries').pluck().get()
    const entriesBefore = entries()
    expect(
      await core.call('opname:scan', { countId: count.id, sessionId: session.id, barcode: '999' }),
    ).toMatchObject({ ok: false, code: 'UNKNOWN_BARCODE' })
    expect(
      await core.call('opname:scan', {
        countId: count.id,
        sessionId: session.id,
        barcode: outside.barcode ?? '',
      }),
    ).toMatchObject({ ok: false, code: 'OUT_OF_SCOPE' })
    expect(
      await core.call('opname:count', {
        countId: count.id,
        sessionId: session.id,
        productId: inScope.id,
        qty: -1,
      }),
    ).toMatchObject({ ok: false, code: 'COUNT_BELOW_ZERO' })
    expect(
      await core.call('opname:count', {
        countId: count.id,
        sessionId: session.id,
        productId: inScope.id,
        qty: 0,
      }),
    ).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await tableCounts(core)).toEqual(before)
    expect(entries()).toBe(entriesBefore)
    const doc = await core.must('opname:review', { id: count.id })
    // The snapshot holds only the category's product.
    expect(doc.lines.map((l) => l.productId)).toEqual([inScope.id])
  })

  it('accounts for sales during counting: before the shelf was counted, and after', async () => {
    const soldBefore = await stockedProduct(core, 10)
    const soldAfter = await stockedProduct(core, 10)
    const { count, session } = await countingDoc(core)
    const sell = (productId: string, qty: number) =>
      core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId, qty }],
        payments: [{ methodId: 'tunai', amount: 15000 * qty }],
      })

    // Two sold before their shelf is counted: the counter finds 8, and 8 is expected.
    await sell(soldBefore.id, 2)
    await core.must('opname:count', {
      countId: count.id,
      sessionId: session.id,
      productId: soldBefore.id,
      qty: 8,
    })
    // Counted 10, then one sold: the counter saw 10, and 10 was there when counted.
    await core.must('opname:count', {
      countId: count.id,
      sessionId: session.id,
      productId: soldAfter.id,
      qty: 10,
    })
    await sell(soldAfter.id, 1)

    const review = await core.must('opname:review', { id: count.id })
    expect(review.lines.find((l) => l.productId === soldBefore.id)).toMatchObject({
      snapshot: 10,
      movedSinceSnapshot: -2,
      expected: 8,
      counted: 8,
      variance: 0,
    })
    expect(review.lines.find((l) => l.productId === soldAfter.id)).toMatchObject({
      snapshot: 10,
      movedSinceSnapshot: 0,
      expected: 10,
      variance: 0,
    })
    const galeri = await locationId(core, 'Galeri')
    await core.must('opname:post', { id: count.id })
    // No variance, so no adjustment: on hand stays what the ledger says (10 − 1 sold after).
    expect(ledgerOnHand(core, soldAfter.id, galeri)).toBe(9)
    expect(ledgerOnHand(core, soldBefore.id, galeri)).toBe(8)
    expect(
      core.database.raw
        .prepare("select count(*) from stock_movements where reason = 'count_adjustment'")
        .pluck()
        .get(),
    ).toBe(0)
    expect(await verifyStockLevels(core.db)).toEqual([])
  })

  it('posting writes adjustments equal to the variances, locks the document and audits', async () => {
    const short = await stockedProduct(core, 10)
    const over = await stockedProduct(core, 5, { cost: 20000 })
    const missing = await stockedProduct(core, 2)
    const exact = await stockedProduct(core, 3)
    const { count, session } = await countingDoc(core)
    const galeri = await locationId(core, 'Galeri')
    const typed = (productId: string, qty: number) =>
      core.must('opname:count', { countId: count.id, sessionId: session.id, productId, qty })
    await typed(short.id, 9)
    await typed(over.id, 8)
    await typed(exact.id, 3)
    // One sold after the first count of `short`; the counter then takes it off their count.
    // The last entry is after the sale, so expected is 9 and the one never found is short.
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: short.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    await typed(short.id, -1)

    await core.must('opname:review', { id: count.id })
    // An uncounted item is never silently zero.
    expect(await core.call('opname:post', { id: count.id })).toMatchObject({
      ok: false,
      code: 'UNCOUNTED_ITEMS',
    })
    await core.must('opname:confirmZero', { countId: count.id, productIds: [missing.id] })
    // +3 at Rp 20.000 = Rp 60.000: a reason is required.
    expect(await core.call('opname:post', { id: count.id })).toMatchObject({
      ok: false,
      code: 'VARIANCE_REASON_REQUIRED',
    })
    const doc = await core.must('opname:setReason', {
      countId: count.id,
      productId: over.id,
      reason: 'Kiriman bengkel belum dicatat',
    })
    const variances = Object.fromEntries(doc.lines.map((l) => [l.productId, l.variance]))
    expect(variances).toEqual({ [short.id]: -1, [over.id]: 3, [missing.id]: -2, [exact.id]: 0 })

    const before = (id: string) => ledgerOnHand(core, id, galeri)
    const onHand = {
      short: before(short.id),
      over: before(over.id),
      missing: before(missing.id),
    }
    const posted = await core.must('opname:post', { id: count.id })
    expect(posted.state).toBe('posted')
    // The stock card names the count document, not an internal id.
    const card = await core.must('stock:card', { productId: over.id })
    expect(card.movements[0]?.ref).toEqual({
      type: 'stock_count',
      id: count.id,
      label: count.countNo,
    })
    expect(card.movements[0]?.ref?.label).toMatch(/^OPN-/)
    expect(before(short.id)).toBe(onHand.short - 1)
    expect(before(short.id)).toBe(8)
    expect(before(over.id)).toBe(onHand.over + 3)
    expect(before(missing.id)).toBe(onHand.missing - 2)
    const adjustments = core.database.raw
      .prepare(
        "select product_id, qty, unit_cost, note from stock_movements where reason = 'count_adjustment' order by qty",
      )
      .all() as Array<{ product_id: string; qty: number; unit_cost: number; note: string }>
    expect(adjustments.map((m) => [m.product_id, m.qty, m.unit_cost])).toEqual([
      [missing.id, -2, 6000],
      [short.id, -1, 6000],
      [over.id, 3, 20000],
    ])
    expect(adjustments[2]?.note).toBe(`${count.countNo}: Kiriman bengkel belum dicatat`)
    expect(await verifyStockLevels(core.db)).toEqual([])
    expect(verifyLedgerChain(core.database.raw).ok).toBe(true)
    const audit = auditRows(core, 'stock.count.post')
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ ref_id: count.id, detail: { adjusted: 3, netValue: 42000 } })

    // Locked: no more entries, events, reasons or a second posting — neither through the
    // service nor straight into the tables.
    expect(await core.call('opname:post', { id: count.id })).toMatchObject({
      ok: false,
      code: 'COUNT_STATE',
    })
    expect(await core.call('opname:reopen', { id: count.id })).toMatchObject({
      ok: false,
      code: 'COUNT_STATE',
    })
    expect(
      await core.call('opname:scan', {
        countId: count.id,
        sessionId: session.id,
        barcode: short.barcode ?? '',
      }),
    ).toMatchObject({ ok: false, code: 'COUNT_STATE' })
    expect(() =>
      core.database.raw
        .prepare(
          `insert into stock_count_reasons (id, count_id, product_id, reason, user_id, device_id, created_at)
           select 'x', ?, ?, 'late', user_id, device_id, 0 from stock_counts where id = ?`,
        )
        .run(count.id, short.id, count.id),
    ).toThrow(/locked/)
    expect(() => core.database.raw.prepare('update stock_count_entries set qty = 5').run()).toThrow(
      /append-only/,
    )
  })

  it('a confirmed zero counts the movements up to its confirmation; "all uncounted" at once', async () => {
    const a = await stockedProduct(core, 2)
    const b = await stockedProduct(core, 1)
    const { count } = await countingDoc(core)
    await core.must('opname:review', { id: count.id })
    const doc = await core.must('opname:confirmZero', {
      countId: count.id,
      productIds: 'all-uncounted',
    })
    expect(doc.totals).toMatchObject({ uncounted: 0, shortageUnits: 3, missingReasons: 0 })
    expect(doc.lines.every((l) => l.confirmedZero && l.counted === 0)).toBe(true)
    await core.must('opname:post', { id: count.id })
    const galeri = await locationId(core, 'Galeri')
    expect(ledgerOnHand(core, a.id, galeri)).toBe(0)
    expect(ledgerOnHand(core, b.id, galeri)).toBe(0)
  })

  it('reopening for a recount keeps the snapshot; only one running count per location', async () => {
    const a = await stockedProduct(core, 4)
    const { count, session } = await countingDoc(core)
    const second = await newCount(core)
    expect(await core.call('opname:start', { id: second.id })).toMatchObject({
      ok: false,
      code: 'COUNT_IN_PROGRESS',
      params: { countNo: count.countNo },
    })
    await core.must('opname:review', { id: count.id })
    await core.must('opname:reopen', { id: count.id })
    await scanTimes(core, count.id, session.id, a.barcode ?? '', 4)
    const doc = await core.must('opname:review', { id: count.id })
    expect(doc.lines[0]).toMatchObject({ expected: 4, counted: 4, variance: 0 })
    expect(doc.events.map((e) => e.state)).toEqual(['counting', 'review', 'counting', 'review'])
    await core.must('opname:cancel', { id: count.id, reason: 'Salah lokasi' })
    expect((await core.must('opname:start', { id: second.id })).state).toBe('counting')
    expect(auditRows(core, 'stock.count.cancel')).toHaveLength(1)
  })

  it('refuses by role: a cashier sees nothing, a stock clerk counts but cannot post', async () => {
    await stockedProduct(core, 1)
    const { count } = await countingDoc(core)
    await core.must('opname:review', { id: count.id })
    await core.must('opname:confirmZero', { countId: count.id, productIds: 'all-uncounted' })
    const cashier = addUser(core, { id: 'u-cashier', name: 'Kasir', role: 'cashier' })
    const clerk = addUser(core, { id: 'u-stock', name: 'Petugas', role: 'stock' })
    const before = await tableCounts(core)
    for (const [channel, input] of [
      ['opname:list', {}],
      ['opname:get', { id: count.id }],
      ['opname:create', { locationId: 'x', scope: { kind: 'all' }, ...people }],
      ['opname:post', { id: count.id }],
    ] as const) {
      expect(await callAs(core, cashier, channel, input as never)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
    expect(await callAs(core, clerk, 'opname:post', { id: count.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await tableCounts(core)).toEqual(before)
    // The clerk counts and reviews, but sees no Rupiah without cost.view.
    const seen = await callAs(core, clerk, 'opname:get', { id: count.id })
    expect(seen.ok && seen.data.canSeeCost).toBe(false)
    expect(seen.ok && seen.data.totals?.shortageValue).toBeNull()
    expect(seen.ok && seen.data.lines[0]?.varianceValue).toBeNull()
  })

  it('bad input writes nothing', async () => {
    await stockedProduct(core, 1)
    const count = await newCount(core)
    const before = await tableCounts(core)
    const rows = () =>
      core.database.raw
        .prepare(
          'select (select count(*) from stock_counts) + (select count(*) from stock_count_events)',
        )
        .pluck()
        .get()
    const countRows = rows()
    const refusals = [
      await core.call('opname:create', {
        locationId: 'nowhere',
        scope: { kind: 'all' },
        ...people,
      }),
      await core.call('opname:create', {
        locationId: await locationId(core, 'Galeri'),
        scope: { kind: 'category', id: 'nope' },
        ...people,
      }),
      await core.call('opname:create', {
        locationId: await locationId(core, 'Galeri'),
        scope: { kind: 'all' },
        personInCharge: { name: '' },
        witness: people.witness,
      }),
      await core.call('opname:review', { id: count.id }),
      await core.call('opname:post', { id: count.id }),
      await core.call('opname:openSession', { countId: count.id, label: 'Rak' }),
      await core.call('opname:beritaAcara', { id: count.id }),
    ]
    expect(refusals.map((r) => (r.ok ? 'ok' : r.code))).toEqual([
      'VALIDATION',
      'VALIDATION',
      'VALIDATION',
      'COUNT_STATE',
      'COUNT_STATE',
      'COUNT_STATE',
      'COUNT_STATE',
    ])
    expect(await tableCounts(core)).toEqual(before)
    expect(rows()).toBe(countRows)
  })

  it('prints the Berita Acara as an A4 PDF with the count table and signature lines', async () => {
    const a = await stockedProduct(core, 5, { name: 'Gantungan Kunci Enggang' })
    const count = await newCount(core, { headOfShowroom: 'Drs. Harun Effendi' })
    await core.must('opname:start', { id: count.id })
    const session = await core.must('opname:openSession', { countId: count.id, label: 'Rak A' })
    await scanTimes(core, count.id, session.id, a.barcode ?? '', 4)
    await core.must('opname:review', { id: count.id })
    await core.must('opname:post', { id: count.id })
    const file = await core.must('opname:beritaAcara', { id: count.id })
    expect(file).toMatchObject({
      filename: `berita-acara-${count.countNo}.pdf`,
      mime: 'application/pdf',
    })
    const bytes = new Uint8Array(Buffer.from(file.base64, 'base64'))
    const pdf = await getDocumentProxy(bytes)
    const page = await pdf.getPage(1)
    const [width, height] = [page.view[2], page.view[3]]
    expect(Math.round(width ?? 0)).toBe(595)
    expect(Math.round(height ?? 0)).toBe(842)
    const { text } = await extractText(pdf, { mergePages: true })
    for (const expected of [
      'BERITA ACARA STOCK OPNAME',
      count.countNo,
      'Galeri Lapas Narkotika Kasongan',
      'Gantungan Kunci Enggang',
      'Penanggung jawab',
      'Budi Santoso',
      'Siti Aminah',
      'Kepala Galeri',
      'Drs. Harun Effendi',
      'Rp 6.000',
      'Kasongan, 27 November 2026',
    ]) {
      expect(text).toContain(expected)
    }
  })
})
