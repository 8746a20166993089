import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { verifyReportRollups } from '../../electron/services/reports/report-rollups'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import { commissionOf } from '../../shared/consignment/commission'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import {
  addUser,
  auditRows,
  callAs,
  ledgerOnHand,
  locationId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const consignmentTables = [
  'locations',
  'consignment_partners',
  'consignment_prices',
  'consignment_settlements',
  'consignment_settlement_lines',
  'transfers',
  'transfer_lines',
  'stock_doc_counters',
  'report_sales_daily',
  'report_workshops_daily',
  'report_payments_daily',
]

async function snapshot(core: TestCore) {
  const extra: Record<string, number> = {}
  for (const table of consignmentTables) {
    extra[table] = core.database.raw
      .prepare(`select count(*) from ${table}`)
      .pluck()
      .get() as number
  }
  return { ...(await tableCounts(core)), ...extra }
}

let settlementCounter = 0
const settlementId = () =>
  `0190b000-0000-7000-8000-${String(++settlementCounter).padStart(12, '0')}`

const today = '2026-11-27'

describe('consignment (titip jual)', () => {
  let core: TestCore
  let galeri: string
  let partner: string
  let keychain: ProductDto
  let bag: ProductDto

  beforeEach(async () => {
    core = await createTestCore()
    galeri = await locationId(core, 'Galeri')
    const workshop = await core.must('catalog:addWorkshop', { name: 'Getah Nyatu' })
    keychain = await stockedProduct(core, 30, {
      name: 'Gantungan Kunci Enggang',
      price: 15_000,
      cost: 6_000,
      workshopId: workshop.id,
    })
    bag = await stockedProduct(core, 10, { name: 'Tas Anyaman Rotan', price: 120_000 })
    const created = await core.must('consignment:savePartner', {
      name: 'Toko Oleh-oleh Borneo',
      contact: 'Ibu Sari, 0812-555',
      address: 'Jl. Yos Sudarso 12, Palangka Raya',
      commissionPct: 20,
      active: true,
    })
    partner = created.id
  })
  afterEach(async () => core.dispose())

  function settle(lines: InputOf<'consignment:settle'>['lines'], extra = {}) {
    return core.call('consignment:settle', {
      id: settlementId(),
      locationId: partner,
      returnToId: galeri,
      methodId: 'tunai',
      lines,
      ...extra,
    })
  }

  it('is a location of kind consignment, listed with its agreement', async () => {
    const locations = await core.must('stock:locations', {})
    expect(locations.find((l) => l.id === partner)).toMatchObject({ kind: 'consignment' })
    expect(await core.must('consignment:partners', {})).toEqual([
      expect.objectContaining({
        id: partner,
        name: 'Toko Oleh-oleh Borneo',
        commissionPct: 20,
        units: 0,
      }),
    ])
    // The till never sells from a partner: its sales come in by settlement.
    const till = await core.call('till:setLocation', { locationId: partner })
    expect(till).toMatchObject({ ok: false, code: 'NOT_FOUND' })
  })

  it('sends by transfer, settles sold/returned/missing in one go, and every ledger agrees', async () => {
    // An agreed price for the keychain at this partner; the bag sells at its list price.
    await core.must('consignment:setPrice', {
      locationId: partner,
      productId: keychain.id,
      price: 16_000,
    })
    const sent = await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [
        { productId: keychain.id, qty: 10 },
        { productId: bag.id, qty: 2 },
      ],
    })
    expect(sent).toMatchObject({ state: 'received', toId: partner, fromId: galeri })
    expect(sent.transferNo).toMatch(/^TRF-KSG1-2026-\d{4}$/)
    expect(ledgerOnHand(core, keychain.id, partner)).toBe(10)
    expect(ledgerOnHand(core, keychain.id, galeri)).toBe(20)

    // The partner's stock, per product, as the Stok screen sees it too.
    const stock = await core.must('consignment:stock', { locationId: partner })
    expect(stock.lines.map((l) => [l.name, l.onHand, l.price, l.agreed])).toEqual([
      ['Gantungan Kunci Enggang', 10, 16_000, true],
      ['Tas Anyaman Rotan', 2, 120_000, false],
    ])
    const levels = await core.must('stock:levels', { locationId: partner })
    expect(levels.rows.map((r) => [r.name, r.onHand])).toEqual([
      ['Gantungan Kunci Enggang', 10],
      ['Tas Anyaman Rotan', 2],
    ])

    // Sold 6 keychains and 1 bag, 3 keychains came back, 1 keychain is missing.
    const result = await settle(
      [
        { productId: keychain.id, sold: 6, returned: 3, missing: 1 },
        { productId: bag.id, sold: 1, returned: 0, missing: 0 },
      ],
      { missingReason: 'Hilang di etalase mitra' },
    )
    if (!result.ok) throw new Error(result.message)
    const s = result.data
    const gross = 6 * 16_000 + 120_000
    const commission = commissionOf(6 * 16_000, 20) + commissionOf(120_000, 20)
    expect(s).toMatchObject({
      partnerName: 'Toko Oleh-oleh Borneo',
      commissionPct: 20,
      soldAmount: gross,
      commission,
      amountDue: gross - commission,
      returnToName: 'Galeri',
      missingReason: 'Hilang di etalase mitra',
    })
    expect(s.docNo).toMatch(/^TJ-KSG1-2026-0001$/)
    expect(s.receiptNo).toMatch(/^KSG1-/)
    expect(s.returnTransferNo).toMatch(/^TRF-KSG1-2026-\d{4}$/)

    // Stock: the partner holds nothing of the keychain, the showroom got 3 back.
    expect(ledgerOnHand(core, keychain.id, partner)).toBe(0)
    expect(ledgerOnHand(core, keychain.id, galeri)).toBe(23)
    expect(ledgerOnHand(core, bag.id, partner)).toBe(1)
    const reasons = core.database.raw
      .prepare(
        `select reason, sum(qty) as qty from stock_movements
         where location_id = ? and product_id = ? group by reason order by reason`,
      )
      .all(partner, keychain.id)
    expect(reasons).toEqual([
      { reason: 'count_adjustment', qty: -1 },
      { reason: 'sale', qty: -6 },
      { reason: 'transfer_in', qty: 10 },
      { reason: 'transfer_out', qty: -3 },
    ])
    const missingNote = core.database.raw
      .prepare(
        `select note, ref_type from stock_movements where location_id = ? and reason = 'count_adjustment'`,
      )
      .get(partner)
    expect(missingNote).toEqual({ note: 'Hilang di etalase mitra', ref_type: 'consignment' })

    // The sale is a sale like the till's: at the partner's location, commission as discount.
    const sale = await core.must('sales:get', { id: s.saleId! })
    expect(sale).toMatchObject({ total: gross - commission, receiptNo: s.receiptNo })
    const report = await core.must('reports:sales', {
      from: today,
      to: today,
      locationId: partner,
    })
    expect(report.summary).toMatchObject({
      grossSales: gross,
      discounts: commission,
      netSales: gross - commission,
      salesCount: 1,
    })
    expect(report.byLocation).toEqual([
      expect.objectContaining({ name: 'Toko Oleh-oleh Borneo', netSales: gross - commission }),
    ])
    const hasil = await core.must('reports:hasilKerja', { month: '2026-11' })
    const getah = hasil.rows.find((r) => r.workshopName === 'Getah Nyatu')
    expect(getah).toMatchObject({ qty: 6, netSales: 6 * 16_000 - commissionOf(6 * 16_000, 20) })

    // Derived data and hash chains agree with the ledgers.
    expect(await verifyStockLevels(core.database.db)).toEqual([])
    expect(await verifyReportRollups(core.database.db)).toEqual([])
    expect(verifyLedgerChain(core.database.raw).ok).toBe(true)
    expect(auditRows(core, 'consignment.settle')).toHaveLength(1)

    // A resubmit of the same settlement returns it, writing nothing.
    const before = await snapshot(core)
    const again = await core.call('consignment:settle', {
      id: s.id,
      locationId: partner,
      returnToId: galeri,
      methodId: 'tunai',
      lines: [{ productId: keychain.id, sold: 6, returned: 3, missing: 1 }],
      missingReason: 'Hilang di etalase mitra',
    })
    expect(again).toMatchObject({ ok: true, data: { id: s.id, docNo: s.docNo } })
    expect(await snapshot(core)).toEqual(before)

    // The till cannot void or return the settlement's sale: that would unsettle it silently.
    const voided = await core.call('sales:void', { saleId: s.saleId!, reason: 'Salah input' })
    expect(voided).toMatchObject({
      ok: false,
      code: 'SETTLEMENT_SALE',
      message: expect.stringContaining(s.docNo),
    })
    const returned = await core.call('sales:return', {
      id: settlementId(),
      saleId: s.saleId!,
      reason: 'Pembeli berubah pikiran',
      lines: [{ saleLineId: sale.lines[0]!.id, qty: 1, disposition: 'restock' }],
      refunds: [{ methodId: 'tunai', amount: 1_000 }],
    })
    expect(returned).toMatchObject({ ok: false, code: 'SETTLEMENT_SALE' })
    expect(await snapshot(core)).toEqual(before)
  })

  it('statement over a period: opening, sent, sold, returned, missing, closing and money; PDF in ID and EN', async () => {
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 10 }],
    })
    // Next day: settle part of it; two days on: send more.
    core.clock.advance(86_400_000)
    const first = await settle([{ productId: keychain.id, sold: 4, returned: 2, missing: 1 }], {
      missingReason: 'Rusak dan dibuang mitra',
      methodId: 'transfer',
      reference: 'BRI-0042',
    })
    expect(first.ok).toBe(true)
    core.clock.advance(86_400_000)
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: bag.id, qty: 1 }],
    })

    const statement = await core.must('consignment:statement', {
      locationId: partner,
      from: '2026-11-28',
      to: '2026-11-29',
    })
    const due = 4 * 15_000 - commissionOf(4 * 15_000, 20)
    expect(
      statement.lines.map((l) => [
        l.name,
        l.opening,
        l.sent,
        l.sold,
        l.returned,
        l.missing,
        l.closing,
      ]),
    ).toEqual([
      ['Gantungan Kunci Enggang', 10, 0, 4, 2, 1, 3],
      ['Tas Anyaman Rotan', 0, 1, 0, 0, 0, 1],
    ])
    expect(statement.totals).toMatchObject({
      opening: 10,
      sent: 1,
      sold: 4,
      returned: 2,
      missing: 1,
      closing: 4,
      soldAmount: 60_000,
      commission: 12_000,
      amountDue: due,
    })
    expect(statement.settlements).toHaveLength(1)
    // The period before the settlement holds only what was sent.
    const earlier = await core.must('consignment:statement', {
      locationId: partner,
      from: today,
      to: today,
    })
    expect(earlier.totals).toMatchObject({
      opening: 0,
      sent: 10,
      sold: 0,
      closing: 10,
      amountDue: 0,
    })

    const period = { locationId: partner, from: '2026-11-28', to: '2026-11-29' }
    const idPdf = await core.must('consignment:statementPdf', period)
    expect(idPdf.filename).toBe('titip-jual-Toko-Oleh-oleh-Borneo-2026-11-28-2026-11-29.pdf')
    const idText = await pdfText(idPdf.base64)
    for (const expected of [
      'Laporan Titip Jual',
      'Toko Oleh-oleh Borneo',
      'Galeri Lapas Narkotika Kasongan',
      'Gantungan Kunci Enggang',
      'Komisi mitra',
      '20%',
      'Hak toko',
      'Rp 60.000',
      'Rp 12.000',
      'Rp 48.000',
      'TJ-KSG1-2026-0001',
      'Dikirim 1, terjual 4, kembali 2, hilang 1; masih di mitra 4.',
    ]) {
      expect(idText).toContain(expected)
    }

    core.database.raw.prepare("update settings set value = '\"en\"' where key = 'locale'").run()
    const enCaller = { ...(await currentCaller(core)), locale: 'en' as const }
    const enPdf = await callAs(core, enCaller, 'consignment:statementPdf', period)
    if (!enPdf.ok) throw new Error(enPdf.message)
    const enText = await pdfText(enPdf.data.base64)
    for (const expected of [
      'Consignment Statement',
      'Partner commission',
      'Amount due',
      'Rp 48.000',
      'Sent 1, sold 4, returned 2, missing 1; still at the partner 4.',
    ]) {
      expect(enText).toContain(expected)
    }
  })

  it('refuses settling more than the partner holds, negative quantities, a missing reason, a non-partner — and changes nothing', async () => {
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 5 }],
    })
    const before = await snapshot(core)

    const tooMany = await settle([{ productId: keychain.id, sold: 4, returned: 2, missing: 0 }])
    expect(tooMany).toMatchObject({
      ok: false,
      code: 'SETTLE_EXCEEDS_PARTNER',
      message:
        'Toko Oleh-oleh Borneo hanya memegang 5 Gantungan Kunci Enggang, tetapi penyelesaian mencatat 6 (terjual + kembali + hilang).',
    })

    const negative = await settle([{ productId: keychain.id, sold: -1, returned: 0, missing: 0 }])
    expect(negative).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!negative.ok) {
      expect(negative.issues?.[0]).toMatchObject({ path: 'lines.0.sold', code: 'TOO_SMALL' })
      expect(negative.message).not.toMatch(/zod|expected|Number must/i)
    }

    const nothing = await settle([{ productId: keychain.id, sold: 0, returned: 0, missing: 0 }])
    expect(nothing).toMatchObject({ ok: false, code: 'VALIDATION' })

    const noReason = await settle([{ productId: keychain.id, sold: 1, returned: 0, missing: 1 }])
    expect(noReason).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!noReason.ok) expect(noReason.issues?.[0]).toMatchObject({ path: 'missingReason' })

    const notPartner = await core.call('consignment:settle', {
      id: settlementId(),
      locationId: galeri,
      returnToId: galeri,
      methodId: 'tunai',
      lines: [{ productId: keychain.id, sold: 1, returned: 0, missing: 0 }],
    })
    expect(notPartner).toMatchObject({ ok: false, code: 'VALIDATION' })

    const sendNegative = await core.call('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: -3 }],
    })
    expect(sendNegative).toMatchObject({ ok: false, code: 'VALIDATION' })
    const sendTooMany = await core.call('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 500 }],
    })
    expect(sendTooMany).toMatchObject({ ok: false, code: 'INSUFFICIENT_STOCK' })

    // Transfer (QRIS) needs a reference, like at the till.
    const noRef = await settle([{ productId: keychain.id, sold: 1, returned: 0, missing: 0 }], {
      methodId: 'qris',
    })
    expect(noRef).toMatchObject({ ok: false, code: 'REFERENCE_REQUIRED' })

    expect(await snapshot(core)).toEqual(before)
    expect(ledgerOnHand(core, keychain.id, partner)).toBe(5)
  })

  it('in English the refusal is English too', async () => {
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 2 }],
    })
    const enCaller = { ...(await currentCaller(core)), locale: 'en' as const }
    const result = await callAs(core, enCaller, 'consignment:settle', {
      id: settlementId(),
      locationId: partner,
      returnToId: galeri,
      methodId: 'tunai',
      lines: [{ productId: keychain.id, sold: 3, returned: 0, missing: 0 }],
    })
    expect(result).toMatchObject({
      ok: false,
      code: 'SETTLE_EXCEEDS_PARTNER',
      message:
        'Toko Oleh-oleh Borneo holds only 2 Gantungan Kunci Enggang, but the settlement records 3 (sold + returned + missing).',
    })
  })

  it('a cashier may not settle; a missing piece needs stock.adjust', async () => {
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 2 }],
    })
    const cashier = addUser(core, { id: 'kasir-1', name: 'Kasir', role: 'cashier' })
    const refused = await callAs(core, cashier, 'consignment:settle', {
      id: settlementId(),
      locationId: partner,
      returnToId: galeri,
      methodId: 'tunai',
      lines: [{ productId: keychain.id, sold: 1, returned: 0, missing: 0 }],
    })
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('partners cannot be edited through the plain location channel, nor deactivated while holding goods', async () => {
    const viaLocations = await core.call('stock:saveLocation', {
      id: partner,
      name: 'Toko Oleh-oleh Borneo',
      kind: 'storeroom',
      active: true,
    })
    expect(viaLocations).toMatchObject({ ok: false, code: 'VALIDATION' })
    await core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty: 1 }],
    })
    const deactivate = await core.call('consignment:savePartner', {
      id: partner,
      name: 'Toko Oleh-oleh Borneo',
      commissionPct: 25,
      active: false,
    })
    expect(deactivate).toMatchObject({ ok: false, code: 'LOCATION_NOT_EMPTY' })
    const edited = await core.must('consignment:savePartner', {
      id: partner,
      name: 'Toko Borneo',
      commissionPct: 25,
      active: true,
    })
    expect(edited).toMatchObject({ name: 'Toko Borneo', commissionPct: 25, units: 1 })
  })
})

async function pdfText(base64: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

async function currentCaller(core: TestCore) {
  const { adminUserId } = await import('../helpers/builders')
  const { defaultRolePermissions } = await import('../../shared/permissions')
  return {
    locale: 'id' as const,
    actor: {
      userId: adminUserId(core),
      name: 'Admin',
      role: 'admin' as const,
      permissions: new Set(defaultRolePermissions.admin),
    },
  }
}
