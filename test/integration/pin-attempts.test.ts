import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { TILL_ATTEMPT_BUDGET } from '../../electron/services/auth/pin-guard'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { ADMIN_PIN, auditOf, CASHIER_PIN, people } from '../helpers/people'

// Sign-in attempts as an insider at the till would make them: many at once, through the real
// router and handlers, as fast as the bridge takes them.

const codes = (results: Array<{ ok: boolean; code?: string }>) => {
  const count: Record<string, number> = {}
  for (const r of results) {
    const key = r.ok ? 'ok' : (r.code ?? '?')
    count[key] = (count[key] ?? 0) + 1
  }
  return count
}

describe('PIN attempts under parallel load', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('200 parallel wrong PINs lock the user exactly once, and the right PIN is then refused', async () => {
    const ids = await people(core)
    await core.must('auth:lock', {})
    const results = await Promise.all(
      Array.from({ length: 200 }, () =>
        core.call('auth:login', { userId: ids.cashier, pin: '0000' }),
      ),
    )
    // One verification at a time: four "wrong", the fifth locks, the rest are refused unhashed.
    expect(codes(results)).toEqual({ WRONG_PIN: 4, LOCKED_OUT: 196 })
    expect(await core.call('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })).toMatchObject({
      ok: false,
      code: 'LOCKED_OUT',
    })
    expect(auditOf(core, 'auth.lockout')).toHaveLength(1)
    expect(auditOf(core, 'auth.failedPin')).toHaveLength(5)
    expect((await core.must('app:info', {})).user).toBeNull()
  }, 60_000)

  it('a parallel sweep over many PINs never signs in, even when the right one is among them', async () => {
    const ids = await people(core)
    await core.must('auth:lock', {})
    // 246800 … 246899 holds the admin's PIN (246810), the 11th guess.
    const guesses = Array.from({ length: 100 }, (_, i) => String(246_800 + i))
    expect(guesses).toContain(ADMIN_PIN)
    const results = await Promise.all(
      guesses.map((pin) => core.call('auth:login', { userId: ids.admin, pin })),
    )
    expect(results.filter((r) => r.ok)).toEqual([])
    expect((await core.must('app:info', {})).user).toBeNull()
    expect(auditOf(core, 'auth.lockout')).toHaveLength(1)
    expect(auditOf(core, 'auth.login')).toHaveLength(0)
  }, 60_000)

  it('a sweep across many people meets the till-wide budget: refused, translated and audited once', async () => {
    const ids = await people(core)
    const cashiers: string[] = []
    for (let i = 0; i < 5; i++) {
      const users = await core.must('users:save', {
        name: `Kasir ${i}`,
        role: 'cashier',
        active: true,
        pin: `${5000 + i}`,
      })
      cashiers.push(users.find((u) => u.name === `Kasir ${i}`)!.id)
    }
    await core.must('auth:lock', {})
    // 5 people × 5 guesses = 25 attempts, each within its person's limit: only the till-wide
    // budget stops the sweep. (Each wrong guess costs one scrypt: this test is slow by design.)
    const results = await Promise.all(
      cashiers.flatMap((userId) =>
        ['1111', '2222', '3333', '4444', '6666'].map((pin) =>
          core.call('auth:login', { userId, pin }),
        ),
      ),
    )
    const count = codes(results)
    expect(count.ok).toBeUndefined()
    expect(count.TOO_MANY_ATTEMPTS).toBeGreaterThan(0)
    // Never more guesses checked than the budget, however the calls interleave.
    expect(auditOf(core, 'auth.failedPin').length).toBeLessThanOrEqual(TILL_ATTEMPT_BUDGET)
    expect(auditOf(core, 'auth.throttled')).toHaveLength(1)
    const refused = results.find((r) => !r.ok && r.code === 'TOO_MANY_ATTEMPTS')
    expect(refused).toMatchObject({
      message: expect.stringMatching(/^Terlalu banyak PIN salah di kasir ini\. Tunggu \d+ detik/),
    })
    // While the budget is spent even the right PIN of someone untouched waits.
    expect(await core.call('auth:login', { userId: ids.supervisor, pin: '135790' })).toMatchObject({
      ok: false,
      code: 'TOO_MANY_ATTEMPTS',
    })
    core.clock.advance(61_000)
    expect((await core.call('auth:login', { userId: ids.supervisor, pin: '135790' })).ok).toBe(true)
  }, 180_000)

  it('a right PIN after a few wrong ones clears the count and frees the budget it held', async () => {
    const ids = await people(core)
    await core.must('auth:lock', {})
    for (const pin of ['0000', '1111', '2222'])
      await core.call('auth:login', { userId: ids.cashier, pin })
    expect((await core.call('auth:login', { userId: ids.cashier, pin: CASHIER_PIN })).ok).toBe(true)
    const row = core.database.raw
      .prepare('select failed_pins from users where id = ?')
      .get(ids.cashier) as { failed_pins: number }
    expect(row.failed_pins).toBe(0)
    const pending = core.database.raw.prepare('select count(*) from pin_attempts').pluck().get()
    expect(pending).toBe(3)
  }, 60_000)
})
