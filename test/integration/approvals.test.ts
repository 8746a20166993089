import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { hashPin } from '../../electron/services/auth/pin-hash'
import type { Permission } from '../../shared/permissions'
import { saleId, stockedProduct } from '../helpers/builders'
import { ADMIN_PIN, auditOf, CASHIER_PIN, people, SUPERVISOR_PIN } from '../helpers/people'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Single-use approvals through the real router, as an insider at the till would try them:
// replayed in parallel, re-aimed at another input, channel or cashier, kept past expiry.

type Ids = Awaited<ReturnType<typeof people>>

async function tillWithSale(core: TestCore) {
  const ids = await people(core)
  const product = await stockedProduct(core, 50)
  await core.must('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })
  await core.must('shifts:open', { openingFloat: 0 })
  const sale = await core.must('sales:checkout', {
    id: saleId(),
    lines: [{ productId: product.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15000 }],
  })
  return { ids, product, sale }
}

async function grantFor(
  core: TestCore,
  ids: Ids,
  permission: Permission,
  channel: string,
  input: unknown,
): Promise<string> {
  const result = await core.call('approvals:request', {
    supervisorId: ids.supervisor,
    pin: SUPERVISOR_PIN,
    permission,
    channel,
    input,
  })
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data.grant
}

describe('single-use approval grants', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('parallel replays of one grant: exactly one void succeeds, both names are recorded', async () => {
    const { ids, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const grant = await grantFor(core, ids, 'void', 'sales:void', input)
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        core.call('sales:void', input, undefined, { grants: [grant] }),
      ),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    for (const r of results.filter((r) => !r.ok))
      expect(r).toMatchObject({ ok: false, code: 'GRANT_USED' })
    const granted = auditOf(core, 'approval.grant')
    expect(granted).toEqual([
      expect.objectContaining({ user_id: ids.cashier, approved_by: ids.supervisor }),
    ])
    expect(JSON.parse(granted[0]!.detail)).toMatchObject({
      permission: 'void',
      channel: 'sales:void',
      approver: 'Sari (Supervisor)',
    })
    expect(auditOf(core, 'sale.void')).toEqual([
      expect.objectContaining({ user_id: ids.cashier, approved_by: ids.supervisor }),
    ])
    // The grant never widened the session.
    expect((await core.must('app:info', {})).user?.permissions).not.toContain('void')
  }, 60_000)

  it('refuses a grant used for other input, another channel, another cashier, after expiry, or twice', async () => {
    const { ids, product, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const grant = await grantFor(core, ids, 'void', 'sales:void', input)
    const other = { saleId: sale.id, reason: 'Alasan lain' }
    expect(await core.call('sales:void', other, undefined, { grants: [grant] })).toMatchObject({
      ok: false,
      code: 'GRANT_MISMATCH',
    })
    expect(
      await core.call('sales:reprint', { saleId: sale.id }, undefined, { grants: [grant] }),
    ).toMatchObject({ ok: false, code: 'GRANT_MISMATCH' })
    // Refused uses gave nothing away: the grant still works for exactly its call, once.
    expect((await core.call('sales:void', input, undefined, { grants: [grant] })).ok).toBe(true)
    expect(await core.call('sales:void', input, undefined, { grants: [grant] })).toMatchObject({
      ok: false,
      code: 'GRANT_USED',
    })

    // Expiry: two minutes.
    const second = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const late = { saleId: second.id, reason: 'Terlambat' }
    const expiring = await grantFor(core, ids, 'void', 'sales:void', late)
    core.clock.advance(2 * 60_000 + 1)
    expect(await core.call('sales:void', late, undefined, { grants: [expiring] })).toMatchObject({
      ok: false,
      code: 'GRANT_EXPIRED',
    })

    // Another cashier (and another session) cannot use Budi's grant.
    const fresh = await grantFor(core, ids, 'void', 'sales:void', late)
    await core.must('auth:lock', {})
    await core.must('auth:login', { userId: ids.admin, pin: ADMIN_PIN })
    const ani = await core.must('users:save', {
      name: 'Ani',
      role: 'cashier',
      active: true,
      pin: '4321',
    })
    await core.must('auth:lock', {})
    await core.must('auth:login', { userId: ani.find((u) => u.name === 'Ani')!.id, pin: '4321' })
    expect(await core.call('sales:void', late, undefined, { grants: [fresh] })).toMatchObject({
      ok: false,
      code: 'GRANT_MISMATCH',
    })
    // Nor Budi himself after signing in again: the grant was bound to that sign-in.
    await core.must('auth:lock', {})
    await core.must('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })
    expect(await core.call('sales:void', late, undefined, { grants: [fresh] })).toMatchObject({
      ok: false,
      code: 'GRANT_MISMATCH',
    })
    expect(auditOf(core, 'sale.void')).toHaveLength(1)
  }, 120_000)

  it('a grant is for one permission: a discount approval does not void', async () => {
    const { ids, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const grant = await grantFor(core, ids, 'discount', 'sales:void', input)
    expect(await core.call('sales:void', input, undefined, { grants: [grant] })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(auditOf(core, 'sale.void')).toHaveLength(0)
  }, 60_000)

  it('a sale needing two permissions takes two grants; the first is kept while the second is asked', async () => {
    const { ids, product } = await tillWithSale(core)
    const input = {
      id: saleId(),
      lines: [
        {
          productId: product.id,
          qty: 1,
          unitPrice: 12000,
          overrideReason: 'Cacat kecil',
          discount: { kind: 'percent' as const, value: 10, reason: 'Pelanggan tetap' },
        },
      ],
      payments: [{ methodId: 'tunai', amount: 20000 }],
    }
    const first = await core.call('sales:checkout', input)
    expect(first).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      params: { permission: 'price.override' },
    })
    const price = await grantFor(core, ids, 'price.override', 'sales:checkout', input)
    const again = await core.call('sales:checkout', input, undefined, { grants: [price] })
    expect(again).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
      params: { permission: 'discount' },
    })
    const discount = await grantFor(core, ids, 'discount', 'sales:checkout', input)
    const sold = await core.call('sales:checkout', input, undefined, { grants: [price, discount] })
    expect(sold).toMatchObject({ ok: true, data: { total: 10800 } })
    const used = core.database.raw
      .prepare('select count(*) from approval_grants where used_at is not null')
      .pluck()
      .get()
    expect(used).toBe(2)
  }, 60_000)

  it('an approved reprint prints for the cashier who asked; a copy they did not record is refused', async () => {
    const ids = await people(core)
    await core.must('permissions:set', { role: 'cashier', permission: 'reprint', allowed: false })
    const product = await stockedProduct(core, 50)
    await core.must('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })
    await core.must('shifts:open', { openingFloat: 0 })
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
    const copy = { saleId: sale.id, copy: true }
    expect(await core.call('print:receipt', copy)).toMatchObject({ ok: false, code: 'FORBIDDEN' })

    // The supervisor approves this reprint: its copy is the cashier's to print.
    const input = { saleId: sale.id }
    const grant = await grantFor(core, ids, 'reprint', 'sales:reprint', input)
    expect((await core.call('sales:reprint', input, undefined, { grants: [grant] })).ok).toBe(true)
    const printed = await core.call('print:receipt', copy)
    expect(printed.ok ? null : printed.code).not.toBe('FORBIDDEN')

    // A copy the admin recorded is not the cashier's.
    await core.must('auth:login', { userId: ids.admin, pin: ADMIN_PIN })
    await core.must('sales:reprint', input)
    await core.must('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })
    expect(await core.call('print:receipt', copy)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await core.call('print:receiptOs', copy)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })

  it('the old "PIN beside the call" path is gone', async () => {
    const { ids, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const old = { approval: { userId: ids.supervisor, pin: SUPERVISOR_PIN } }
    expect(await core.call('sales:void', input, undefined, old as never)).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
    })
    expect(auditOf(core, 'sale.void')).toHaveLength(0)
  }, 60_000)

  it('a grant row cannot be un-used, re-aimed or deleted, even with the file', async () => {
    const { ids, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const grant = await grantFor(core, ids, 'void', 'sales:void', input)
    expect((await core.call('sales:void', input, undefined, { grants: [grant] })).ok).toBe(true)
    const raw = core.database.raw
    expect(() => raw.prepare("update approval_grants set channel = 'sales:return'").run()).toThrow(
      /never re-aimed/,
    )
    expect(() => raw.prepare('delete from approval_grants').run()).toThrow(/cannot be deleted/)
    // The secret itself is never stored, only its hash.
    expect(raw.prepare('select id from approval_grants').pluck().get()).not.toBe(grant)
  }, 60_000)
})

describe('wrong approval PINs', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('count against the asking cashier, in parallel too, and never lock the supervisor out', async () => {
    const { ids, sale } = await tillWithSale(core)
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        core.call('approvals:request', {
          supervisorId: ids.supervisor,
          pin: '000000',
          permission: 'void',
          channel: 'sales:void',
          input,
        }),
      ),
    )
    expect(results.filter((r) => r.ok)).toEqual([])
    expect(results.filter((r) => !r.ok && r.code === 'WRONG_PIN')).toHaveLength(4)
    expect(results.filter((r) => !r.ok && r.code === 'APPROVAL_LOCKED_OUT')).toHaveLength(46)
    expect(auditOf(core, 'approval.failedPin')).toHaveLength(5)
    expect(auditOf(core, 'approval.lockout')).toEqual([
      expect.objectContaining({ user_id: ids.cashier }),
    ])
    // The cashier's approvals wait, even with the right PIN…
    expect(
      await core.call('approvals:request', {
        supervisorId: ids.supervisor,
        pin: SUPERVISOR_PIN,
        permission: 'void',
        channel: 'sales:void',
        input,
      }),
    ).toMatchObject({ ok: false, code: 'APPROVAL_LOCKED_OUT' })
    // …but the supervisor's own sign-in was never touched.
    const sari = core.database.raw
      .prepare('select failed_pins, locked_until from users where id = ?')
      .get(ids.supervisor)
    expect(sari).toEqual({ failed_pins: 0, locked_until: null })
    await core.must('auth:lock', {})
    expect(
      (await core.call('auth:login', { userId: ids.supervisor, pin: SUPERVISOR_PIN })).ok,
    ).toBe(true)
    expect(auditOf(core, 'auth.lockout')).toHaveLength(0)
  }, 120_000)
})

