import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startCore } from '../../electron/core/start-core'
import type { Channel } from '../../shared/contract'
import type { Permission } from '../../shared/permissions'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import type { Cart } from '../../shared/till/cart'
import { auditRows, ledgerOnHand, locationId, saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, sequentialIds, type TestCore } from '../helpers/test-core'
import { receiveStock } from '../helpers/receive-stock'

// Each control is tried as an insider would: signed in as a cashier with a PIN, calling the
// channels straight through the real router (as the browser-mode bridge or a script would),
// not through the screens that hide the buttons.

const PINS = { admin: '246810', sari: '135790', budi: '1234', ani: '5678' }

async function people(core: TestCore) {
  const admin = (await core.must('users:list', {})).find((u) => u.role === 'admin')!
  await core.must('users:save', {
    id: admin.id,
    name: 'Admin',
    role: 'admin',
    active: true,
    pin: PINS.admin,
  })
  await core.must('users:save', { name: 'Sari', role: 'supervisor', active: true, pin: PINS.sari })
  await core.must('users:save', { name: 'Budi', role: 'cashier', active: true, pin: PINS.budi })
  const users = await core.must('users:save', {
    name: 'Ani',
    role: 'cashier',
    active: true,
    pin: PINS.ani,
  })
  const id = (name: string) => users.find((u) => u.name === name)!.id
  return { admin: admin.id, sari: id('Sari'), budi: id('Budi'), ani: id('Ani') }
}

type Ids = Awaited<ReturnType<typeof people>>

