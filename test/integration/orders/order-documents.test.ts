import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { intake, nzBuyer, pdfText, workshopProduct } from './order-helpers'

/** Independent of the app's converter: Rupiah ÷ rate, to the cent, half up (exact decimals). */
const usd = (rupiah: number, rate: number) => {
  const cents = Math.round((rupiah * 100 * 100) / Math.round(rate * 100) + 1e-9)
  return `USD ${new Intl.NumberFormat('en-US').format(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`
}

describe('orders: documents decode to the order figures', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  async function shippedOrder() {
    const { product } = await workshopProduct(core, 'Kegiatan Getah Nyatu')
    await intake(core, product.id, 200)
    const buyer = await nzBuyer(core)
    let order = await core.must('orders:create', {
      buyerId: buyer.id,
      lines: [
        {
          productId: product.id,
          qty: 200,
          unitPrice: 13_000,
          priceReason: 'harga ekspor',
          hsCode: '4602.19',
        },
      ],
    })
    order = await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    order = await core.must('orders:pay', {
      id: order.id,
      kind: 'deposit',
      amount: 780_000,
      methodId: 'tunai',
    })
    return { order, product, buyer }
  }

  it('a USD proforma at a recorded rate, in the buyer language, states the rounding rule', async () => {
    const { order } = await shippedOrder()
    const file = await core.must('orders:document', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_250.5,
    })
    expect(file.filename).toBe('PRO-KSG1-2026-0001.pdf')
    const text = await pdfText(file)
    for (const expected of [
      'Proforma Invoice',
      'PRO-KSG1-2026-0001',
      order.orderNo,
      'Kiwi Crafts Ltd',
      'IDR 16,250.50 per 1 USD',
      'Rp 13.000',
      'Rp 2.600.000',
      usd(13_000, 16_250.5),
      usd(2_600_000, 16_250.5),
      'Deposit received',
      'Rp 780.000',
      usd(780_000, 16_250.5),
      'Balance due',
      'Rp 1.820.000',
      '4602.19',
      'Country of origin: Indonesia',
      'rounded to the nearest cent (half up) per line',
    ]) {
      expect(text).toContain(expected)
    }
    const stored = core.database.raw
      .prepare('select kind, currency, rate_x100, language from order_documents')
      .all()
    expect(stored).toEqual([
      { kind: 'proforma', currency: 'USD', rate_x100: 1_625_050, language: 'en' },
    ])
  })

  it('packing list, delivery note, invoice and deposit receipt; Indonesian on request', async () => {
    const { order, product } = await shippedOrder()
    const carton = {
      netWeightG: 2_000,
      grossWeightG: 2_650,
      lengthCm: 40,
      widthCm: 30,
      heightCm: 25,
    }
    await core.must('orders:pack', {
      id: order.id,
      cartons: [
        { ...carton, lines: [{ productId: product.id, qty: 120 }] },
        { ...carton, lines: [{ productId: product.id, qty: 80 }] },
      ],
    })
    const packing = await pdfText(
      await core.must('orders:document', {
        orderId: order.id,
        kind: 'packing_list',
        currency: 'IDR',
      }),
    )
    for (const expected of [
      'Packing List',
      'Cartons: 2',
      '200',
      '4.00',
      '5.30',
      '40 x 30 x 25',
      '4602.19',
      'Country of origin: Indonesia',
    ]) {
      expect(packing).toContain(expected)
    }
    // An invoice needs a shipped order.
    const early = await core.call('orders:document', {
      orderId: order.id,
      kind: 'invoice',
      currency: 'IDR',
    })
    expect(early).toMatchObject({ ok: false, code: 'ORDER_STATE' })

    await core.must('orders:ship', { id: order.id })
    const invoice = await pdfText(
      await core.must('orders:document', {
        orderId: order.id,
        kind: 'invoice',
        language: 'id',
        currency: 'NZD',
        rate: 9_500,
      }),
    )
    for (const expected of [
      'Faktur Komersial',
      'Kurs',
      'Rp 9,500.00 per 1 NZD',
      'NZD 273.68',
      'Sudah dibayar',
      'Sisa tagihan',
      'Rp 1.820.000',
      'Negara asal: Indonesia',
    ]) {
      expect(invoice).toContain(expected)
    }
    const note = await pdfText(
      await core.must('orders:document', {
        orderId: order.id,
        kind: 'delivery_note',
        currency: 'IDR',
      }),
    )
    expect(note).toContain('Delivery Note')
    expect(note).toContain('Consignee')
    const receipt = await pdfText(
      await core.must('orders:document', {
        orderId: order.id,
        kind: 'deposit_receipt',
        currency: 'IDR',
      }),
    )
    for (const expected of [
      'Deposit Receipt',
      'KWT-KSG1-2026-0001',
      'Rp 780.000',
      'Kiwi Crafts Ltd',
      'Tunai',
    ]) {
      expect(receipt).toContain(expected)
    }
  })

  it('refuses a rate of zero or a foreign document without a rate, and records nothing', async () => {
    const { order } = await shippedOrder()
    const zero = await core.call('orders:document', {
      orderId: order.id,
      kind: 'proforma',
      rate: 0,
    })
    expect(zero).toMatchObject({ ok: false, code: 'VALIDATION' })
    if (!zero.ok) expect(zero.issues?.[0]).toMatchObject({ path: 'rate' })
    const missing = await core.call('orders:document', { orderId: order.id, kind: 'proforma' })
    expect(missing).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(core.database.raw.prepare('select count(*) from order_documents').pluck().get()).toBe(0)
  })
})
