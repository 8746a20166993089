import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chainKeyPath, fileChainKeyStore } from '../../../electron/core/chain-key-store'
import { parseChainKeyText } from '../../../electron/core/chain-key-text'
import { formatRecoveryCode } from '../../../electron/core/chain-key-text'
import { chainKeyId, formatAnchor, verifyLedgerChain } from '../../../electron/db/ledger-chain'
import { anchorsFromFile } from '../../../electron/tools/verify-command'
import { addUser, callAs, saleId, stockedProduct } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'

function head(core: TestCore) {
  const verdict = verifyLedgerChain(core.database.raw)
  if (!verdict.ok || !verdict.head) throw new Error('clean chain expected')
  return verdict.head
}

describe('anchors outside the database and the recovery code', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  async function sell() {
    const product = await stockedProduct(core, 10)
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15000 }],
    })
  }

  it('Pengaturan → Data shows the current anchor and where the key lives', async () => {
    await sell()
    const status = await core.must('evidence:status', {})
    expect(status).toMatchObject({
      anchor: formatAnchor(head(core)),
      links: head(core).seq,
      keyStore: 'file',
      recoveryShown: false,
    })
    expect(status.keyId).toMatch(/^[0-9a-f]{16}$/)
  })

  it('each Z report carries the chain position and short hash of its close', async () => {
    // createTestCore opened the shift this Z closes.
    await sell()
    const closed = await core.must('shifts:close', { countedCash: 15000 })
    const link = core.database.raw
      .prepare(
        `select seq, hash from ledger_chain where table_name = 'shift_closes'
         and row_id = (select id from shift_closes where shift_id = ?)`,
      )
      .get(closed.id) as { seq: number; hash: string }
    const anchor = formatAnchor(link)
    await core.must('shifts:open', { openingFloat: 0 })
    await sell() // later activity does not change what the Z report says
    const preview = await core.must('shifts:zPreview', { shiftId: closed.id })
    expect(preview.lines.join('\n')).toMatch(new RegExp(`Rantai\\s+${anchor}`))
    expect(anchor).toMatch(/^\d+:[0-9a-f]{16}$/)
  })

  it('each backup manifest, and its copy in the second folder, carries the backup chain head', async () => {
    const usb = mkdtempSync(join(tmpdir(), 'etalase-usb-'))
    try {
      await core.must('data:saveSettings', {
        intervalMinutes: 30,
        everySales: 50,
        secondFolder: usb,
      })
      await sell()
      const expected = head(core)
      const run = await core.must('data:backupNow', {})
      expect(run.second).toBe('copied')
      const manifestFile = run.file!.replace(/\.sqlite$/, '.json')
      const read = (folder: string) => readFileSync(join(folder, manifestFile), 'utf8')
      const main = JSON.parse(read(join(core.dataDir, 'backups'))) as {
        anchor: { seq: number; hash: string }
      }
      const copy = JSON.parse(read(usb)) as { anchor: { seq: number; hash: string } | null }
      expect(main.anchor).toEqual({ seq: expected.seq, hash: expected.hash })
      // The stick taken home holds the same anchor: position and head hash.
      expect(copy.anchor).toEqual(main.anchor)
      // …and `npm run verify -- --anchors-file=<the stick's manifest>` reads it.
      expect(anchorsFromFile(read(usb))).toEqual([main.anchor])
    } finally {
      rmSync(usb, { recursive: true, force: true })
    }
  })

  it('shows the recovery code once without a PIN, then only with the admin PIN', async () => {
    const admin = (await core.must('users:list', {})).find((u) => u.role === 'admin')!
    await core.must('users:save', {
      id: admin.id,
      name: 'Admin',
      role: 'admin',
      active: true,
      pin: '246810',
    })
    const first = await core.must('evidence:recoveryCode', { pin: null })
    const key = fileChainKeyStore(chainKeyPath(core.dataDir)).read()!
    expect(parseChainKeyText(first.code)!.equals(key)).toBe(true)
    expect(await core.call('evidence:recoveryCode', { pin: null })).toMatchObject({
      ok: false,
      code: 'RECOVERY_PIN_REQUIRED',
    })
    expect(await core.call('evidence:recoveryCode', { pin: '111111' })).toMatchObject({
      ok: false,
      code: 'WRONG_PIN',
    })
    expect(await core.must('evidence:recoveryCode', { pin: '246810' })).toEqual(first)
    expect((await core.must('evidence:status', {})).recoveryShown).toBe(true)
    const shown = core.database.raw
      .prepare("select count(*) from audit_log where action = 'evidence.recoveryCode'")
      .pluck()
      .get()
    expect(shown).toBe(2)
  })

  it('of many parallel first showings exactly one gets the code', async () => {
    const results = await Promise.all(
      Array.from({ length: 12 }, () => core.call('evidence:recoveryCode', { pin: null })),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.code === 'RECOVERY_PIN_REQUIRED')).toHaveLength(11)
  })

  it('is refused to a supervisor and a cashier, in main', async () => {
    for (const role of ['supervisor', 'cashier'] as const) {
      const base = addUser(core, { id: `u-${role}`, name: role, role })
      // Even granted settings.manage in the matrix, the key is for admins only.
      const permissions = new Set([...base.actor!.permissions, 'settings.manage' as const])
      const caller = { ...base, actor: { ...base.actor!, permissions } }
      expect(await callAs(core, caller, 'evidence:recoveryCode', { pin: null })).toMatchObject({
        ok: false,
        code: 'FORBIDDEN',
      })
    }
  })

  it('puts the code of the key in use on a one-page PDF, which is no showing', async () => {
    const { code } = await core.must('evidence:recoveryCode', { pin: null })
    const file = await core.must('evidence:recoveryPdf', { code: code.toLowerCase() })
    const key = fileChainKeyStore(chainKeyPath(core.dataDir)).read()!
    expect(file.filename).toBe(`kode-pemulihan-KSG1-${chainKeyId(key).slice(0, 8)}.pdf`)
    const bytes = Buffer.from(file.base64, 'base64')
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    expect(pdf.numPages).toBe(1)
    const { text } = await extractText(pdf, { mergePages: true })
    // Printed five groups a line: the letters, read back, are the key itself.
    const letters = text.replace(/[^A-Z2-7]/g, '')
    expect(letters).toContain(formatRecoveryCode(key).replace(/-/g, ''))
    expect(parseChainKeyText(code)!.equals(key)).toBe(true)
    expect(text).toContain('KODE PEMULIHAN KUNCI RANTAI')
    // Not a showing: one audit entry, and the next showing still needs the PIN.
    const shown = core.database.raw
      .prepare("select count(*) from audit_log where action = 'evidence.recoveryCode'")
      .pluck()
      .get()
    expect(shown).toBe(1)
  })

  it('refuses to print a code that is not the key in use, and refuses non-admins', async () => {
    const foreign = formatRecoveryCode(Buffer.alloc(32, 7))
    for (const code of [foreign, 'ABCD-EFGH']) {
      expect(await core.call('evidence:recoveryPdf', { code })).toMatchObject({
        ok: false,
        code: 'RECOVERY_CODE_INVALID',
      })
    }
    const key = fileChainKeyStore(chainKeyPath(core.dataDir)).read()!
    const base = addUser(core, { id: 'u-sup', name: 'sup', role: 'supervisor' })
    const permissions = new Set([...base.actor!.permissions, 'settings.manage' as const])
    const caller = { ...base, actor: { ...base.actor!, permissions } }
    expect(
      await callAs(core, caller, 'evidence:recoveryPdf', { code: formatRecoveryCode(key) }),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
  })
})
