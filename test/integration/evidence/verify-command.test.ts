import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { databasePath } from '../../../electron/core/data-dir'
import { chainKeyPath, fileChainKeyStore } from '../../../electron/core/chain-key-store'
import { formatRecoveryCode } from '../../../electron/core/chain-key-text'
import { formatAnchor, verifyLedgerChain } from '../../../electron/db/ledger-chain'
import { parseVerifyArgs, runVerify } from '../../../electron/tools/verify-command'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { dropGuards, fullLedger, openAsInsider, recomputeChain } from './tamper-kit'

async function verify(core: TestCore, ...argv: string[]) {
  const lines: string[] = []
  const code = await runVerify(parseVerifyArgs(argv, core.dataDir), (line) => lines.push(line))
  return { code, text: lines.join('\n') }
}

/** The chain head of a database file, read independently of the app. */
function headOf(file: string): { seq: number; hash: string } {
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true })
  try {
    return copy.prepare('select seq, hash from ledger_chain order by seq desc limit 1').get() as {
      seq: number
      hash: string
    }
  } finally {
    copy.close()
  }
}

function lastSeq(core: TestCore): number {
  const file = new BetterSqlite3(databasePath(core.dataDir), { readonly: true })
  try {
    return file.prepare('select max(seq) from ledger_chain').pluck().get() as number
  } finally {
    file.close()
  }
}

/** An insider with the file deletes the chain's last record and its link, leaving no gap. */
function cutLastLink(core: TestCore) {
  const tool = openAsInsider(core)
  dropGuards(tool)
  const last = tool.prepare('select max(seq) from ledger_chain').pluck().get() as number
  const link = tool
    .prepare('select table_name, row_id from ledger_chain where seq = ?')
    .get(last) as { table_name: string; row_id: string }
  tool.prepare(`delete from ${link.table_name} where id = ?`).run(link.row_id)
  tool.prepare('delete from ledger_chain_macs where seq = ?').run(last)
  tool.prepare('delete from sync_outbox where seq = ?').run(last)
  tool.prepare('delete from ledger_chain where seq = ?').run(last)
  tool.close()
}

describe('npm run verify explains each tamper case in words', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore({ shift: false })))
  afterEach(async () => core.dispose())

  it('a clean till: every check ok, signatures proven with the key beside the data', async () => {
    await fullLedger(core)
    const head = verifyLedgerChain(core.database.raw)
    await core.close()
    if (!head.ok || !head.head) throw new Error('clean chain expected')
    const { code, text } = await verify(core, '--anchor', formatAnchor(head.head))
    expect(code).toBe(0)
    expect(text).toContain('every signature matches the key')
    expect(text).toContain(`anchor ${formatAnchor(head.head)}: ok`)
    for (const check of [
      'integrity',
      'chain',
      'unlinked',
      'history',
      'numbering',
      'sale_sums',
      'stock',
      'rollups',
    ])
      expect(text).toContain(`${check}: ok`)
  })

  it('a recomputed chain: the recovery code proves the forgery, in both languages', async () => {
    const { kept } = await fullLedger(core)
    const key = fileChainKeyStore(chainKeyPath(core.dataDir)).read()!
    await core.close()
    const tool = openAsInsider(core)
    dropGuards(tool)
    tool.prepare('update sales set created_at = created_at - 60000 where id = ?').run(kept.id)
    recomputeChain(tool)
    tool.close()
    const codeFile = join(core.dataDir, 'recovery.txt')
    writeFileSync(codeFile, formatRecoveryCode(key))
    const { code, text } = await verify(core, `--key-file=${codeFile}`)
    expect(code).toBe(1)
    expect(text).toContain(`FIRST FAILURE: chain — sales ${kept.id}`)
    expect(text).toContain('rantai dihitung ulang tanpa kunci')
    expect(text).toContain('the chain was recomputed without the key')
  })

  it('a wrong key file is named as such', async () => {
    await fullLedger(core)
    await core.close()
    const wrong = join(core.dataDir, 'wrong.key')
    writeFileSync(wrong, randomBytes(32).toString('hex'))
    const { code, text } = await verify(core, `--key-file=${wrong}`)
    expect(code).toBe(1)
    expect(text).toContain('signed by a key other than the one given')
    expect(text).toContain('ditandatangani kunci lain')
  })

  it('anchors from a backup manifest file find a deleted tail', async () => {
    await fullLedger(core)
    await core.must('shifts:open', { openingFloat: 100000 })
    const head = verifyLedgerChain(core.database.raw)
    if (!head.ok || !head.head) throw new Error('clean chain expected')
    await core.close()
    const manifest = join(core.dataDir, 'manifest.json')
    writeFileSync(manifest, JSON.stringify({ version: 1, anchor: head.head }))
    cutLastLink(core)
    expect((await verify(core)).code, 'without the anchor the cut looks clean').toBe(0)
    const { code, text } = await verify(core, `--anchors-file=${manifest}`)
    expect(code).toBe(1)
    expect(text).toContain('catatan di ujung rantai telah dihapus')
  })

  it('an auditor’s export carries its anchor out: shown, in a manifest beside it, and verify reads it', async () => {
    await fullLedger(core)
    const auditor = mkdtempSync(join(tmpdir(), 'etalase-auditor-'))
    try {
      // The anchor shown is the copy's own chain head, read from its bytes.
      const download = await core.must('data:export', { folder: null })
      const downloaded = join(auditor, 'downloaded.sqlite')
      writeFileSync(downloaded, Buffer.from(download.file!.base64, 'base64'))
      expect(download.anchor).toBe(formatAnchor(headOf(downloaded)))

      const written = await core.must('data:export', { folder: auditor })
      const copyHead = headOf(written.path!)
      expect(written.anchor).toBe(formatAnchor(copyHead))
      const manifest = written.path!.replace(/\.sqlite$/, '.json')
      const saved = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, unknown>
      expect(saved).toMatchObject({ version: 1, kind: 'export', anchor: copyHead })
      expect(saved['sha256']).toBe(
        createHash('sha256').update(readFileSync(written.path!)).digest('hex'),
      )
      expect((await verify(core, `--anchors-file=${manifest}`)).code).toBe(0)

      // Someone with the till's file cuts the chain back to before the export: the export's
      // manifest finds it, though the cut chain is consistent in itself.
      await core.close()
      while (lastSeq(core) >= copyHead.seq) cutLastLink(core)
      expect((await verify(core)).code, 'without the anchor the cut looks clean').toBe(0)
      const { code, text } = await verify(core, `--anchors-file=${manifest}`)
      expect(code).toBe(1)
      expect(text).toContain('catatan di ujung rantai telah dihapus')
    } finally {
      rmSync(auditor, { recursive: true, force: true })
    }
  })

  it('a bad anchor is refused with an example of a good one', () => {
    expect(() => parseVerifyArgs(['--anchor', '12-abc'], core.dataDir)).toThrow(/SEQ:HASH/)
  })
})
