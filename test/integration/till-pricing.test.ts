import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Caller } from '../../electron/ipc/caller'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import type { SaleDto } from '../../shared/sales/sales-dto'
import {
  addUser,
  adminUserId,
  auditRows,
  callAs,
  ledgerOnHand,
  saleId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

type CheckoutLine = InputOf<'sales:checkout'>['lines'][number]
type Tender = InputOf<'sales:checkout'>['payments'][number]

/** What every sale must satisfy, whatever its discounts and rounding. */
function expectTotalsIdentity(sale: SaleDto) {
  expect(sale.total).toBe(sale.subtotal - sale.cartDiscount + sale.rounding)
  expect(sale.lines.reduce((s, l) => s + l.lineTotal, 0)).toBe(sale.subtotal)
  expect(sale.lines.reduce((s, l) => s + l.netTotal, 0)).toBe(sale.subtotal - sale.cartDiscount)
  expect(sale.change).toBe(sale.paid - sale.total)
  expect(sale.payments.reduce((s, p) => s + p.amount, 0)).toBe(sale.total)
}

describe('pricing at checkout', () => {
  let core: TestCore
  let adminId: string
  let cashier: Caller
  beforeEach(async () => {
    core = await createTestCore()
    adminId = adminUserId(core)
    cashier = addUser(core, { id: 'user-kasir-siti', name: 'Siti', role: 'cashier' })
  })
  afterEach(async () => core.dispose())

  const sell = (lines: CheckoutLine[], payments: Tender[], extra: object = {}) =>
    core.call('sales:checkout', { id: saleId(), lines, payments, ...extra })

  it('applies a percent and an amount line discount with their reasons', async () => {
    const keychain = await stockedProduct(core, 10, { price: 15000 })
    const bag = await stockedProduct(core, 10, { price: 27500 })
    const odd = await stockedProduct(core, 10, { price: 12345 })
    const result = await sell(
      [
        {
          productId: keychain.id,
          qty: 3,
          discount: { kind: 'percent', value: 10, reason: 'Pameran' },
        },
        {
          productId: bag.id,
          qty: 2,
          discount: { kind: 'amount', value: 5000, reason: 'Cacat kecil' },
        },
        // 10 % of 12.345 is 1.234,5: rounds half up to 1.235.
        { productId: odd.id, qty: 1, discount: { kind: 'percent', value: 10, reason: 'Promo' } },
      ],
      [{ methodId: 'tunai', amount: 110000 }],
    )
    if (!result.ok) throw new Error(result.message)
    const sale = result.data
    expect(sale.lines.map((l) => [l.discount, l.discountReason, l.lineTotal, l.netTotal])).toEqual([
      [4500, 'Pameran', 40500, 40500],
      [5000, 'Cacat kecil', 50000, 50000],
      [1235, 'Promo', 11110, 11110],
    ])
    expect(sale).toMatchObject({
      subtotal: 101610,
      cartDiscount: 0,
      rounding: 0,
      total: 101610,
      paid: 110000,
      change: 8390,
    })
    expectTotalsIdentity(sale)

    const audits = auditRows(core, 'sale.lineDiscount')
    expect(audits.map((a) => [a.reason, a.user_id, a.ref_type, a.ref_id])).toEqual([
      ['Pameran', adminId, 'sale', sale.id],
      ['Cacat kecil', adminId, 'sale', sale.id],
      ['Promo', adminId, 'sale', sale.id],
    ])
    expect(audits[0]?.detail).toMatchObject({
      product: keychain.name,
      kind: 'percent',
      value: 10,
      amount: 4500,
    })
    expect(audits[1]?.detail).toMatchObject({ kind: 'amount', value: 5000, amount: 5000 })
  })

  it('spreads a cart discount over the lines so the net totals add up exactly', async () => {
    const keychain = await stockedProduct(core, 10, { price: 15000 })
    const bag = await stockedProduct(core, 10, { price: 27500 })
    const result = await sell(
      [
        { productId: keychain.id, qty: 3 },
        { productId: bag.id, qty: 1 },
      ],
      [{ methodId: 'tunai', amount: 71500 }],
      { cartDiscount: { kind: 'amount', value: 1000, reason: 'Pelanggan tetap' } },
    )
    if (!result.ok) throw new Error(result.message)
    const sale = result.data
    // 1.000 over 45.000 : 27.500 is 620,69 : 379,31 → largest remainder gives 621 : 379.
    expect(sale.lines.map((l) => [l.lineTotal, l.netTotal])).toEqual([
      [45000, 44379],
      [27500, 27121],
    ])
    expect(sale).toMatchObject({
      subtotal: 72500,
      cartDiscount: 1000,
      cartDiscountReason: 'Pelanggan tetap',
      rounding: 0,
      total: 71500,
      change: 0,
    })
    expectTotalsIdentity(sale)
    const [audit] = auditRows(core, 'sale.cartDiscount')
    expect(audit).toMatchObject({
      reason: 'Pelanggan tetap',
      user_id: adminId,
      ref_id: sale.id,
      detail: { kind: 'amount', value: 1000, amount: 1000 },
    })

    const percent = await sell(
      [
        { productId: keychain.id, qty: 1 },
        { productId: bag.id, qty: 1 },
      ],
      [{ methodId: 'tunai', amount: 50000 }],
      { cartDiscount: { kind: 'percent', value: 7, reason: 'Ekspor' } },
    )
    if (!percent.ok) throw new Error(percent.message)
    // 7 % of 42.500 = 2.975; split 15.000 : 27.500 → 1.050 : 1.925.
    expect(percent.data).toMatchObject({ subtotal: 42500, cartDiscount: 2975, total: 39525 })
    expect(percent.data.lines.map((l) => l.netTotal)).toEqual([13950, 25575])
    expectTotalsIdentity(percent.data)
  })

  it('overrides a price with a reason and audits from → to', async () => {
    const product = await stockedProduct(core, 10, { price: 15000 })
    const result = await sell(
      [{ productId: product.id, qty: 2, unitPrice: 12000, overrideReason: 'Harga pameran' }],
      [{ methodId: 'tunai', amount: 24000 }],
    )
    if (!result.ok) throw new Error(result.message)
    expect(result.data.lines[0]).toMatchObject({
      listPrice: 15000,
      unitPrice: 12000,
      overrideReason: 'Harga pameran',
      lineTotal: 24000,
      netTotal: 24000,
    })
    expect(result.data.total).toBe(24000)
    expect(auditRows(core, 'sale.priceOverride')).toEqual([
      {
        action: 'sale.priceOverride',
        user_id: adminId,
        reason: 'Harga pameran',
        ref_type: 'sale',
        ref_id: result.data.id,
        detail: { product: product.name, from: 15000, to: 12000 },
      },
    ])
  })

  it('treats the list price sent back unchanged as no override (no reason, no audit)', async () => {
    const product = await stockedProduct(core, 10, { price: 15000 })
    const result = await callAs(core, cashier, 'sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1, unitPrice: 15000 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    expect(result.ok).toBe(true)
    expect(auditRows(core, 'sale.priceOverride')).toEqual([])
  })

  it('refuses an override without a reason at lines.N.overrideReason and writes nothing', async () => {
    const a = await stockedProduct(core, 10, { price: 15000 })
    const b = await stockedProduct(core, 10, { price: 20000 })
    const before = await tableCounts(core)
    for (const overrideReason of [undefined, '   ']) {
      const result = await sell(
        [
          { productId: a.id, qty: 1 },
          {
            productId: b.id,
            qty: 1,
            unitPrice: 18000,
            ...(overrideReason ? { overrideReason } : {}),
          },
        ],
        [{ methodId: 'tunai', amount: 50000 }],
      )
      expect(result).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        issues: [
          {
            path: 'lines.1.overrideReason',
            code: 'REASON_REQUIRED',
            message: 'Alasan wajib diisi.',
          },
        ],
      })
    }
    expect(await tableCounts(core)).toEqual(before)
  })

  it('refuses a line or cart discount larger than what it discounts, writing nothing', async () => {
    const product = await stockedProduct(core, 10, { price: 15000 })
    const before = await tableCounts(core)
    const line = await sell(
      [{ productId: product.id, qty: 1, discount: { kind: 'amount', value: 15001, reason: 'x' } }],
      [{ methodId: 'tunai', amount: 15000 }],
    )
    expect(line).toMatchObject({
      ok: false,
      code: 'DISCOUNT_TOO_LARGE',
      message: 'Diskon melebihi harga.',
    })
    const cart = await sell(
      [{ productId: product.id, qty: 2, discount: { kind: 'amount', value: 10000, reason: 'x' } }],
      [{ methodId: 'tunai', amount: 30000 }],
      { cartDiscount: { kind: 'amount', value: 20001, reason: 'y' } },
    )
    expect(cart).toMatchObject({ ok: false, code: 'DISCOUNT_TOO_LARGE' })
    expect(await tableCounts(core)).toEqual(before)

    // Exactly the price is allowed: the line is free.
    const free = await sell(
      [
        {
          productId: product.id,
          qty: 1,
          discount: { kind: 'percent', value: 100, reason: 'Hadiah' },
        },
      ],
      [{ methodId: 'tunai', amount: 1000 }],
    )
    expect(free).toMatchObject({ ok: true, data: { subtotal: 0, total: 0, change: 1000 } })
  })

  it('forbids a cashier discounts and overrides, writing nothing, but lets them sell plainly', async () => {
    const product = await stockedProduct(core, 10, { price: 15000 })
    const before = await tableCounts(core)
    const attempts: InputOf<'sales:checkout'>[] = [
      {
        id: saleId(),
        lines: [
          { productId: product.id, qty: 1, discount: { kind: 'percent', value: 5, reason: 'x' } },
        ],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      },
      {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        cartDiscount: { kind: 'amount', value: 500, reason: 'x' },
        payments: [{ methodId: 'tunai', amount: 15000 }],
      },
      {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1, unitPrice: 10000, overrideReason: 'teman' }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      },
    ]
    for (const input of attempts) {
      expect(await callAs(core, cashier, 'sales:checkout', input)).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
        message: 'Anda tidak berwenang melakukan tindakan ini.',
      })
    }
    expect(await tableCounts(core)).toEqual(before)

    const plain = await callAs(core, cashier, 'sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 20000 }],
    })
    expect(plain).toMatchObject({
      ok: true,
      data: { total: 15000, change: 5000, cashierName: 'Siti' },
    })
  })

  describe('cash rounding', () => {
    const rounded = async (
      mode: 'down' | 'nearest' | 'up',
      price: number,
      payments: (total: number) => Tender[],
    ) => {
      await core.must('settings:updateTill', { cashRounding: { unit: 500, mode } })
      const product = await stockedProduct(core, 5, { price })
      const priced = await sell([{ productId: product.id, qty: 1 }], payments(price + 1000))
      if (!priced.ok) throw new Error(priced.message)
      expectTotalsIdentity(priced.data)
      return priced.data
    }
    const cash = (amount: number): Tender[] => [{ methodId: 'tunai', amount }]

    it('rounds down, to nearest (half up) and up to the unit when cash is tendered', async () => {
      expect(await rounded('down', 10300, cash)).toMatchObject({
        subtotal: 10300,
        rounding: -300,
        total: 10000,
        change: 1300,
      })
      expect(await rounded('nearest', 10300, cash)).toMatchObject({ rounding: 200, total: 10500 })
      expect(await rounded('nearest', 10200, cash)).toMatchObject({ rounding: -200, total: 10000 })
      expect(await rounded('nearest', 10250, cash)).toMatchObject({ rounding: 250, total: 10500 })
      expect(await rounded('up', 10100, cash)).toMatchObject({ rounding: 400, total: 10500 })
      expect(await rounded('up', 10000, cash)).toMatchObject({ rounding: 0, total: 10000 })

      const stored = core.database.raw
        .prepare('select rounding, total from sales order by receipt_seq')
        .all()
      expect(stored).toEqual([
        { rounding: -300, total: 10000 },
        { rounding: 200, total: 10500 },
        { rounding: -200, total: 10000 },
        { rounding: 250, total: 10500 },
        { rounding: 400, total: 10500 },
        { rounding: 0, total: 10000 },
      ])
    })

    it('does not round a sale paid fully by QRIS, but rounds one with any cash in it', async () => {
      const qris = await rounded('down', 10300, () => [
        { methodId: 'qris', amount: 10300, reference: 'QR-1' },
      ])
      expect(qris).toMatchObject({ rounding: 0, total: 10300, change: 0 })
      const mixed = await rounded('down', 10300, () => [
        { methodId: 'qris', amount: 5000, reference: 'QR-2' },
        { methodId: 'tunai', amount: 5000 },
      ])
      expect(mixed).toMatchObject({ rounding: -300, total: 10000, paid: 10000, change: 0 })
    })

    it('rounds after the cart discount and keeps every identity', async () => {
      await core.must('settings:updateTill', { cashRounding: { unit: 500, mode: 'down' } })
      const keychain = await stockedProduct(core, 10, { price: 15000 })
      const bag = await stockedProduct(core, 10, { price: 27500 })
      const result = await sell(
        [
          {
            productId: keychain.id,
            qty: 3,
            discount: { kind: 'amount', value: 1234, reason: 'a' },
          },
          { productId: bag.id, qty: 1 },
        ],
        [{ methodId: 'tunai', amount: 100000 }],
        { cartDiscount: { kind: 'percent', value: 7, reason: 'Ekspor' } },
      )
      if (!result.ok) throw new Error(result.message)
      // 43.766 + 27.500 = 71.266; 7 % = 4.988,62 → 4.989; 66.277 rounds down to 66.000.
      expect(result.data).toMatchObject({
        subtotal: 71266,
        cartDiscount: 4989,
        rounding: -277,
        total: 66000,
        change: 34000,
      })
      expectTotalsIdentity(result.data)
    })
  })

  describe('negative stock', () => {
    it('is refused by default, naming the item, and writes nothing', async () => {
      const product = await stockedProduct(core, 2, { name: 'Topi Anyaman Purun' })
      const before = await tableCounts(core)
      expect(
        await sell([{ productId: product.id, qty: 3 }], [{ methodId: 'tunai', amount: 45000 }]),
      ).toMatchObject({
        ok: false,
        code: 'INSUFFICIENT_STOCK',
        message: 'Stok Topi Anyaman Purun tidak cukup: tersedia 2, diminta 3.',
        params: { name: 'Topi Anyaman Purun', available: 2, requested: 3 },
      })
      expect(await tableCounts(core)).toEqual(before)
    })

    it('when allowed, sells past zero and audits the oversold items', async () => {
      const settings = await core.must('settings:updateTill', { allowNegativeStock: true })
      expect(settings.allowNegativeStock).toBe(true)
      const short = await stockedProduct(core, 2, { name: 'Topi Anyaman Purun' })
      const none = await stockedProduct(core, 0, { name: 'Tikar Rotan' })
      const plenty = await stockedProduct(core, 9)
      const result = await sell(
        [
          { productId: short.id, qty: 3 },
          { productId: none.id, qty: 1 },
          { productId: plenty.id, qty: 1 },
        ],
        [{ methodId: 'tunai', amount: 100000 }],
      )
      if (!result.ok) throw new Error(result.message)
      expect((await core.must('catalog:get', { id: short.id })).onHand).toBe(-1)
      expect((await core.must('catalog:get', { id: none.id })).onHand).toBe(-1)
      expect(ledgerOnHand(core, short.id)).toBe(-1)
      expect(await verifyStockLevels(core.db)).toEqual([])
      expect(auditRows(core, 'sale.oversell')).toEqual([
        {
          action: 'sale.oversell',
          user_id: adminId,
          reason: 'allowNegativeStock',
          ref_type: 'sale',
          ref_id: result.data.id,
          detail: {
            items: [
              { productId: short.id, name: 'Topi Anyaman Purun', available: 2, sold: 3 },
              { productId: none.id, name: 'Tikar Rotan', available: 0, sold: 1 },
            ],
          },
        },
      ])
    })
  })

  describe('receipt numbers', () => {
    it('follow the configured format and stay gapless per till across a format change', async () => {
      const product = await stockedProduct(core, 10, { price: 15000 })
      const one = () =>
        sell([{ productId: product.id, qty: 1 }], [{ methodId: 'tunai', amount: 15000 }])
      const first = await one()
      expect(first.ok && first.data.receiptNo).toBe('KSG1-20261127-000001')

      const settings = await core.must('settings:updateTill', {
        receipt: { prefix: 'KSG1', includeDate: false, digits: 4 },
      })
      expect(settings.receipt).toEqual({ prefix: 'KSG1', includeDate: false, digits: 4 })
      const numbers: string[] = []
      for (let i = 0; i < 4; i++) {
        const ok = await one()
        if (ok.ok) numbers.push(ok.data.receiptNo)
        // A refused sale in between must not use up a number.
        const refused = await sell(
          [{ productId: product.id, qty: 1 }],
          [{ methodId: 'tunai', amount: 1 }],
        )
        expect(refused.ok).toBe(false)
      }
      expect(numbers).toEqual(['KSG1-0002', 'KSG1-0003', 'KSG1-0004', 'KSG1-0005'])
      const seqs = core.database.raw
        .prepare('select receipt_seq from sales order by receipt_seq')
        .pluck()
        .all()
      expect(seqs).toEqual([1, 2, 3, 4, 5])
    })
  })
})
