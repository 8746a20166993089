import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Caller } from '../../electron/ipc/caller'
import {
  addUser,
  callAs,
  ledgerOnHand,
  locationId,
  saleId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { sampleStaticQris } from '../helpers/qris-sample'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { receiveStock } from '../helpers/receive-stock'

const staticQris = sampleStaticQris
/** The same code with its last CRC digit changed, as if mistyped. */
const brokenCrc = staticQris.slice(0, -1) + (staticQris.endsWith('0') ? '1' : '0')

describe('till settings', () => {
  let core: TestCore
  let cashier: Caller
  let galeri: string
  let gudang: string
  beforeEach(async () => {
    core = await createTestCore()
    cashier = addUser(core, { id: 'user-kasir-siti', name: 'Siti', role: 'cashier' })
    galeri = await locationId(core, 'Galeri')
    gudang = await locationId(core, 'Gudang')
  })
  afterEach(async () => core.dispose())

  it('starts with safe defaults', async () => {
    expect(await core.must('till:settings', {})).toEqual({
      cashRounding: { unit: 0, mode: 'nearest' },
      allowNegativeStock: false,
      cashPayoutLimit: 100_000,
      receipt: { prefix: 'KSG1', includeDate: true, digits: 6 },
      qrisStatic: null,
      qrisMerchantName: null,
      locationId: galeri,
      locationName: 'Galeri',
    })
  })

  it('updates rounding, negative stock and receipt format, and refuses bad values', async () => {
    const updated = await core.must('settings:updateTill', {
      cashRounding: { unit: 1000, mode: 'up' },
      allowNegativeStock: true,
      receipt: { prefix: 'KSG1', includeDate: false, digits: 4 },
    })
    expect(updated).toMatchObject({
      cashRounding: { unit: 1000, mode: 'up' },
      allowNegativeStock: true,
      receipt: { prefix: 'KSG1', includeDate: false, digits: 4 },
    })
    // A partial update leaves the rest alone.
    const partial = await core.must('settings:updateTill', { allowNegativeStock: false })
    expect(partial).toMatchObject({
      cashRounding: { unit: 1000, mode: 'up' },
      allowNegativeStock: false,
    })

    const before = await tableCounts(core)
    const beforeSettings = await core.must('till:settings', {})
    const bad: unknown[] = [
      { cashRounding: { unit: 250, mode: 'down' } },
      { cashRounding: { unit: 500, mode: 'sideways' } },
      { receipt: { prefix: 'pmr', includeDate: false, digits: 4 } },
      { receipt: { prefix: 'PMR1', includeDate: false, digits: 3 } },
      { receipt: { prefix: 'PMR-1', includeDate: false, digits: 4 } },
      { allowNegativeStock: 'yes' },
      { other: 1 },
    ]
    for (const input of bad) {
      const result = await core.route('settings:updateTill', input, await core.currentCaller())
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: 'VALIDATION' })
    }
    expect(
      await callAs(core, cashier, 'settings:updateTill', { allowNegativeStock: true }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await tableCounts(core)).toEqual(before)
    expect(await core.must('till:settings', {})).toEqual(beforeSettings)
  })

  describe('QRIS', () => {
    it('stores a valid static QRIS and shows its merchant name', async () => {
      const settings = await core.must('settings:setQris', { payload: `  ${staticQris}\n` })
      expect(settings).toMatchObject({
        qrisStatic: staticQris,
        qrisMerchantName: 'GALERI LAPAS KASONGAN',
      })
      expect(await core.must('till:settings', {})).toMatchObject({
        qrisStatic: staticQris,
        qrisMerchantName: 'GALERI LAPAS KASONGAN',
      })
    })

    it('refuses a code with a broken CRC, saying so in Indonesian, and keeps the old one', async () => {
      await core.must('settings:setQris', { payload: staticQris })
      const before = await tableCounts(core)
      const result = await core.call('settings:setQris', { payload: brokenCrc })
      expect(result).toMatchObject({
        ok: false,
        code: 'QRIS_INVALID',
        message:
          'Kode QRIS tidak valid: kode pemeriksa CRC tidak cocok — ada karakter yang salah ketik atau terpotong.',
      })
      if (!result.ok) expect(result.message).toContain('CRC')
      // A typo in the merchant name is caught by the same check.
      const typo = staticQris.replace('KASONGAN', 'KASONGAM')
      expect(await core.call('settings:setQris', { payload: typo })).toMatchObject({
        code: 'QRIS_INVALID',
      })
      expect(await core.call('settings:setQris', { payload: 'hello' })).toMatchObject({
        ok: false,
        code: 'QRIS_INVALID',
      })
      expect(await tableCounts(core)).toEqual(before)
      expect((await core.must('till:settings', {})).qrisStatic).toBe(staticQris)

      await core.must('settings:setLocale', { locale: 'en' })
      expect(await core.call('settings:setQris', { payload: brokenCrc })).toMatchObject({
        code: 'QRIS_INVALID',
        message:
          'Not a valid QRIS code: the CRC check code does not match — a character is mistyped or cut off.',
      })
    })

    it('removes the code when given an empty string; a cashier may not change it', async () => {
      await core.must('settings:setQris', { payload: staticQris })
      const before = await tableCounts(core)
      expect(await callAs(core, cashier, 'settings:setQris', { payload: '' })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
      expect(await tableCounts(core)).toEqual(before)
      const cleared = await core.must('settings:setQris', { payload: '  ' })
      expect(cleared).toMatchObject({ qrisStatic: null, qrisMerchantName: null })
      expect(await core.must('till:settings', {})).toMatchObject({ qrisStatic: null })
    })
  })

  describe('selling location', () => {
    it('sells from the storeroom once the till is moved there, checking its stock', async () => {
      const product = await stockedProduct(core, 5, { price: 15000, name: 'Kursi Ukir' })
      await receiveStock((c, i) => core.must(c, i), {
        productId: product.id,
        qty: 2,
        locationId: gudang,
      })
      const moved = await core.must('till:setLocation', { locationId: gudang })
      expect(moved).toMatchObject({ locationId: gudang, locationName: 'Gudang' })
      expect(await core.must('till:settings', {})).toMatchObject({ locationName: 'Gudang' })

      const before = await tableCounts(core)
      expect(
        await core.call('sales:checkout', {
          id: saleId(),
          lines: [{ productId: product.id, qty: 3 }],
          payments: [{ methodId: 'tunai', amount: 45000 }],
        }),
      ).toMatchObject({
        ok: false,
        code: 'INSUFFICIENT_STOCK',
        params: { name: 'Kursi Ukir', available: 2, requested: 3 },
      })
      expect(await tableCounts(core)).toEqual(before)

      const sale = await core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 2 }],
        payments: [{ methodId: 'tunai', amount: 30000 }],
      })
      expect(sale).toMatchObject({ locationId: gudang, locationName: 'Gudang' })
      expect(ledgerOnHand(core, product.id, gudang)).toBe(0)
      expect(ledgerOnHand(core, product.id, galeri)).toBe(5)

      // Moving the till changes where every sale takes stock from: not a cashier's call.
      expect(await callAs(core, cashier, 'till:setLocation', { locationId: galeri })).toMatchObject(
        { ok: false, code: 'FORBIDDEN' },
      )
      expect(await core.call('till:setLocation', { locationId: galeri })).toMatchObject({
        ok: true,
        data: { locationName: 'Galeri' },
      })
      const beforeBad = await tableCounts(core)
      expect(await core.call('till:setLocation', { locationId: 'nowhere' })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      expect(await tableCounts(core)).toEqual(beforeBad)
      expect((await core.must('till:settings', {})).locationName).toBe('Galeri')
    })
  })

  describe('payment methods', () => {
    it('adds OVO, takes payment with it, and refuses it once deactivated', async () => {
      const product = await stockedProduct(core, 5, { price: 15000 })
      const methods = await core.must('payments:save', {
        name: 'OVO',
        kind: 'noncash',
        requiresReference: true,
        active: true,
      })
      expect(methods.map((m) => m.id)).toEqual(['tunai', 'qris', 'transfer', 'edc', 'ovo'])
      expect(await core.must('payments:methods', {})).toContainEqual({
        id: 'ovo',
        name: 'OVO',
        kind: 'noncash',
        requiresReference: true,
        active: true,
      })

      expect(
        await core.call('sales:checkout', {
          id: saleId(),
          lines: [{ productId: product.id, qty: 1 }],
          payments: [{ methodId: 'ovo', amount: 15000 }],
        }),
      ).toMatchObject({
        ok: false,
        code: 'REFERENCE_REQUIRED',
        message: 'Nomor referensi wajib diisi untuk OVO.',
      })
      const sale = await core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'ovo', amount: 15000, reference: 'OVO-8812' }],
      })
      expect(sale.payments).toEqual([
        {
          methodId: 'ovo',
          methodName: 'OVO',
          kind: 'noncash',
          amount: 15000,
          tendered: 15000,
          change: 0,
          reference: 'OVO-8812',
        },
      ])
      expect((await core.must('sales:list', { methodId: 'ovo' })).map((s) => s.receiptNo)).toEqual([
        sale.receiptNo,
      ])

      const deactivated = await core.must('payments:save', {
        id: 'ovo',
        name: 'OVO',
        kind: 'noncash',
        requiresReference: true,
        active: false,
      })
      expect(deactivated.find((m) => m.id === 'ovo')).toMatchObject({ active: false })
      expect(deactivated).toHaveLength(5)

      const before = await tableCounts(core)
      expect(
        await core.call('sales:checkout', {
          id: saleId(),
          lines: [{ productId: product.id, qty: 1 }],
          payments: [{ methodId: 'ovo', amount: 15000, reference: 'OVO-9' }],
        }),
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(await tableCounts(core)).toEqual(before)
      // The sale paid with it still reads as it was.
      expect((await core.must('sales:get', { id: sale.id })).payments[0]?.methodName).toBe('OVO')
    })

    it('refuses a cashier and malformed methods, writing nothing', async () => {
      const before = await tableCounts(core)
      expect(
        await callAs(core, cashier, 'payments:save', {
          name: 'GoPay',
          kind: 'noncash',
          requiresReference: true,
          active: true,
        }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      for (const input of [
        { name: '', kind: 'noncash', requiresReference: true, active: true },
        { name: 'GoPay', kind: 'crypto', requiresReference: true, active: true },
        { id: 'Bad Id', name: 'GoPay', kind: 'noncash', requiresReference: true, active: true },
      ]) {
        expect(await core.route('payments:save', input, await core.currentCaller())).toMatchObject({
          ok: false,
          code: 'VALIDATION',
        })
      }
      expect(await tableCounts(core)).toEqual(before)
      expect(core.database.raw.prepare('select count(*) from payment_methods').pluck().get()).toBe(
        4,
      )
    })
  })
})
