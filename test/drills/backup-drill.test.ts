import { spawn } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { databasePath } from '../../electron/core/data-dir'
import { startCore } from '../../electron/core/start-core'
import { countRows, verifyDatabaseFile } from '../../electron/db/integrity'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { sha256File, type BackupManifest } from '../../electron/services/backup/backup-files'
import {
  stageBackup,
  stagedRestoreFile,
  swapInStaged,
} from '../../electron/services/backup/restore-files'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import { bundleWorker } from './bundle-worker'
import { signInAdmin } from '../helpers/test-core'
import { onWorkerLines, seedDrillProduct, setUpDrillTill } from './checkout-drill'

const ROUNDS = Number(process.env.BACKUP_DRILL_ROUNDS ?? 4)

interface RoundLog {
  acked: Map<string, string>
  done: string[]
  failed: string[]
  started: number
  /** How long the round's first backup took, as the worker measured it. */
  backupMs?: number
}

/** A hang detector, not a performance claim: a round normally ends within a second or two. */
const GENEROUS_ROUND_BOUND_MS = 20_000

/**
 * Runs the worker until a backup is under way after at least one finished, then SIGKILLs it
 * at `killAt` (0…1) of the first backup's duration: spread over the rounds, the kills land
 * before the copy, inside it, in its verification and around the rename.
 * If the worker never gets there, the guard kills it and the round FAILS: a guard kill is not a
 * kill during a backup and is never counted as a round.
 */