describe('cashier controls enforced in main', () => {
  let core: TestCore
  let ids: Ids
  let keychain: ProductDto
  let bag: ProductDto
  beforeEach(async () => {
    core = await createTestCore({ shift: false })
    ids = await people(core)
    keychain = await stockedProduct(core, 20, { price: 15_000 })
    bag = await stockedProduct(core, 20, { price: 27_500 })
  })
  afterEach(async () => core.dispose())

  /** Signs the till in as someone (the session every following call runs as). */
  const signIn = async (who: keyof Ids) => {
    await core.must('auth:lock', {})
    await core.must('auth:login', { userId: ids[who], pin: PINS[who] })
  }
  /** Sari's single-use grant for one permission on one call (its channel and exact input). */
  const sari = async (permission: Permission, channel: Channel, input: unknown) => {
    const { grant } = await core.must('approvals:request', {
      supervisorId: ids.sari,
      pin: PINS.sari,
      permission,
      channel,
      input,
    })
    return { grants: [grant] }
  }
  const revokeFromCashiers = (permission: 'cart.removeLine' | 'cash.payout') =>
    core.must('permissions:set', { role: 'cashier', permission, allowed: false })

  const line = (product: ProductDto, qty: number): Cart['lines'][number] => ({
    productId: product.id,
    name: product.name,
    sku: product.sku,
    qty,
    listPrice: product.price,
    unitPrice: product.price,
    discount: null,
  })
  const cartWith = (id: string, ...lines: Cart['lines']): Cart => ({ id, lines })
  const units = (cart: Cart | null) =>
    Object.fromEntries((cart?.lines ?? []).map((l) => [l.productId, l.qty]))
  const removals = () =>
    core.database.raw
      .prepare(
        `select user_id, approved_by, ref_id, detail from audit_log
         where action = 'cart.removeLine' order by rowid`,
      )
      .all()
      .map((r) => {
        const row = r as {
          user_id: string
          approved_by: string | null
          ref_id: string
          detail: string
        }
        return { ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }
      })

  describe('till:saveCart, till:hold and till:resume compare the new cart with the saved one', () => {
    it('refuses a cashier without cart.removeLine every way of taking units out, and writes nothing', async () => {
      await revokeFromCashiers('cart.removeLine')
      await signIn('budi')
      const id = saleId()
      const saved = cartWith(id, line(keychain, 3), line(bag, 1))
      await core.must('till:saveCart', { cart: saved })

      const attempts = [
        core.call('till:saveCart', { cart: cartWith(id, line(keychain, 3)) }), // line removed
        core.call('till:saveCart', { cart: cartWith(id, line(keychain, 2), line(bag, 1)) }), // reduced
        core.call('till:saveCart', { cart: null }), // emptied
        core.call('till:saveCart', { cart: cartWith(saleId()) }), // replaced by a new, empty cart
        core.call('till:saveCart', { cart: cartWith(saleId(), line(keychain, 3)) }),
        core.call('till:hold', { cart: cartWith(id, line(keychain, 3)), label: 'Meja 1' }),
      ]
      for (const result of await Promise.all(attempts)) {
        expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      }
      expect(await core.must('till:openCart', {})).toEqual(saved)
      expect(await core.must('till:held', {})).toEqual([])
      expect(removals()).toEqual([])

      // Adding stays free: only units leaving the cart are controlled.
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 4), line(bag, 1)) })
      // A held cart resumed over a full open cart would replace it: refused as well.
      await signIn('admin')
      const parked = await core.must('till:hold', {
        cart: cartWith(saleId(), line(bag, 2)),
        label: 'Ibu baju biru',
      })
      expect(await core.must('till:openCart', {})).toBeNull()
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 4), line(bag, 1)) })
      await signIn('budi')
      expect(await core.call('till:resume', { id: parked.id })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
      expect(units(await core.must('till:openCart', {}))).toEqual({ [keychain.id]: 4, [bag.id]: 1 })
      expect((await core.must('till:held', {})).map((h) => h.id)).toEqual([parked.id])
    })

    it('lets a supervisor approve one reduction; the audit names the cashier, the approver and the units before and after', async () => {
      await revokeFromCashiers('cart.removeLine')
      await signIn('budi')
      const id = saleId()
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 4), line(bag, 1)) })
      const reduced = cartWith(id, line(keychain, 2), line(bag, 1))
      const grant = await sari('cart.removeLine', 'till:saveCart', { cart: reduced })
      expect(await core.call('till:saveCart', { cart: reduced }, undefined, grant)).toEqual({
        ok: true,
        data: null,
      })
      expect(removals()).toEqual([
        {
          user_id: ids.budi,
          approved_by: ids.sari,
          ref_id: keychain.id,
          detail: { name: keychain.name, qty: 2, qtyBefore: 4, qtyAfter: 2 },
        },
      ])
      // The approval covered that one call: the next reduction is refused again.
      expect(
        await core.call('till:saveCart', { cart: cartWith(id, line(keychain, 2)) }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    })

    it('audits every removal and reduction by a cashier who may remove lines, once each', async () => {
      await signIn('budi')
      const id = saleId()
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 5), line(bag, 2)) })
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 3), line(bag, 2)) })
      // The till's own "remove line" takes it out in main; the save that follows adds no row.
      await core.must('till:removeLine', {
        productId: bag.id,
        name: bag.name,
        qty: 2,
        reason: 'Salah scan',
      })
      expect(units(await core.must('till:openCart', {}))).toEqual({ [keychain.id]: 3 })
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 3)) })
      await core.must('till:saveCart', { cart: null })
      expect(
        removals().map((r) => [r.user_id, r.ref_id, r.detail.qtyBefore, r.detail.qtyAfter]),
      ).toEqual([
        [ids.budi, keychain.id, 5, 3],
        [ids.budi, bag.id, 2, 0],
        [ids.budi, keychain.id, 3, 0],
      ])
      expect(auditRows(core, 'cart.removeLine')[1]).toMatchObject({ reason: 'Salah scan' })
    })

    it('serialises parallel saves: none can slip a removal through between the check and the write', async () => {
      await revokeFromCashiers('cart.removeLine')
      await signIn('budi')
      const id = saleId()
      await core.must('till:saveCart', { cart: cartWith(id, line(keychain, 1)) })
      const withBag = cartWith(id, line(keychain, 1), line(bag, 1))
      const withoutBag = cartWith(id, line(keychain, 1))
      const carts = Array.from({ length: 24 }, (_, i) => (i < 12 ? withBag : withoutBag))
      const results = await Promise.all(carts.map((cart) => core.call('till:saveCart', { cart })))
      // Adding the bag is always allowed; once it is saved, no save may take it out again.
      results.slice(0, 12).forEach((r) => expect(r).toEqual({ ok: true, data: null }))
      results.slice(12).forEach((r) => expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' }))
      expect(units(await core.must('till:openCart', {}))).toEqual({ [keychain.id]: 1, [bag.id]: 1 })
      expect(removals()).toEqual([])
    })

    it('a checkout of another cart does not empty the open cart', async () => {
      await revokeFromCashiers('cart.removeLine')
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 0 })
      const open = cartWith(saleId(), line(keychain, 3), line(bag, 1))
      await core.must('till:saveCart', { cart: open })
      await core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: keychain.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15_000 }],
      })
      expect(await core.must('till:openCart', {})).toEqual(open)
      // Paying the open cart itself does empty it.
      await core.must('sales:checkout', {
        id: open.id,
        lines: open.lines.map((l) => ({ productId: l.productId, qty: l.qty })),
        payments: [{ methodId: 'tunai', amount: 72_500 }],
      })
      expect(await core.must('till:openCart', {})).toBeNull()
      await core.must('till:saveCart', { cart: null })
      expect(removals()).toEqual([])
    })
  })

  describe('shifts:close', () => {
    it("requires shift.manage to close a shift someone else opened, whatever the till's force says", async () => {
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 100_000 })
      await signIn('ani')
      for (const force of [false, true]) {
        expect(await core.call('shifts:close', { countedCash: 100_000, force })).toMatchObject({
          ok: false,
          code: 'FORBIDDEN',
        })
      }
      expect(await core.must('shifts:current', {})).not.toBeNull()
      expect(core.database.raw.prepare('select count(*) from shift_closes').pluck().get()).toBe(0)

      const closeInput = { countedCash: 100_000, force: false }
      const closed = await core.call(
        'shifts:close',
        closeInput,
        undefined,
        await sari('shift.manage', 'shifts:close', closeInput),
      )
      expect(closed).toMatchObject({ ok: true, data: { closed: { forced: true, by: 'Ani' } } })
      expect(
        core.database.raw
          .prepare("select user_id, approved_by from audit_log where action = 'shift.forceClose'")
          .get(),
      ).toEqual({ user_id: ids.ani, approved_by: ids.sari })
    })

    it('lets the opener close their own shift (not forced, even if the till says force) and a supervisor close anyone’s', async () => {
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 0 })
      const own = await core.must('shifts:close', { countedCash: 0, force: true })
      expect(own.closed).toMatchObject({ forced: false, by: 'Budi' })
      await core.must('shifts:open', { openingFloat: 0 })
      await signIn('sari')
      const other = await core.must('shifts:close', { countedCash: 0 })
      expect(other.closed).toMatchObject({ forced: true, by: 'Sari' })
    })
  })

  describe('shifts:cash paid-outs', () => {
    it('needs cash.payout, and above the per-shift limit a supervisor, counted atomically under parallel calls', async () => {
      const settings = await core.must('settings:updateTill', { cashPayoutLimit: 100_000 })
      expect(settings.cashPayoutLimit).toBe(100_000)
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 500_000 })
      const payoutInput = (amount: number) => ({
        kind: 'out' as const,
        amount,
        reason: 'Beli kantong',
      })
      const payout = (amount: number, options?: { grants: string[] }) =>
        core.call('shifts:cash', payoutInput(amount), undefined, options)

      const results = await Promise.all(Array.from({ length: 10 }, () => payout(30_000)))
      expect(results.filter((r) => r.ok)).toHaveLength(3)
      expect(results.filter((r) => !r.ok && r.code === 'FORBIDDEN')).toHaveLength(7)
      expect((await core.must('shifts:current', {}))!.totals.cashOut).toBe(90_000)
      // 90.000 + 10.000 is exactly the limit: still the cashier's own; one rupiah more is not.
      expect((await payout(10_000)).ok).toBe(true)
      expect(await payout(1)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      const approved = await sari('shift.manage', 'shifts:cash', payoutInput(50_000))
      expect(await payout(50_000, approved)).toMatchObject({ ok: true })
      expect(
        core.database.raw
          .prepare(
            "select user_id, approved_by from audit_log where action = 'cash.out' and approved_by is not null",
          )
          .all(),
      ).toEqual([{ user_id: ids.budi, approved_by: ids.sari }])
      expect((await core.must('shifts:current', {}))!.totals.cashOut).toBe(150_000)
      // Cash in is not a paid-out: no limit.
      expect(
        (await core.call('shifts:cash', { kind: 'in', amount: 900_000, reason: 'Modal' })).ok,
      ).toBe(true)
    })

    it('refuses any paid-out to a role without cash.payout, and every paid-out when the limit is 0', async () => {
      await core.must('settings:updateTill', { cashPayoutLimit: 0 })
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 50_000 })
      const out = { kind: 'out' as const, amount: 1_000, reason: 'Parkir' }
      expect(await core.call('shifts:cash', out)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      await signIn('admin')
      await core.must('settings:updateTill', { cashPayoutLimit: 100_000 })
      await revokeFromCashiers('cash.payout')
      await signIn('budi')
      expect(await core.call('shifts:cash', out)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect((await core.must('shifts:current', {}))!.totals.cashOut).toBe(0)
    })

    it('grants the new permission once to roles that could already pay out, and keeps a later revocation', async () => {
      const { dataDir } = core
      const raw = core.database.raw
      raw.prepare("delete from role_permissions where permission = 'cash.payout'").run()
      raw.prepare("delete from settings where key = 'permissions.added'").run()
      await core.close()
      const roles = async () => {
        const restarted = await startCore({
          dataDir,
          version: 'test',
          clock: core.clock,
          ids: sequentialIds('00000003'),
        })
        try {
          return restarted.database.raw
            .prepare(
              "select role from role_permissions where permission = 'cash.payout' order by role",
            )
            .pluck()
            .all()
        } finally {
          await restarted.close()
        }
      }
      // A till from before the permission existed: whoever had `sell` gets it.
      expect(await roles()).toEqual(['admin', 'cashier', 'supervisor'])
      const restarted = await startCore({
        dataDir,
        version: 'test',
        clock: core.clock,
        ids: sequentialIds('00000004'),
      })
      restarted.database.raw
        .prepare(
          "delete from role_permissions where role = 'cashier' and permission = 'cash.payout'",
        )
        .run()
      await restarted.close()
      expect(await roles()).toEqual(['admin', 'supervisor'])
      core = await createTestCore({ shift: false })
    })
  })

  describe('sales:checkout location', () => {
    it("sells from the till's own location unless the caller may sell elsewhere", async () => {
      const galeri = await locationId(core, 'Galeri')
      const gudang = await locationId(core, 'Gudang')
      await receiveStock((c, i) => core.must(c, i), {
        productId: keychain.id,
        qty: 5,
        locationId: gudang,
      })
      await signIn('budi')
      await core.must('shifts:open', { openingFloat: 0 })
      const sale = await core.must('sales:checkout', {
        id: saleId(),
        locationId: gudang,
        lines: [{ productId: keychain.id, qty: 2 }],
        payments: [{ methodId: 'tunai', amount: 30_000 }],
      })
      const saleLocation = (id: string) =>
        core.database.raw.prepare('select location_id from sales where id = ?').pluck().get(id)
      expect(saleLocation(sale.id)).toBe(galeri)
      expect(ledgerOnHand(core, keychain.id, gudang)).toBe(5)
      expect(ledgerOnHand(core, keychain.id, galeri)).toBe(18)

      await signIn('admin')
      const elsewhere = await core.must('sales:checkout', {
        id: saleId(),
        locationId: gudang,
        lines: [{ productId: keychain.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15_000 }],
      })
      expect(saleLocation(elsewhere.id)).toBe(gudang)
      expect(ledgerOnHand(core, keychain.id, gudang)).toBe(4)
    })
  })

  describe('authorise before validate', () => {
    it('answers a refused caller FORBIDDEN before looking at the input, so garbage learns nothing of the schema', async () => {
      await signIn('budi')
      const garbage: unknown[] = ['x', 42, [], null, { extra: true }, { name: 1, role: 'god' }]
      for (const channel of [
        'users:save',
        'permissions:set',
        'catalog:create',
        'settings:updateTill',
        'data:backupNow',
      ]) {
        for (const input of garbage) {
          const result = await core.route(channel, input, await core.currentCaller())
          expect(result, `${channel} ${JSON.stringify(input)}`).toMatchObject({
            ok: false,
            code: 'FORBIDDEN',
          })
          expect(result).not.toHaveProperty('issues')
        }
      }
      // A caller who may use the channel still gets the field-by-field answer.
      expect(
        await core.route('shifts:open', { openingFloat: -1 }, await core.currentCaller()),
      ).toMatchObject({
        ok: false,
        code: 'VALIDATION',
        issues: [{ path: 'openingFloat' }],
      })
      // A locked till is asked to sign in, not told what is wrong with the input.
      await core.must('auth:lock', {})
      expect(await core.route('users:save', 42, await core.currentCaller())).toMatchObject({
        ok: false,
        code: 'LOGIN_REQUIRED',
      })
    })
  })
})
