import { createHash } from 'node:crypto'
import { readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import BetterSqlite3 from 'better-sqlite3'
import { registerChainFunctions } from '../../electron/db/ledger-chain'
import { hashPin } from '../../electron/services/auth/pin-hash'
import { backupNowOn, openSetUpHost, sellOneOn, stockedHostProduct } from '../helpers/restore-host'
import { fixedClock, sequentialIds, type FixedClock } from '../helpers/test-core'
import { dropGuards, recomputeChain } from './evidence/tamper-kit'

// Recovery mode restores only with the PIN of an admin recorded in the backup itself, under
// the sign-in attempt limits, and only a backup whose chain matches its manifest (issue 13).

const BACKUP_PIN = '246810'
const LATER_PIN = '135790'

let dataDir: string
let host: CoreHost
let clock: FixedClock
let backupFile: string

const caller = () => host.currentCaller()
const open = () => openCoreHost({ dataDir, version: 'test', clock })

/** Gives the admin a new PIN (straight in the database) and signs in with it. */
async function setAdminPin(pin: string): Promise<void> {
  const raw = host.core()!.database.raw
  raw.prepare("update users set pin_hash = ? where role = 'admin'").run(await hashPin(pin))
  const userId = raw.prepare("select id from users where role = 'admin'").pluck().get() as string
  const login = await host.route('auth:login', { userId, pin }, await caller())
  if (!login.ok) throw new Error(login.message)
}

const backupNow = () => backupNowOn(host)

/** Closes the app and overwrites the database header: the next start is in recovery. */
async function damageAndReopen(): Promise<void> {
  await host.close()
  const file = databasePath(dataDir)
  writeFileSync(file, Buffer.alloc(8192, 0x41))
  rmSync(`${file}-wal`, { force: true })
  rmSync(`${file}-shm`, { force: true })
  host = await open()
  expect(host.mode()).toBe('recovery')
}

beforeEach(async () => {
  clock = fixedClock()
  ;({ dataDir, host } = await openSetUpHost({
    prefix: 'etalase-recovery-pin-',
    clock,
    ids: sequentialIds('0000cccc'),
  }))
  const productId = await stockedHostProduct(host, {
    name: 'Tikar Purun',
    sku: 'TP-1',
    unit: 'lembar',
    qty: 20,
  })
  await sellOneOn(host, productId)
  await setAdminPin(BACKUP_PIN)
  backupFile = await backupNow()
  // The admin's PIN changes after the backup: only the backup's own PIN may restore it.
  await setAdminPin(LATER_PIN)
  await sellOneOn(host, productId)
})

afterEach(async () => {
  await host.close()
  rmSync(dataDir, { recursive: true, force: true })
})

const restore = async (pin?: string) =>
  host.route(
    'data:restore',
    { id: `primary:${backupFile}`, ...(pin ? { pin } : {}) },
    await caller(),
  )

describe('recovery mode restores only with an admin PIN of the backup', () => {
  it('refuses without a PIN and with the current data’s PIN; the backup’s own PIN restores', async () => {
    await damageAndReopen()
    expect(await restore()).toMatchObject({ ok: false, code: 'RESTORE_PIN_REQUIRED' })
    expect(await restore(LATER_PIN)).toMatchObject({
      ok: false,
      code: 'WRONG_PIN',
      message: 'PIN salah. Sisa percobaan: 4.',
    })
    expect(host.mode()).toBe('recovery')
    expect(await restore(BACKUP_PIN)).toMatchObject({
      ok: true,
      data: { restoredFrom: backupFile },
    })
    expect(host.mode()).toBe('ready')
    expect(host.core()!.database.raw.prepare('select count(*) from sales').pluck().get()).toBe(1)
  })

  it('200 parallel wrong PINs: four WRONG_PIN, then locked; the right PIN is refused until the lock ends, even after a restart', async () => {
    await damageAndReopen()
    const guesses = Array.from({ length: 200 }, (_, i) => String(100000 + i))
    const results = await Promise.all(guesses.map((pin) => restore(pin)))
    const codes = results.map((r) => (r.ok ? 'OK' : r.code))
    expect(codes.filter((c) => c === 'WRONG_PIN')).toHaveLength(4)
    expect(codes.filter((c) => c === 'LOCKED_OUT')).toHaveLength(196)
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: false, code: 'LOCKED_OUT' })

    // A restart does not reset the count: it is kept beside the data.
    await host.close()
    host = await open()
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: false, code: 'LOCKED_OUT' })
    clock.advance(5 * 60_000 + 1)
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: true })
    expect(host.mode()).toBe('ready')
  })

  it('refuses a backup with no manifest, or whose chain does not match its manifest', async () => {
    const manifestPath = join(dataDir, 'backups', backupFile.replace(/\.sqlite$/, '.json'))
    const manifest = readFileSync(manifestPath, 'utf8')
    await damageAndReopen()

    const parsed = JSON.parse(manifest) as { verification: { chainChecked: number } }
    parsed.verification.chainChecked -= 3
    writeFileSync(manifestPath, JSON.stringify(parsed))
    expect(await restore(BACKUP_PIN)).toMatchObject({
      ok: false,
      code: 'BACKUP_MANIFEST_MISMATCH',
    })

    rmSync(manifestPath)
    const missing = await restore(BACKUP_PIN)
    expect(missing).toMatchObject({ ok: false, code: 'BACKUP_MANIFEST_MISMATCH' })
    expect(!missing.ok && missing.message).toContain(backupFile)
    expect(host.mode()).toBe('recovery')

    writeFileSync(manifestPath, manifest)
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: true })
  })

  it('refuses a backup whose chain was rewritten after its manifest, though its sha256 was rewritten too', async () => {
    const backupPath = join(dataDir, 'backups', backupFile)
    const manifestPath = backupPath.replace(/\.sqlite$/, '.json')
    const original = {
      file: readFileSync(backupPath),
      manifest: readFileSync(manifestPath, 'utf8'),
    }
    await damageAndReopen()

    // Someone with the backup folder moves the sale back a minute inside the backup, relinks
    // the keyless chain (it checks clean structurally), and writes the new bytes' sha256 and
    // size into the manifest. The anchor, printed and copied elsewhere, stays as it was.
    const tool = new BetterSqlite3(backupPath)
    registerChainFunctions(tool)
    dropGuards(tool)
    tool.prepare('update sales set created_at = created_at - 60000').run()
    recomputeChain(tool)
    tool.pragma('journal_mode = DELETE')
    tool.close()
    const manifest = JSON.parse(original.manifest) as {
      sha256: string
      bytes: number
      anchor: { seq: number; hash: string }
      verification: { chainChecked: number }
    }
    manifest.sha256 = createHash('sha256').update(readFileSync(backupPath)).digest('hex')
    manifest.bytes = statSync(backupPath).size
    writeFileSync(manifestPath, JSON.stringify(manifest))

    const refused = await restore(BACKUP_PIN)
    expect(refused).toMatchObject({ ok: false, code: 'BACKUP_ANCHOR_MISMATCH' })
    expect(!refused.ok && refused.message).toContain(backupFile)
    expect(!refused.ok && refused.message).toContain(`#${manifest.anchor.seq}`)
    expect(!refused.ok && refused.message).toContain('ditulis ulang')
    expect(host.mode()).toBe('recovery')

    // The backup as it was made restores with the same manifest anchor.
    writeFileSync(backupPath, original.file)
    writeFileSync(manifestPath, original.manifest)
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: true })
    expect(host.mode()).toBe('ready')
  })

  it('refuses a backup that holds no admin with a PIN (as a till in the old setup mode had)', async () => {
    host.core()!.database.raw.prepare("update users set pin_hash = null where role = 'admin'").run()
    backupFile = await backupNow()
    await damageAndReopen()
    expect(await restore(BACKUP_PIN)).toMatchObject({ ok: false, code: 'BACKUP_NO_ADMIN' })
    expect(host.mode()).toBe('recovery')
  })

  it('a signed-in admin outside recovery still restores without a PIN', async () => {
    expect(await restore()).toMatchObject({ ok: true, data: { restoredFrom: backupFile } })
  })
})