function runAndKillDuringBackup(
  worker: string,
  dataDir: string,
  productId: string,
  killAt: number,
) {
  return new Promise<RoundLog>((resolve, reject) => {
    const child = spawn(process.execPath, [worker, dataDir, productId], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const log: RoundLog = { acked: new Map(), done: [], failed: [], started: 0 }
    let stderr = ''
    let killing = false
    let guardFired = false
    const guard = setTimeout(() => {
      guardFired = true
      child.kill('SIGKILL')
    }, GENEROUS_ROUND_BOUND_MS)
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    onWorkerLines(child.stdout, ([kind, a, b, c]) => {
      if (kind === 'ACK') log.acked.set(a!, b!)
      if (kind === 'BACKUP_DONE') {
        ;(a === 'ok' ? log.done : log.failed).push(b!)
        log.backupMs ??= Number(c)
      }
      if (kind === 'BACKUP_START') {
        log.started++
        if (log.done.length > 0 && !killing) {
          killing = true
          setTimeout(() => child.kill('SIGKILL'), Math.floor(killAt * (log.backupMs ?? 0)))
        }
      }
    })
    // 'close', not 'exit': every line the worker wrote before it died has been read by then,
    // so `started` and `done` describe the moment of the kill.
    child.on('close', (code, signal) => {
      clearTimeout(guard)
      if (guardFired) {
        reject(new Error(`worker hung: no second backup within ${GENEROUS_ROUND_BOUND_MS} ms`))
      } else if (signal !== 'SIGKILL') {
        reject(new Error(`worker ended by itself (${code}): ${stderr}`))
      } else resolve(log)
    })
  })
}

/**
 * The backup files in a folder with their manifests. A kill between the rename and the
 * manifest leaves a file without one: the app lists it as unverified (listBackups) and a
 * restore checks it afresh, so here it is `null` and checked on its own.
 */
function listedBackups(folder: string): Array<{ file: string; manifest: BackupManifest | null }> {
  return readdirSync(folder)
    .filter((f) => /^etalase-.*\.sqlite$/.test(f))
    .map((file) => {
      const manifest = join(folder, file.replace(/\.sqlite$/, '.json'))
      return {
        file,
        manifest: existsSync(manifest)
          ? (JSON.parse(readFileSync(manifest, 'utf8')) as BackupManifest)
          : null,
      }
    })
}

describe('backup drill: backups during a checkout loop, kills mid-backup, restore', () => {
  let dir: string
  let dataDir: string
  let worker: string
  let productId: string

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'etalase-backup-drill-'))
    dataDir = join(dir, 'data')
    symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'))
    worker = await bundleWorker(join(process.cwd(), 'test/drills/backup-worker.ts'), dir)
    const core = await startCore({ dataDir, version: 'drill' })
    await setUpDrillTill(core)
    productId = await seedDrillProduct(core, 100_000)
    // A few megabytes of history, so a backup takes long enough to be interrupted.
    const filler = core.database.raw.prepare('insert into settings (key, value) values (?, ?)')
    core.database.raw.transaction(() => {
      for (let i = 0; i < 80; i++)
        filler.run(`drill.filler.${i}`, JSON.stringify('x'.repeat(16_000)))
    })()
    await core.close()
  }, 60_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it(`keeps every finished backup good through ${ROUNDS} kills and restores to equal totals`, async () => {
    const folder = join(dataDir, 'backups')
    const acknowledged = new Map<string, string>()
    const finished = new Set<string>()
    // Kills that landed while a backup was part-way: the worker had announced a backup it
    // had not reported finished. Of those, the ones that left the temp copy on disk were
    // inside the copy or its verification.
    let killsMidBackup = 0
    let killsAfterBackupFinished = 0
    let partialsLeft = 0
    // Backups renamed into place but killed before their manifest was written.
    const withoutManifest = new Set<string>()
    for (let round = 0; round < ROUNDS; round++) {
      const killAt = (round + Math.random()) / ROUNDS
      const log = await runAndKillDuringBackup(worker, dataDir, productId, killAt)
      for (const [id, receipt] of log.acked) acknowledged.set(id, receipt)
      expect(log.failed, `round ${round}: a backup failed verification`).toEqual([])
      const midBackup = log.started > log.done.length + log.failed.length
      const partials = readdirSync(folder).filter((f) => f.endsWith('.partial')).length
      // A temp copy left behind can only come from a backup that never reported finished.
      if (partials > 0) expect(midBackup, `round ${round}: .partial but backup done`).toBe(true)
      if (midBackup) killsMidBackup++
      else killsAfterBackupFinished++
      partialsLeft += partials
      for (const file of log.done) finished.add(file)
      // The last backup reported finished is still there and still good; so is every other.
      const listed = listedBackups(folder)
      expect(listed.map((b) => b.file)).toContain(log.done.at(-1))
      for (const backup of listed) {
        const path = join(folder, backup.file)
        if (backup.manifest) {
          expect(await sha256File(path), `${backup.file} changed`).toBe(backup.manifest.sha256)
        } else if (!withoutManifest.has(backup.file)) {
          // Only this round's kill can have cut a backup between rename and manifest, and
          // never one the worker reported finished.
          expect(midBackup, `round ${round}: ${backup.file} lost its manifest`).toBe(true)
          expect(finished.has(backup.file), `${backup.file} was reported finished`).toBe(false)
          withoutManifest.add(backup.file)
        }
        expect(verifyDatabaseFile(path).ok, `${backup.file} no longer verifies`).toBe(true)
      }
    }
    expect(finished.size).toBeGreaterThanOrEqual(ROUNDS)
    // The drill is about kills DURING a backup: if none landed inside the copy, it proved
    // nothing about interrupted copies.
    expect(killsMidBackup, 'no kill landed while a backup was part-way').toBeGreaterThan(0)
    expect(partialsLeft, 'no kill landed inside a backup copy').toBeGreaterThan(0)

    // The till after the drill: one more backup (which sweeps any temp file), restored into a
    // fresh data folder, booted, and compared with the original.
    const core = await startCore({ dataDir, version: 'drill' })
    let originalCounts: ReturnType<typeof countRows>
    let file: string
    try {
      await signInAdmin(core)
      // Counted before: the backup's own audit entry is written after its snapshot.
      originalCounts = countRows(core.database.raw)
      const run = await core.call('data:backupNow', {}, await core.currentCaller())
      if (!run.ok || !run.data.ok || !run.data.file) throw new Error('final backup failed')
      file = run.data.file
      expect(readdirSync(folder).filter((f) => f.includes('.partial'))).toEqual([])
    } finally {
      await core.close()
    }
    const fresh = join(dir, 'fresh')
    mkdirSync(fresh)
    const staged = stagedRestoreFile(fresh)
    await stageBackup({ source: join(folder, file), staged, file })
    await swapInStaged({
      databaseFile: databasePath(fresh),
      staged,
      safetyDir: join(fresh, 'backups', 'safety'),
      now: Date.now(),
    })
    const restored = await startCore({ dataDir: fresh, version: 'drill' })
    try {
      const raw = restored.database.raw
      expect(countRows(raw)).toEqual(originalCounts)
      // The restored till is set up (the backup holds the wizard's admin) and starts locked.
      await signInAdmin(restored)
      const receipts = new Map(
        (
          raw.prepare('select id, receipt_no from sales').all() as Array<{
            id: string
            receipt_no: string
          }>
        ).map((s) => [s.id, s.receipt_no]),
      )
      for (const [id, receipt] of acknowledged) expect(receipts.get(id)).toBe(receipt)
      expect(verifyLedgerChain(raw).ok).toBe(true)
      expect(await verifyStockLevels(restored.db)).toEqual([])
      const sale = await restored.call(
        'sales:checkout',
        {
          id: '0190c000-0000-7000-8000-000000000001',
          lines: [{ productId, qty: 1 }],
          payments: [{ methodId: 'tunai', amount: 15000 }],
        },
        await restored.currentCaller(),
      )
      expect(sale.ok).toBe(true)
    } finally {
      await restored.close()
    }
    console.log(
      `[backup drill] ${ROUNDS} rounds: ${killsMidBackup} kills while a backup was part-way ` +
        `(${partialsLeft} of them left a temp copy, swept by the next run), ` +
        `${withoutManifest.size} between rename and manifest, ` +
        `${killsAfterBackupFinished} just after one finished; ${finished.size} backups finished ` +
        `and verified, ${acknowledged.size} acknowledged sales restored`,
    )
  }, 120_000)
})
