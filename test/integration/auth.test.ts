import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saleId, stockedProduct, tableCounts } from '../helpers/builders'
import { people, SUPERVISOR_PIN } from '../helpers/people'
import { createTestCore, type TestCore } from '../helpers/test-core'

describe('people, PINs and sessions', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('starts with the wizard admin signed in, and requires a PIN once locked', async () => {
    expect(await core.must('app:info', {})).toMatchObject({
      setupRequired: false,
      user: { name: 'Admin', role: 'admin' },
    })
    const ids = await people(core)
    await core.must('auth:lock', {})
    const info = await core.must('app:info', {})
    expect(info).toMatchObject({ setupRequired: false, user: null })
    expect(await core.call('catalog:search', { query: '' })).toMatchObject({
      ok: false,
      code: 'LOGIN_REQUIRED',
    })
    expect((await core.must('auth:candidates', {})).map((c) => c.name)).toEqual([
      'Admin',
      'Budi (Kasir)',
      'Sari (Supervisor)',
    ])
    const user = await core.must('auth:login', { userId: ids.cashier, pin: '1234' })
    expect(user).toMatchObject({ name: 'Budi (Kasir)', role: 'cashier' })
    expect(user.permissions).toContain('sell')
    expect(user.permissions).not.toContain('void')
  })

  it('stores PINs only as salted scrypt hashes', async () => {
    await people(core)
    const hashes = core.database.raw
      .prepare('select pin_hash from users where pin_hash is not null')
      .pluck()
      .all() as string[]
    expect(hashes).toHaveLength(3)
    for (const hash of hashes) {
      expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
      expect(hash).not.toContain('1234')
    }
    expect(new Set(hashes).size).toBe(3)
  })

  it('locks a user out after five wrong PINs, records it, and lets them in after the lockout', async () => {
    const ids = await people(core)
    await core.must('auth:lock', {})
    for (let left = 4; left >= 1; left--) {
      expect(await core.call('auth:login', { userId: ids.cashier, pin: '0000' })).toMatchObject({
        ok: false,
        code: 'WRONG_PIN',
        message: `PIN salah. Sisa percobaan: ${left}.`,
      })
    }
    expect(await core.call('auth:login', { userId: ids.cashier, pin: '0000' })).toMatchObject({
      ok: false,
      code: 'LOCKED_OUT',
    })
    // Even the right PIN is refused while locked out.
    expect(await core.call('auth:login', { userId: ids.cashier, pin: '1234' })).toMatchObject({
      ok: false,
      code: 'LOCKED_OUT',
    })
    const actions = core.database.raw
      .prepare("select action from audit_log where action like 'auth.%' order by rowid")
      .pluck()
      .all()
    expect(actions.filter((a) => a === 'auth.failedPin')).toHaveLength(5)
    expect(actions).toContain('auth.lockout')
    core.clock.advance(5 * 60_000 + 1)
    expect((await core.call('auth:login', { userId: ids.cashier, pin: '1234' })).ok).toBe(true)
  })

  it('refuses an inactive user and keeps at least one admin with a PIN', async () => {
    const ids = await people(core)
    await core.must('users:save', {
      id: ids.cashier,
      name: 'Budi (Kasir)',
      role: 'cashier',
      active: false,
    })
    await core.must('auth:lock', {})
    expect(await core.call('auth:login', { userId: ids.cashier, pin: '1234' })).toMatchObject({
      ok: false,
      code: 'USER_INACTIVE',
    })
    await core.must('auth:login', { userId: ids.admin, pin: '246810' })
    expect(
      await core.call('users:save', { id: ids.admin, name: 'Admin', role: 'admin', active: false }),
    ).toMatchObject({
      ok: false,
      code: 'LAST_ADMIN',
    })
  })

  it('locks itself after the idle time set in settings', async () => {
    const ids = await people(core)
    await core.must('settings:setAutoLock', { minutes: 3 })
    await core.must('auth:login', { userId: ids.cashier, pin: '1234' })
    core.clock.advance(2 * 60_000)
    expect((await core.must('app:info', {})).user?.name).toBe('Budi (Kasir)')
    core.clock.advance(3 * 60_000 + 1)
    expect((await core.must('app:info', {})).user).toBeNull()
  })

  it('checks every guarded call in main: a refused call writes nothing', async () => {
    const ids = await people(core)
    const product = await stockedProduct(core, 5)
    const { locationId } = await core.must('till:settings', {})
    await core.must('auth:login', { userId: ids.cashier, pin: '1234' })
    const before = await tableCounts(core)
    for (const [channel, input] of [
      ['catalog:addCategory', { name: 'Baru' }],
      [
        'stock:postDocument',
        {
          kind: 'production_in',
          locationId,
          docDate: '2026-11-25',
          lines: [{ productId: product.id, qty: 1 }],
        },
      ],
      ['users:save', { name: 'Eve', role: 'admin', active: true, pin: '1111' }],
      ['permissions:set', { role: 'cashier', permission: 'void', allowed: true }],
      ['settings:updateTill', { allowNegativeStock: true }],
    ] as const) {
      const result = await core.route(channel, input, await core.currentCaller())
      expect(result, channel).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await tableCounts(core)).toEqual(before)
  })

  it('lets a supervisor approve one void with their PIN; both names are recorded', async () => {
    const ids = await people(core)
    const product = await stockedProduct(core, 5)
    await core.must('auth:login', { userId: ids.cashier, pin: '1234' })
    await core.must('shifts:open', { openingFloat: 0 })
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    expect(await core.call('sales:void', input)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    // A cashier cannot approve; a supervisor's PIN buys a single-use grant for this one call.
    const ask = (supervisorId: string, pin: string) =>
      core.call('approvals:request', {
        supervisorId,
        pin,
        permission: 'void',
        channel: 'sales:void',
        input,
      })
    expect(await ask(ids.cashier, '1234')).toMatchObject({ ok: false, code: 'OVERRIDE_REFUSED' })
    expect(await ask(ids.supervisor, '000000')).toMatchObject({ ok: false, code: 'WRONG_PIN' })
    const granted = await ask(ids.supervisor, SUPERVISOR_PIN)
    if (!granted.ok) throw new Error(granted.message)
    const voided = await core.call('sales:void', input, undefined, {
      grants: [granted.data.grant],
    })
    expect(voided.ok).toBe(true)
    const record = core.database.raw.prepare('select user_id, approved_by from sale_voids').get()
    expect(record).toEqual({ user_id: ids.cashier, approved_by: ids.supervisor })
    const audit = core.database.raw
      .prepare("select user_id, approved_by from audit_log where action = 'sale.void'")
      .get()
    expect(audit).toEqual({ user_id: ids.cashier, approved_by: ids.supervisor })
    // The approval covered that one call only.
    expect((await core.must('app:info', {})).user?.permissions).not.toContain('void')
  })

  it('lets an admin edit the permission matrix, and main obeys it at once', async () => {
    const ids = await people(core)
    const product = await stockedProduct(core, 5)
    await core.must('shifts:open', { openingFloat: 0 })
    await core.must('permissions:set', { role: 'cashier', permission: 'reprint', allowed: false })
    expect((await core.must('permissions:matrix', {})).cashier).not.toContain('reprint')
    expect(
      await core.call('permissions:set', {
        role: 'admin',
        permission: 'users.manage',
        allowed: false,
      }),
    ).toMatchObject({
      ok: false,
      code: 'LAST_ADMIN',
    })
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    await core.must('auth:login', { userId: ids.cashier, pin: '1234' })
    expect(await core.call('sales:reprint', { saleId: sale.id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const changes = core.database.raw
      .prepare("select count(*) from audit_log where action = 'permission.change'")
      .pluck()
      .get()
    expect(changes).toBe(1)
  })
})

describe('audit viewer and integrity check', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('lists sensitive actions with who and why, filtered, and verifies the whole database', async () => {
    const product = await stockedProduct(core, 5)
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    await core.must('sales:void', { saleId: sale.id, reason: 'Pembeli batal' })
    await core.must('sales:reprint', { saleId: sale.id })
    const all = await core.must('audit:list', {})
    expect(all.map((a) => a.action)).toEqual(expect.arrayContaining(['sale.void', 'sale.reprint']))
    const voids = await core.must('audit:list', { action: 'sale.void' })
    expect(voids).toEqual([
      expect.objectContaining({ action: 'sale.void', userName: 'Admin', reason: 'Pembeli batal' }),
    ])
    expect(await core.must('audit:list', { from: '2030-01-01' })).toEqual([])
    const report = await core.must('audit:verify', {})
    expect(report).toMatchObject({
      integrity: 'ok',
      foreignKeyProblems: 0,
      stockMismatches: 0,
      chain: { ok: true },
    })
  })
})
