import { rmSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCore } from '../../electron/core/start-core'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import type { Result } from '../../shared/result'
import type { Cart } from '../../shared/till/cart'
import { adminUserId, auditRows, saleId, stockedProduct, tableCounts } from '../helpers/builders'
import { createTestCore, sequentialIds, signInAdmin, type TestCore } from '../helpers/test-core'

describe('till carts', () => {
  let core: TestCore
  let keychain: ProductDto
  let bag: ProductDto
  beforeEach(async () => {
    core = await createTestCore()
    keychain = await stockedProduct(core, 10, { price: 15000 })
    bag = await stockedProduct(core, 10, { price: 27500 })
  })
  afterEach(async () => core.dispose())

  const cartOf = (overrides: Partial<Cart> = {}): Cart => ({
    id: saleId(),
    lines: [
      {
        productId: keychain.id,
        name: keychain.name,
        sku: keychain.sku,
        qty: 3,
        listPrice: 15000,
        unitPrice: 12000,
        overrideReason: 'Harga pameran',
        discount: { kind: 'percent', value: 10, reason: 'Pameran' },
      },
      {
        productId: bag.id,
        name: bag.name,
        sku: bag.sku,
        qty: 1,
        listPrice: 27500,
        unitPrice: 27500,
        discount: null,
      },
    ],
    cartDiscount: { kind: 'amount', value: 1500, reason: 'Pelanggan tetap' },
    ...overrides,
  })
  const openCart = () => core.must('till:openCart', {})
  const openCartRows = () =>
    core.database.raw.prepare('select count(*) from open_carts').pluck().get() as number

  it('starts with no open cart and gives back exactly the cart it saved', async () => {
    expect(await openCart()).toBeNull()
    const cart = cartOf({ label: 'Meja 2' })
    expect(await core.call('till:saveCart', { cart })).toEqual({ ok: true, data: null })
    expect(await openCart()).toEqual(cart)
    // Each save replaces the one open cart of this till.
    const changed = { ...cart, lines: cart.lines.slice(1) }
    await core.must('till:saveCart', { cart: changed })
    expect(await openCart()).toEqual(changed)
    expect(openCartRows()).toBe(1)
  })

  it('survives a crash: a new core on the same data folder reopens the same cart', async () => {
    const cart = cartOf()
    await core.must('till:saveCart', { cart })
    const { dataDir } = core
    await core.close()
    const restarted = await startCore({
      dataDir,
      version: 'test',
      clock: core.clock,
      ids: sequentialIds('00000002'),
    })
    try {
      // A restarted till starts locked: the admin signs in again (the shift stays open).
      await signInAdmin(restarted)
      const call = async <C extends Channel>(channel: C, input: InputOf<C>) =>
        (await restarted.route(channel, input, await restarted.currentCaller())) as Result<
          OutputOf<C>
        >
      expect(await call('till:openCart', {})).toEqual({ ok: true, data: cart })
      // And the cart can still be paid after the restart, exactly once.
      const paid = await call('sales:checkout', {
        id: cart.id,
        lines: cart.lines.map((l) => ({
          productId: l.productId,
          qty: l.qty,
          ...(l.unitPrice !== l.listPrice
            ? { unitPrice: l.unitPrice, overrideReason: l.overrideReason }
            : {}),
          discount: l.discount ?? null,
        })),
        cartDiscount: cart.cartDiscount ?? null,
        payments: [{ methodId: 'tunai', amount: 100000 }],
      })
      // 3 × 12.000 − 10 % = 32.400; + 27.500 = 59.900; − 1.500 = 58.400.
      expect(paid).toMatchObject({ ok: true, data: { id: cart.id, total: 58400, change: 41600 } })
      expect(await call('till:openCart', {})).toEqual({ ok: true, data: null })
    } finally {
      await restarted.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
    // dispose() in afterEach closes an already closed core; give it a fresh one instead.
    core = await createTestCore()
  })

  it('clears the open cart when saving null or an empty cart', async () => {
    await core.must('till:saveCart', { cart: cartOf() })
    await core.must('till:saveCart', { cart: null })
    expect(await openCart()).toBeNull()
    await core.must('till:saveCart', { cart: cartOf() })
    await core.must('till:saveCart', { cart: { id: saleId(), lines: [] } })
    expect(await openCart()).toBeNull()
    expect(openCartRows()).toBe(0)
    // A cart with only a cart discount is still work in progress.
    const discountOnly = cartOf({ lines: [] })
    await core.must('till:saveCart', { cart: discountOnly })
    expect(await openCart()).toEqual(discountOnly)
  })

  it('forgets the open cart once it is paid, and never resurrects it from a late save', async () => {
    const cart = cartOf({ cartDiscount: null })
    await core.must('till:saveCart', { cart })
    await core.must('sales:checkout', {
      id: cart.id,
      lines: [
        { productId: keychain.id, qty: 1 },
        { productId: bag.id, qty: 1 },
      ],
      payments: [{ methodId: 'tunai', amount: 42500 }],
    })
    expect(await openCart()).toBeNull()
    // The till's autosave raced the checkout reply and arrives late, with the sold cart.
    expect(await core.call('till:saveCart', { cart })).toEqual({ ok: true, data: null })
    expect(await openCart()).toBeNull()
    expect(openCartRows()).toBe(0)
    // A new cart with a fresh id is saved as usual.
    const next = cartOf()
    await core.must('till:saveCart', { cart: next })
    expect(await openCart()).toEqual(next)
  })

  it('holds several labelled carts, lists them, and resumes one as the open cart', async () => {
    const first = cartOf()
    const second = cartOf({ lines: cartOf().lines.slice(1), cartDiscount: null })
    await core.must('till:saveCart', { cart: first })
    const heldFirst = await core.must('till:hold', { cart: first, label: 'Ibu baju biru' })
    expect(heldFirst).toMatchObject({
      label: 'Ibu baju biru',
      items: 4,
      userName: 'Admin',
      createdAt: '2026-11-27T03:00:00.000Z',
    })
    // Holding parks the cart: the till is empty again.
    expect(await openCart()).toBeNull()
    core.clock.advance(60_000)
    const heldSecond = await core.must('till:hold', { cart: second, label: 'Pembeli ekspor' })

    expect(await core.must('till:held', {})).toEqual([
      heldFirst,
      {
        id: heldSecond.id,
        label: 'Pembeli ekspor',
        items: 1,
        userName: 'Admin',
        createdAt: '2026-11-27T03:01:00.000Z',
      },
    ])

    const resumed = await core.must('till:resume', { id: heldFirst.id })
    expect(resumed).toEqual({ ...first, label: 'Ibu baju biru' })
    expect(await openCart()).toEqual(resumed)
    expect((await core.must('till:held', {})).map((h) => h.label)).toEqual(['Pembeli ekspor'])

    const before = await tableCounts(core)
    expect(await core.call('till:resume', { id: heldFirst.id })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    expect(await tableCounts(core)).toEqual(before)

    // Resuming the second replaces the open cart with it.
    expect(await core.must('till:resume', { id: heldSecond.id })).toEqual({
      ...second,
      label: 'Pembeli ekspor',
    })
    expect(await openCart()).toEqual({ ...second, label: 'Pembeli ekspor' })
    expect(await core.must('till:held', {})).toEqual([])
  })

  it('audits a removed line with who, what and why', async () => {
    const admin = adminUserId(core)
    expect(
      await core.call('till:removeLine', {
        productId: keychain.id,
        name: keychain.name,
        qty: 2,
        reason: 'Salah scan',
      }),
    ).toEqual({ ok: true, data: null })
    expect(auditRows(core, 'cart.removeLine')).toEqual([
      {
        action: 'cart.removeLine',
        user_id: admin,
        reason: 'Salah scan',
        ref_type: 'product',
        ref_id: keychain.id,
        // Not in the saved cart yet (scanned and removed before a save): the till's units.
        detail: { name: keychain.name, qty: 2, qtyBefore: 2, qtyAfter: 0 },
      },
    ])
  })

  it('refuses invalid carts with VALIDATION and writes nothing', async () => {
    await core.must('till:saveCart', { cart: cartOf() })
    const saved = await openCart()
    const before = await tableCounts(core)
    const good = cartOf()
    const [line] = good.lines
    const invalid: unknown[] = [
      { ...good, extra: true },
      { ...good, lines: [{ ...line, qty: -1 }] },
      { ...good, lines: [{ ...line, qty: 0 }] },
      { ...good, lines: [{ ...line, qty: 1.5 }] },
      { ...good, lines: [{ ...line, secret: 'x' }] },
      { ...good, lines: [{ ...line, discount: { kind: 'percent', value: 101, reason: 'x' } }] },
      { ...good, cartDiscount: { kind: 'percent', value: 150, reason: 'x' } },
      { ...good, cartDiscount: { kind: 'amount', value: 500, reason: '   ' } },
      { ...good, lines: [{ ...line, unitPrice: -5 }] },
      { ...good, id: 'not-a-uuid' },
    ]
    for (const cart of invalid) {
      const save = await core.route('till:saveCart', { cart }, await core.currentCaller())
      expect(save, JSON.stringify(cart)).toMatchObject({ ok: false, code: 'VALIDATION' })
      const hold = await core.route('till:hold', { cart, label: 'x' }, await core.currentCaller())
      expect(hold).toMatchObject({ ok: false, code: 'VALIDATION' })
    }
    expect(
      await core.route(
        'till:saveCart',
        { cart: { ...good, extra: true } },
        await core.currentCaller(),
      ),
    ).toMatchObject({ issues: [{ path: 'cart.extra', code: 'INVALID_VALUE' }] })
    expect(
      await core.route(
        'till:saveCart',
        { cart: { ...good, lines: [{ ...line, qty: -1 }] } },
        await core.currentCaller(),
      ),
    ).toMatchObject({ issues: [{ path: 'cart.lines.0.qty', code: 'TOO_SMALL' }] })
    expect(await core.call('till:hold', { cart: good, label: '  ' })).toMatchObject({
      ok: false,
      code: 'VALIDATION',
    })
    expect(await tableCounts(core)).toEqual(before)
    expect(await openCart()).toEqual(saved)
  })
})
