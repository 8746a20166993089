import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { auditRows, saleId, stockedProduct } from '../../helpers/builders'
import { callerAs, createTestCore, type TestCore } from '../../helpers/test-core'

describe('cancelling a PNBP deposit recorded by mistake', () => {
  let core: TestCore
  beforeEach(async () => {
    core = await createTestCore()
    await core.must('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2026-11-01',
      premiBp: 5000,
      pnbpBp: 1500,
      modalBp: 3500,
      basis: 'net_sales',
    })
    const product = await stockedProduct(core, 5, { price: 100_000 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 100_000 }],
    })
  })
  afterEach(async () => core.dispose())

  const deposit = (amount: number, billingCode: string) =>
    core.must('reports:addPnbpDeposit', {
      date: '2026-11-20',
      amount,
      billingCode,
      ntpn: 'ABCD1234EFGH5678',
    })

  it('keeps the deposit, marks it, and stops counting it as deposited', async () => {
    const wrong = await deposit(150_000, '820261120000001')
    const right = await deposit(15_000, '820261120000002')
    let year = await core.must('reports:pnbp', { month: '2026-11' })
    expect(year.dueYtd).toBe(15_000)
    expect(year.depositedYtd).toBe(165_000)

    const cancelled = await core.must('reports:cancelPnbpDeposit', {
      depositId: wrong.id,
      reason: 'Jumlah salah ketik',
    })
    expect(cancelled.cancelled).toMatchObject({ reason: 'Jumlah salah ketik' })
    year = await core.must('reports:pnbp', { month: '2026-11' })
    expect(year.depositedYtd).toBe(15_000)
    expect(year.deposits.map((d) => [d.id, d.cancelled?.reason ?? null])).toEqual([
      [wrong.id, 'Jumlah salah ketik'],
      [right.id, null],
    ])
    const audit = auditRows(core, 'reports.pnbpDepositCancel')
    expect(audit).toHaveLength(1)
    expect(audit[0]!.ref_id).toBe(wrong.id)

    // The CSV export shows it marked and leaves it out of the total.
    const file = await core.must('reports:export', {
      report: 'hasilKerja',
      month: '2026-11',
      format: 'csv',
    })
    const lines = Buffer.from(file.base64, 'base64').toString('utf8').split('\r\n')
    expect(lines).toContain(
      '2026-11-20;820261120000001;ABCD1234EFGH5678 (DIBATALKAN: Jumlah salah ketik);0',
    )
    expect(lines).toContain('2026-11-20;820261120000002;ABCD1234EFGH5678;15000')
  })

  it('refuses a second cancellation, an unknown deposit and an empty reason, writing nothing', async () => {
    const wrong = await deposit(150_000, '820261120000001')
    await core.must('reports:cancelPnbpDeposit', { depositId: wrong.id, reason: 'Dobel' })
    const again = await core.call('reports:cancelPnbpDeposit', {
      depositId: wrong.id,
      reason: 'Lagi',
    })
    expect(again).toMatchObject({ ok: false, code: 'DEPOSIT_ALREADY_CANCELLED' })
    const unknown = await core.call('reports:cancelPnbpDeposit', {
      depositId: '00000000-0000-7000-8000-999999999999',
      reason: 'Tidak ada',
    })
    expect(unknown).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const empty = await core.call('reports:cancelPnbpDeposit', { depositId: wrong.id, reason: '' })
    expect(empty).toMatchObject({ ok: false, code: 'VALIDATION' })
    const rows = core.database.raw
      .prepare('select count(*) from pnbp_deposit_cancellations')
      .pluck()
      .get()
    expect(rows).toBe(1)
  })

  it('is refused in main to a cashier, and the table refuses edits', async () => {
    const wrong = await deposit(150_000, '820261120000001')
    const base = await core.currentCaller()
    const refused = await core.call(
      'reports:cancelPnbpDeposit',
      { depositId: wrong.id, reason: 'Coba' },
      callerAs('cashier', base),
    )
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    await core.must('reports:cancelPnbpDeposit', { depositId: wrong.id, reason: 'Dobel' })
    expect(() =>
      core.database.raw.exec(`update pnbp_deposit_cancellations set reason = 'x'`),
    ).toThrow(/append-only/)
    expect(() => core.database.raw.exec('delete from pnbp_deposit_cancellations')).toThrow(
      /append-only/,
    )
  })
})