describe('PIN length', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('approvers and admins need 6 digits on create, update and role change; cashiers keep 4', async () => {
    const ids = await people(core)
    const short = await core.call('users:save', {
      name: 'Dewi',
      role: 'supervisor',
      active: true,
      pin: '2580',
    })
    expect(short).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      issues: [
        { path: 'pin', code: 'PIN_TOO_SHORT', message: 'PIN untuk peran ini minimal 6 angka.' },
      ],
    })
    const promoted = await core.call('users:save', {
      id: ids.cashier,
      name: 'Budi (Kasir)',
      role: 'supervisor',
      active: true,
      pin: '1234',
    })
    expect(promoted).toMatchObject({ ok: false, issues: [{ code: 'PIN_TOO_SHORT' }] })
    expect(
      (await core.call('users:save', { name: 'Eko', role: 'cashier', active: true, pin: '2580' }))
        .ok,
    ).toBe(true)
    expect(
      (await core.call('users:save', { name: 'Fia', role: 'stock', active: true, pin: '2581' })).ok,
    ).toBe(true)
  }, 60_000)

  it('a supervisor with an old 4-digit PIN signs in only to change it, and cannot approve until then', async () => {
    const ids = await people(core)
    // A PIN from before the rule, written as an older version would have.
    core.database.raw
      .prepare('update users set pin_hash = ? where id = ?')
      .run(await hashPin('9999'), ids.supervisor)
    const { sale } = await (async () => {
      const product = await stockedProduct(core, 5)
      await core.must('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })
      await core.must('shifts:open', { openingFloat: 0 })
      const s = await core.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      })
      return { sale: s }
    })()
    const input = { saleId: sale.id, reason: 'Pembeli batal' }
    expect(
      await core.call('approvals:request', {
        supervisorId: ids.supervisor,
        pin: '9999',
        permission: 'void',
        channel: 'sales:void',
        input,
      }),
    ).toMatchObject({ ok: false, code: 'APPROVER_PIN_TOO_SHORT' })
    await core.must('auth:lock', {})
    const sari = await core.must('auth:login', { userId: ids.supervisor, pin: '9999' })
    expect(sari.pinChangeRequired).toBe(true)
    expect(await core.call('sales:list', {})).toMatchObject({
      ok: false,
      code: 'PIN_CHANGE_REQUIRED',
    })
    expect(await core.call('auth:changePin', { currentPin: '9999', newPin: '5555' })).toMatchObject(
      { ok: false, issues: [{ path: 'newPin', code: 'PIN_TOO_SHORT' }] },
    )
    expect(
      await core.call('auth:changePin', { currentPin: '1111', newPin: '864200' }),
    ).toMatchObject({ ok: false, code: 'WRONG_PIN' })
    const changed = await core.must('auth:changePin', { currentPin: '9999', newPin: '864200' })
    expect(changed.pinChangeRequired).toBe(false)
    expect((await core.call('sales:list', {})).ok).toBe(true)
    expect(auditOf(core, 'auth.pinChange')).toHaveLength(1)
    await core.must('auth:lock', {})
    expect((await core.call('auth:login', { userId: ids.supervisor, pin: '864200' })).ok).toBe(true)
  }, 120_000)
})
