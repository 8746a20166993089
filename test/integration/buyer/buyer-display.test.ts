import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProductDto } from '../../../shared/catalogue/catalogue-dto'
import type { BuyerDisplayState } from '../../../shared/push/buyer-display'
import { qrisWithAmount } from '../../../shared/qris'
import type { Cart } from '../../../shared/till/cart'
import { addUser, saleId, stockedProduct } from '../../helpers/builders'
import {
  referenceHasValidCrc,
  referenceParseEmv,
  referenceValue,
} from '../../helpers/emv-reference-parser'
import { sampleStaticQris } from '../../helpers/qris-sample'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const SHOP = 'Galeri Lapas Narkotika Kasongan'

/** The buyer's screen as main derives it, through the real router over real SQLite. */
describe('buyer display state', () => {
  let core: TestCore
  let keychain: ProductDto
  let bag: ProductDto
  let seen: BuyerDisplayState[]
  let stop: () => void

  beforeEach(async () => {
    core = await createTestCore()
    keychain = await stockedProduct(core, 50, { name: 'Gantungan Kunci Getah Nyatu', price: 15000 })
    bag = await stockedProduct(core, 50, { name: 'Tas Anyaman Rotan', price: 27500 })
    seen = []
    stop = core.push.subscribe('buyer-display', (state) => seen.push(state))
  })
  afterEach(async () => {
    stop()
    await core.dispose()
  })

  const latest = () => seen.at(-1)
  const until = (check: (state: BuyerDisplayState | undefined) => void) =>
    vi.waitFor(() => check(latest()), { timeout: 3000, interval: 10 })

  const line = (p: ProductDto, qty: number, name = p.name) => ({
    productId: p.id,
    name,
    sku: p.sku,
    qty,
    listPrice: p.price,
    unitPrice: p.price,
    discount: null,
  })

  it('greets with the shop name before any sale', async () => {
    expect(latest()).toEqual({ phase: 'welcome', shopName: SHOP })
  })

  it('follows the saved cart line by line, with names from the catalogue, not the till', async () => {
    const cart: Cart = { id: saleId(), lines: [line(keychain, 1)] }
    await core.must('till:saveCart', { cart })
    await until((s) =>
      expect(s).toEqual({
        phase: 'cart',
        shopName: SHOP,
        lines: [{ name: 'Gantungan Kunci Getah Nyatu', qty: 1, amount: 15000 }],
        subtotal: 15000,
        discount: 0,
        total: 15000,
        qris: null,
      }),
    )
    // The window sends its own text for the name: the buyer still sees the catalogue's.
    const withText: Cart = {
      ...cart,
      lines: [
        line(keychain, 1, 'GRATIS!'),
        { ...line(bag, 2), discount: { kind: 'amount', value: 5000, reason: 'Pameran' } },
      ],
      cartDiscount: { kind: 'percent', value: 10, reason: 'Pelanggan tetap' },
    }
    await core.must('till:saveCart', { cart: withText })
    await until((s) =>
      expect(s).toMatchObject({
        phase: 'cart',
        lines: [
          { name: 'Gantungan Kunci Getah Nyatu', qty: 1, amount: 15000 },
          { name: 'Tas Anyaman Rotan', qty: 2, amount: 50000 },
        ],
        subtotal: 65000,
        discount: 6500,
        total: 58500,
      }),
    )
    expect(JSON.stringify(seen)).not.toContain('GRATIS!')
  })

  it('shows the QRIS with the amount, the same payload the till gets, and hides it on close', async () => {
    await core.must('settings:setQris', { payload: sampleStaticQris })
    await core.must('till:saveCart', { cart: { id: saleId(), lines: [line(bag, 2)] } })
    const shown = await core.must('buyer:showQris', { amount: 55000 })
    expect(shown.payload).not.toBeNull()
    await until((s) => expect(s).toMatchObject({ phase: 'cart', qris: { amount: 55000 } }))
    const state = latest()
    if (state?.phase !== 'cart' || !state.qris) throw new Error('no QRIS on the buyer screen')
    expect(state.qris.payload).toBe(shown.payload)
    // The till's dialog builds its QR from the same stored QRIS with the same shared code.
    const settings = await core.must('till:settings', {})
    expect(state.qris.payload).toBe(qrisWithAmount(settings.qrisStatic!, 55000))
    // Checked by the independent EMV reader: dynamic, the exact amount, a valid CRC.
    const fields = referenceParseEmv(state.qris.payload)
    expect(referenceValue(fields, '01')).toBe('12')
    expect(referenceValue(fields, '54')).toBe('55000')
    expect(referenceHasValidCrc(state.qris.payload)).toBe(true)

    await core.must('buyer:showQris', { amount: null })
    await until((s) => expect(s).toMatchObject({ phase: 'cart', qris: null }))
  })

  it('shows no QRIS when none is configured', async () => {
    await core.must('till:saveCart', { cart: { id: saleId(), lines: [line(bag, 1)] } })
    expect(await core.must('buyer:showQris', { amount: 27500 })).toEqual({ payload: null })
    await until((s) => expect(s).toMatchObject({ phase: 'cart', qris: null }))
  })

  it('thanks the buyer with the change after the sale, and keeps it until the next scan', async () => {
    await core.must('settings:setQris', { payload: sampleStaticQris })
    const cart: Cart = { id: saleId(), lines: [line(keychain, 2)] }
    await core.must('till:saveCart', { cart })
    await core.must('buyer:showQris', { amount: 30000 })
    await core.must('sales:checkout', {
      id: cart.id,
      lines: [{ productId: keychain.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 50000 }],
    })
    await until((s) =>
      expect(s).toEqual({
        phase: 'thanks',
        shopName: SHOP,
        total: 30000,
        paid: 50000,
        change: 20000,
      }),
    )
    // The till starts a new, empty cart: the thank-you stays.
    await core.must('till:saveCart', { cart: null })
    await new Promise((r) => setTimeout(r, 50))
    expect(latest()?.phase).toBe('thanks')
    // The next customer's first scan.
    await core.must('till:saveCart', { cart: { id: saleId(), lines: [line(bag, 1)] } })
    await until((s) => expect(s).toMatchObject({ phase: 'cart', total: 27500, qris: null }))
  })

  it('goes back to the greeting when the cart is held or emptied', async () => {
    const cart: Cart = { id: saleId(), lines: [line(bag, 1)] }
    await core.must('till:saveCart', { cart })
    await until((s) => expect(s?.phase).toBe('cart'))
    const held = await core.must('till:hold', { cart, label: 'Meja 2' })
    await until((s) => expect(s).toEqual({ phase: 'welcome', shopName: SHOP }))
    await core.must('till:resume', { id: held.id })
    await until((s) => expect(s).toMatchObject({ phase: 'cart', total: 27500 }))
    await core.must('till:saveCart', { cart: null })
    await until((s) => expect(s?.phase).toBe('welcome'))
  })

  it('ends on the cart main kept when many saves race', async () => {
    const id = saleId()
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        core.must('till:saveCart', { cart: { id, lines: [line(keychain, i + 1)] } }),
      ),
    )
    const kept = await core.must('till:openCart', {})
    await until((s) =>
      expect(s).toMatchObject({ phase: 'cart', lines: [{ qty: kept!.lines[0]!.qty }] }),
    )
  })

  it('answers only someone who may sell; buyer:open needs a shell that can open it', async () => {
    const stock = addUser(core, { id: 'u-stock', name: 'Gudang', role: 'stock' })
    const refused = await core.call('buyer:showQris', { amount: 1000 }, stock)
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await core.call('buyer:open', {})).toMatchObject({
      ok: false,
      code: 'BUYER_SCREEN_UNAVAILABLE',
    })
    expect(await core.call('buyer:showQris', { amount: -5 } as never)).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    })
  })
})
