import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { commissionOf } from '../../shared/consignment/commission'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import { ledgerOnHand, locationId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

let counter = 0
const uuid = () => `0190c000-0000-7000-8000-${String(++counter).padStart(12, '0')}`
const HOUR = 3_600_000

async function pdfText(base64: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

describe('consignment money: pay later, and agreed-price history', () => {
  let core: TestCore
  let galeri: string
  let partner: string
  let keychain: ProductDto

  beforeEach(async () => {
    core = await createTestCore()
    galeri = await locationId(core, 'Galeri')
    keychain = await stockedProduct(core, 40, { name: 'Gantungan Kunci Enggang', price: 15_000 })
    partner = (
      await core.must('consignment:savePartner', {
        name: 'Toko Oleh-oleh Borneo',
        commissionPct: 20,
        active: true,
      })
    ).id
  })
  afterEach(async () => core.dispose())

  const send = (qty: number) =>
    core.must('consignment:send', {
      locationId: partner,
      fromId: galeri,
      lines: [{ productId: keychain.id, qty }],
    })
  const settleLater = (sold: number, returned = 0) =>
    core.must('consignment:settle', {
      id: uuid(),
      locationId: partner,
      returnToId: galeri,
      methodId: null,
      lines: [{ productId: keychain.id, sold, returned, missing: 0 }],
    })
  const owed = async () =>
    (await core.must('consignment:partners', {})).find((p) => p.id === partner)!.owed

  it('a pay-later settlement leaves the partner owing; payments come later with receipts, never more than owed', async () => {
    await send(10)
    const s = await settleLater(5)
    const due = 5 * 15_000 - commissionOf(5 * 15_000, 20)
    expect(s.amountDue).toBe(due)
    // The sale counts now (stock and sales report), but no money came in with it.
    expect(ledgerOnHand(core, keychain.id, partner)).toBe(5)
    const salePayments = core.database.raw
      .prepare('select count(*) from payments where sale_id = ?')
      .pluck()
      .get(s.saleId)
    expect(salePayments).toBe(0)
    expect(await owed()).toBe(due)

    // More than owed is refused with the translated message and writes nothing.
    const tooMuch = await core.call('consignment:pay', {
      id: uuid(),
      locationId: partner,
      methodId: 'tunai',
      amount: due + 1,
    })
    expect(tooMuch).toMatchObject({ ok: false, code: 'PAYMENT_EXCEEDS_DUE' })
    if (!tooMuch.ok) expect(tooMuch.message).toContain('Rp 60.000')
    const negative = await core.call('consignment:pay', {
      id: uuid(),
      locationId: partner,
      methodId: 'tunai',
      amount: -5,
    })
    expect(negative).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(
      core.database.raw.prepare('select count(*) from consignment_payments').pluck().get(),
    ).toBe(0)

    // Two payments: part in cash into the drawer, the rest by transfer.
    core.clock.advance(HOUR)
    const cashId = uuid()
    const cash = await core.must('consignment:pay', {
      id: cashId,
      locationId: partner,
      methodId: 'tunai',
      amount: 20_000,
    })
    expect(cash).toMatchObject({ amount: 20_000, owedAfter: due - 20_000, methodName: 'Tunai' })
    expect(cash.docNo).toMatch(/^KTJ-KSG1-2026-0001$/)
    // Resubmitting the same payment returns it, once.
    expect(
      await core.must('consignment:pay', {
        id: cashId,
        locationId: partner,
        methodId: 'tunai',
        amount: 20_000,
      }),
    ).toMatchObject({ docNo: cash.docNo })
    const shift = await core.must('shifts:current', {})
    expect(shift!.totals.cashIn).toBe(20_000)
    expect(await owed()).toBe(due - 20_000)

    core.clock.advance(HOUR)
    const rest = await core.must('consignment:pay', {
      id: uuid(),
      locationId: partner,
      methodId: 'transfer',
      amount: due - 20_000,
      reference: 'BRI 7781',
    })
    expect(rest.owedAfter).toBe(0)
    expect(await owed()).toBe(0)
    expect(
      await core.call('consignment:pay', {
        id: uuid(),
        locationId: partner,
        methodId: 'tunai',
        amount: 1,
      }),
    ).toMatchObject({ ok: false, code: 'PAYMENT_EXCEEDS_DUE' })
    expect(
      (await core.must('consignment:payments', { locationId: partner })).map((p) => p.amount),
    ).toEqual([due - 20_000, 20_000])

    // Payments are append-only.
    expect(() =>
      core.database.raw.prepare('update consignment_payments set amount = 1').run(),
    ).toThrow(/append-only/)

    // The statement shows the payments and the balance; the receipt decodes to its figures.
    const statement = await core.must('consignment:statement', {
      locationId: partner,
      from: '2026-01-01',
      to: '2027-12-31',
    })
    expect(statement.owedAtEnd).toBe(0)
    expect(statement.payments.map((p) => p.docNo)).toEqual([cash.docNo, rest.docNo])
    const receipt = await core.must('consignment:paymentPdf', { id: cashId })
    const text = await pdfText(receipt.base64)
    for (const expected of [
      'Kwitansi Pembayaran Titip Jual',
      cash.docNo,
      'Toko Oleh-oleh Borneo',
      'Rp 20.000',
      'Rp 40.000',
    ]) {
      expect(text).toContain(expected)
    }
    expect(verifyLedgerChain(core.database.raw)).toMatchObject({ ok: true })
  })

  it('cash needs an open shift; a settlement paid at once leaves nothing owed', async () => {
    await send(4)
    await core.must('consignment:settle', {
      id: uuid(),
      locationId: partner,
      returnToId: galeri,
      methodId: 'tunai',
      lines: [{ productId: keychain.id, sold: 2, returned: 0, missing: 0 }],
    })
    expect(await owed()).toBe(0)
    await settleLater(1)
    const shift = await core.must('shifts:current', {})
    await core.must('shifts:close', { countedCash: shift!.totals.expectedCash })
    const refused = await core.call('consignment:pay', {
      id: uuid(),
      locationId: partner,
      methodId: 'tunai',
      amount: 1_000,
    })
    expect(refused).toMatchObject({ ok: false, code: 'SHIFT_REQUIRED' })
    expect(await owed()).toBe(15_000 - commissionOf(15_000, 20))
  })

  it('agreed prices are versions in force from a time; a settlement uses the price when the goods were sent', async () => {
    await core.must('consignment:setPrice', {
      locationId: partner,
      productId: keychain.id,
      price: 16_000,
    })
    core.clock.advance(HOUR)
    await send(3) // sent at 16.000
    core.clock.advance(HOUR)
    await core.must('consignment:setPrice', {
      locationId: partner,
      productId: keychain.id,
      price: 18_000,
    })
    core.clock.advance(HOUR)
    await send(2) // sent at 18.000
    core.clock.advance(HOUR)

    const history = await core.must('consignment:priceHistory', {
      locationId: partner,
      productId: keychain.id,
    })
    expect(history.map((v) => v.price)).toEqual([18_000, 16_000])
    const stock = await core.must('consignment:stock', { locationId: partner })
    expect(stock.lines[0]).toMatchObject({ price: 18_000, agreed: true, onHand: 5 })

    // 4 sold: the 3 sent first at 16.000, then 1 of the later delivery at 18.000.
    const s = await settleLater(4)
    const parts = [3 * 16_000, 18_000]
    const commission = parts.reduce((sum, g) => sum + commissionOf(g, 20), 0)
    expect(s.soldAmount).toBe(3 * 16_000 + 18_000)
    expect(s.commission).toBe(commission)
    expect(s.lines[0]).toMatchObject({ sold: 4, soldAmount: 3 * 16_000 + 18_000 })
    const saleLines = core.database.raw
      .prepare('select qty, unit_price from sale_lines where sale_id = ? order by line_no')
      .all(s.saleId)
    expect(saleLines).toEqual([
      { qty: 3, unit_price: 16_000 },
      { qty: 1, unit_price: 18_000 },
    ])
    const sale = await core.must('sales:get', { id: s.saleId! })
    expect(sale.total).toBe(s.amountDue)

    // The last one left came with the 18.000 delivery; a backdated version changes the future only
    // through its effective time, and the versions are never rewritten.
    await core.must('consignment:setPrice', {
      locationId: partner,
      productId: keychain.id,
      price: 17_000,
      effectiveAt: core.clock.now() - 10 * HOUR,
    })
    const last = await settleLater(1)
    // In force when the second delivery was sent: 18.000 (set later than the backdated 17.000's time).
    expect(last.soldAmount).toBe(18_000)
    expect(() => core.database.raw.prepare('delete from consignment_price_versions').run()).toThrow(
      /append-only/,
    )
    const statement = await core.must('consignment:statement', {
      locationId: partner,
      from: '2026-01-01',
      to: '2027-12-31',
    })
    expect(statement.totals.soldAmount).toBe(3 * 16_000 + 2 * 18_000)
    expect(statement.owedAtEnd).toBe(s.amountDue + last.amountDue)
  })
})
