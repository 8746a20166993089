import { randomBytes } from 'node:crypto'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { basename, dirname } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  chainKeyPath,
  fileChainKeyStore,
  retiredChainKeys,
} from '../../../electron/core/chain-key-store'
import { formatRecoveryCode, parseChainKeyText } from '../../../electron/core/chain-key-text'
import { startCore, type Core } from '../../../electron/core/start-core'
import { chainKeyId } from '../../../electron/db/ledger-chain'
import { verifyEvidence } from '../../../electron/services/evidence/evidence-check'
import { addUser, callAs, saleId, stockedProduct } from '../../helpers/builders'
import {
  createTestCore,
  sequentialIds,
  signInAdmin,
  TEST_ADMIN_PIN,
  type TestCore,
} from '../../helpers/test-core'

// Issue 13: the printed recovery code proved a forgery but could not bring a lost chain key
// back. After the key file is lost, the next start makes a stand-in key and the old links can
// no longer be authenticated on the till; the admin types the code and the key is restored,
// only if this chain's links were signed by it.

const keyFile = (core: TestCore) => chainKeyPath(core.dataDir)
const readKey = (core: TestCore) => fileChainKeyStore(keyFile(core)).read()!

function retiredFiles(core: TestCore) {
  const path = keyFile(core)
  return readdirSync(dirname(path)).filter((n) => n.startsWith(`${basename(path)}.retired-`))
}

describe('restoring a lost chain key from its printed recovery code', () => {
  let core: TestCore
  let restarted: Core | null = null
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => {
    if (restarted) await restarted.close()
    restarted = null
    for (const name of existsSync(dirname(keyFile(core))) ? retiredFiles(core) : []) {
      rmSync(`${dirname(keyFile(core))}/${name}`, { force: true })
    }
    await core.dispose().catch(() => undefined)
  })

  /** A sale, the code printed at setup, then the key file lost and the till started again. */
  async function loseTheKey() {
    const product = await stockedProduct(core, 10, { name: 'Tas Rotan', price: 25_000 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 25_000 }],
    })
    const { code } = await core.must('evidence:recoveryCode', { pin: null })
    const original = readKey(core)
    await core.close()
    rmSync(keyFile(core))
    const next = await startCore({
      dataDir: core.dataDir,
      version: 'test',
      clock: core.clock,
      ids: sequentialIds('00000001'),
    })
    restarted = next
    await signInAdmin(next)
    const standIn = readKey(core)
    expect(standIn.equals(original)).toBe(false)
    return { next, code, original, standIn, product }
  }

  it('takes the right code back as the key: new links are signed by it and everything verifies', async () => {
    const { next, code, original, standIn, product } = await loseTheKey()
    // Before: with the stand-in only, the old links are signed by a key the till no longer has.
    const before = await verifyEvidence(next.database.raw, next.db, { keys: [standIn] })
    expect(before.chain).toMatchObject({ ok: false, broken: { problem: 'unknown_key' } })

    const result = await next.call('evidence:restoreKey', { code, pin: TEST_ADMIN_PIN })
    expect(result).toMatchObject({
      ok: true,
      data: { keyId: chainKeyId(original), replaced: true },
    })
    expect(readKey(core).equals(original)).toBe(true)
    expect(retiredChainKeys(keyFile(core)).map((k) => k.toString('hex'))).toEqual([
      standIn.toString('hex'),
    ])
    expect((await next.call('evidence:status', {})).ok && true).toBe(true)
    const status = await next.call('evidence:status', {})
    expect(status.ok && status.data.keyId).toBe(chainKeyId(original))

    await next.call('shifts:open', { openingFloat: 0 })
    const sale = await next.call('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 25_000 }],
    })
    expect(sale.ok).toBe(true)
    const lastKey = next.database.raw
      .prepare('select key_id from ledger_chain_macs order by seq desc limit 1')
      .pluck()
      .get()
    expect(lastKey).toBe(chainKeyId(original))

    const after = await verifyEvidence(next.database.raw, next.db, {
      keys: [original, ...retiredChainKeys(keyFile(core))],
    })
    expect(after.chain).toMatchObject({ ok: true, authenticated: true })
    const audit = next.database.raw
      .prepare("select user_id, detail from audit_log where action = 'evidence.keyRestored'")
      .all() as Array<{ user_id: string; detail: string }>
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0]!.detail)).toEqual({
      keyId: chainKeyId(original),
      replacedKeyId: chainKeyId(standIn),
    })
  })

  it('refuses a code of another key and a mistyped code, in words, audited, the key unchanged', async () => {
    const { next, standIn } = await loseTheKey()
    const foreign = await next.call('evidence:restoreKey', {
      code: formatRecoveryCode(randomBytes(32)),
      pin: TEST_ADMIN_PIN,
    })
    expect(foreign).toMatchObject({ ok: false, code: 'RECOVERY_CODE_FOREIGN' })
    expect(!foreign.ok && foreign.message).toContain('bukan kunci rantai kasir ini')
    const typo = await next.call('evidence:restoreKey', { code: 'ABCD-EFGH', pin: TEST_ADMIN_PIN })
    expect(typo).toMatchObject({ ok: false, code: 'RECOVERY_CODE_INVALID' })
    expect(readKey(core).equals(standIn)).toBe(true)
    expect(retiredFiles(core)).toEqual([])
    const refused = next.database.raw
      .prepare("select count(*) from audit_log where action = 'evidence.keyRestoreRefused'")
      .pluck()
      .get()
    expect(refused).toBe(2)
  })

  it('needs the admin: a wrong PIN, a supervisor or a cashier is refused in main', async () => {
    const { next, code, standIn } = await loseTheKey()
    expect(await next.call('evidence:restoreKey', { code, pin: '999999' })).toMatchObject({
      ok: false,
      code: 'WRONG_PIN',
    })
    const asTestCore = { ...core, ...next } as unknown as TestCore
    for (const role of ['supervisor', 'cashier'] as const) {
      const base = addUser(asTestCore, { id: `u-${role}`, name: role, role })
      const permissions = new Set([...base.actor!.permissions, 'settings.manage' as const])
      const caller = { ...base, actor: { ...base.actor!, permissions } }
      expect(
        await callAs(asTestCore, caller, 'evidence:restoreKey', { code, pin: TEST_ADMIN_PIN }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(readKey(core).equals(standIn)).toBe(true)
  })

  it('of many parallel restores with the right code exactly one replaces the key', async () => {
    const { next, code, original } = await loseTheKey()
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        next.call('evidence:restoreKey', { code, pin: TEST_ADMIN_PIN }),
      ),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    expect(results.filter((r) => r.ok && r.data.replaced)).toHaveLength(1)
    expect(retiredFiles(core)).toHaveLength(1)
    expect(readKey(core).equals(original)).toBe(true)
    expect(
      next.database.raw
        .prepare("select count(*) from audit_log where action = 'evidence.keyRestored'")
        .pluck()
        .get(),
    ).toBe(1)
    expect(parseChainKeyText(code)!.equals(original)).toBe(true)
  })
})
