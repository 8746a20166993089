import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { memoUntilWrite, writeGeneration } from '../../electron/db/write-generation'
import { people } from '../helpers/people'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Who is calling is worked out before every call from a window (a scan's lookup included) and
// is remembered until the next write. These prove the memory is never stale.

describe('memoUntilWrite', () => {
  it('answers from memory until a row is written, then reads again', async () => {
    const raw = new BetterSqlite3(':memory:')
    raw.exec('create table t (v text)')
    raw.prepare('insert into t values (?)').run('first')
    let loads = 0
    const read = memoUntilWrite(writeGeneration(raw), (key: string) => {
      loads++
      return Promise.resolve(`${key}:${raw.prepare('select v from t').pluck().get() as string}`)
    })
    expect(await read('a')).toBe('a:first')
    expect(await read('a')).toBe('a:first')
    expect(loads).toBe(1)
    expect(await read('b')).toBe('b:first')
    expect(loads).toBe(2)
    raw.prepare('update t set v = ?').run('second')
    expect(await read('a')).toBe('a:second')
    expect(loads).toBe(3)
    raw.close()
  })

  it('does not keep an answer read while something was written', async () => {
    const raw = new BetterSqlite3(':memory:')
    raw.exec('create table t (v integer)')
    let loads = 0
    const read = memoUntilWrite(writeGeneration(raw), () => {
      loads++
      // A write lands while this answer is being worked out: it may already be old.
      if (loads === 1) raw.prepare('insert into t values (1)').run()
      return Promise.resolve(loads)
    })
    expect(await read(undefined)).toBe(1)
    expect(await read(undefined)).toBe(2)
    expect(await read(undefined)).toBe(2)
    raw.close()
  })
})

describe('the caller behind every call', () => {
  let core: TestCore
  beforeEach(async () => {
    core = await createTestCore()
  })
  afterEach(async () => {
    await core.dispose()
  })

  it('follows permission, user and language changes at once', async () => {
    const ids = await people(core)
    const admin = await core.currentCaller()
    core.signIn(ids.cashier)
    const before = await core.currentCaller()
    expect(before.actor?.userId).toBe(ids.cashier)
    expect(before.actor?.permissions.has('reprint')).toBe(true)
    // Asked again with nothing written: the same answer (from memory).
    expect((await core.currentCaller()).actor?.permissions.has('reprint')).toBe(true)

    const revoked = await core.call(
      'permissions:set',
      { role: 'cashier', permission: 'reprint', allowed: false },
      admin,
    )
    expect(revoked.ok).toBe(true)
    expect((await core.currentCaller()).actor?.permissions.has('reprint')).toBe(false)

    expect((await core.call('settings:setLocale', { locale: 'en' }, admin)).ok).toBe(true)
    expect((await core.currentCaller()).locale).toBe('en')

    const deactivated = await core.call(
      'users:save',
      { id: ids.cashier, name: 'Budi (Kasir)', role: 'cashier', active: false },
      admin,
    )
    expect(deactivated.ok).toBe(true)
    expect((await core.currentCaller()).actor).toBeNull()
  })
})
