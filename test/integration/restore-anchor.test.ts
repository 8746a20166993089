import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { registerChainFunctions } from '../../electron/db/ledger-chain'
import {
  backupNowOn,
  hostMust,
  openSetUpHost,
  sellOneOn,
  stockedHostProduct,
} from '../helpers/restore-host'
import { fixedClock, type FixedClock } from '../helpers/test-core'
import { dropGuards, recomputeChain } from './evidence/tamper-kit'

// Issue 13: the anchor a backup's manifest recorded (also printed on the Z report and copied
// with the backup) is checked on every restore, not only in recovery mode. A signed-in admin
// restoring a backup whose chain was rewritten afterwards — sha256 and size rewritten too —
// is refused with the data left as it was.

let clock: FixedClock
let dataDir: string
let host: CoreHost
let backupFile: string
let productId: string

beforeEach(async () => {
  clock = fixedClock(Date.UTC(2026, 11, 7, 3, 0, 0))
  ;({ dataDir, host } = await openSetUpHost({ prefix: 'etalase-restore-anchor-', clock }))
  productId = await stockedHostProduct(host, {
    name: 'Tas Purun',
    sku: 'TP-1',
    unit: 'pcs',
    qty: 5,
  })
  await sellOneOn(host, productId)
  backupFile = await backupNowOn(host)
  clock.advance(60_000)
  await sellOneOn(host, productId)
})

afterEach(async () => {
  await host.close()
  rmSync(dataDir, { recursive: true, force: true })
})

/** Rewrites the backup the way someone with the folder would: row, chain, sha256, size. */
function rewriteBackup(): { restoreOriginal: () => void } {
  const backupPath = join(dataDir, 'backups', backupFile)
  const manifestPath = backupPath.replace(/\.sqlite$/, '.json')
  const original = { file: readFileSync(backupPath), manifest: readFileSync(manifestPath, 'utf8') }
  const tool = new BetterSqlite3(backupPath)
  registerChainFunctions(tool)
  dropGuards(tool)
  tool.prepare('update sales set created_at = created_at - 60000').run()
  recomputeChain(tool)
  tool.pragma('journal_mode = DELETE')
  tool.close()
  const manifest = JSON.parse(original.manifest) as { sha256: string; bytes: number }
  manifest.sha256 = createHash('sha256').update(readFileSync(backupPath)).digest('hex')
  manifest.bytes = statSync(backupPath).size
  writeFileSync(manifestPath, JSON.stringify(manifest))
  return {
    restoreOriginal: () => {
      writeFileSync(backupPath, original.file)
      writeFileSync(manifestPath, original.manifest)
    },
  }
}

const salesNow = async () => (await hostMust(host, 'sales:list', {})).length

describe('a signed-in restore checks the backup against its manifest anchor', () => {
  it('refuses a backup whose chain was rewritten after its manifest, and keeps the data', async () => {
    const before = await salesNow()
    const tampered = rewriteBackup()
    const refused = await host.route(
      'data:restore',
      { id: `primary:${backupFile}` },
      await host.currentCaller(),
    )
    expect(refused).toMatchObject({ ok: false, code: 'BACKUP_ANCHOR_MISMATCH' })
    expect(!refused.ok && refused.message).toContain(backupFile)
    expect(host.mode()).toBe('ready')
    expect(await salesNow()).toBe(before)

    // The same backup as it was made restores.
    tampered.restoreOriginal()
    const restored = await host.route(
      'data:restore',
      { id: `primary:${backupFile}` },
      await host.currentCaller(),
    )
    expect(restored).toMatchObject({ ok: true })
  })

  it('the first screen’s "Pulihkan dari cadangan" refuses it too, on a new folder', async () => {
    rewriteBackup()
    const fresh = mkdtempSync(join(tmpdir(), 'etalase-restore-anchor-new-'))
    const newTill = await openCoreHost({ dataDir: fresh, version: 'test', clock })
    try {
      const refused = await newTill.route(
        'setup:restore',
        { folder: join(dataDir, 'backups'), file: backupFile },
        await newTill.currentCaller(),
      )
      expect(refused).toMatchObject({ ok: false, code: 'BACKUP_ANCHOR_MISMATCH' })
    } finally {
      await newTill.close()
      rmSync(fresh, { recursive: true, force: true })
    }
  })
})
