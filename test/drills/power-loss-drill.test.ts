import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCore } from '../../electron/core/start-core'
import {
  checkAfterKill,
  DrillState,
  prepareCheckoutDrill,
  runAndKill,
  type CheckoutDrill,
} from './checkout-drill'
import { compileShim } from './power-loss/compile-shim'
import { seededRandom } from '../helpers/seeded-random'
import { cutPower, emptyStats } from './power-loss/undo-journal'

// The crash drill's SIGKILL leaves the OS page cache intact. This drill takes the page cache
// away too: the child runs under an LD_PRELOAD shim (power-loss/unsynced-writes-shim.c) that
// journals what every write and truncate of a data-folder file overwrote since that file's
// last fsync/fdatasync; after the SIGKILL, cutPower() undoes a random half of those unflushed
// pages (and maybe the size change), as a power cut may. Then the real app core reopens the
// folder and every sale the child acknowledged — only after its commit with
// synchronous=FULL — must be there. Model and limits: README, "Drills".

const ROUNDS = Number(process.env.POWER_LOSS_ROUNDS ?? 30)
const SEED = Number(process.env.POWER_LOSS_SEED ?? Math.floor(Math.random() * 2 ** 31))
/** A 3 ms flush, as on a laptop disk, so kills land between a write and its flush. */
const SYNC_DELAY_US = process.env.POWER_LOSS_SYNC_DELAY_US ?? '3000'

const shim = compileShim()
if (shim.skipReason) console.log(`[power-loss drill] skipped: ${shim.skipReason}`)

/** Runs a Node script under the shim, journaling writes to files under `dataDir`. */
function runUnderShim(script: string, dataDir: string, journal: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], {
      cwd: dataDir,
      stdio: ['ignore', 'inherit', 'pipe'],
      env: {
        ...process.env,
        LD_PRELOAD: shim.path!,
        POWERLOSS_DATA_DIR: dataDir,
        POWERLOSS_JOURNAL: journal,
      },
    })
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr))))
  })
}

describe.skipIf(!shim.path)(
  'power-loss drill: SIGKILL, then unflushed pages lost as in a power cut',
  () => {
    let drill: CheckoutDrill

    beforeAll(async () => {
      drill = await prepareCheckoutDrill('etalase-power-loss-')
    }, 120_000)
    afterAll(() => {
      drill?.remove()
      rmSync(dirname(shim.path!), { recursive: true, force: true })
    })

    it('the model: losing every unflushed page gives the last flushed file, keeping them the current one', async () => {
      const dataDir = join(realpathSync(drill.dir), 'model')
      mkdirSync(dataDir)
      const journal = join(drill.dir, 'model-journal.bin')
      // pwrite + fsync, then an overwrite across pages and an append (not flushed); a file
      // flushed then truncated and written (not flushed); a file written and never flushed.
      await runUnderShim(
        `const fs = require('node:fs')
         const fill = (c, n) => Buffer.alloc(n, c)
         const a = fs.openSync('a.bin', 'w+')
         fs.writeSync(a, fill('A', 10000), 0, 10000, 0); fs.fsyncSync(a)
         fs.writeSync(a, fill('B', 5000), 0, 5000, 3000)
         fs.writeSync(a, fill('C', 6000), 0, 6000, 9000)
         const b = fs.openSync('b.bin', 'w+')
         fs.writeSync(b, fill('D', 8192), 0, 8192, 0); fs.fdatasyncSync(b)
         fs.ftruncateSync(b, 100)
         fs.writeSync(b, fill('E', 50), 0, 50, 20)
         const c = fs.openSync('c.bin', 'w')
         fs.writeSync(c, fill('F', 5000))`,
        dataDir,
        journal,
      )
      const files = ['a.bin', 'b.bin', 'c.bin'].map((f) => join(dataDir, f))
      const current = files.map((f) => readFileSync(f))
      const flushed = [Buffer.alloc(10000, 'A'), Buffer.alloc(8192, 'D'), Buffer.alloc(0)]
      expect(current.map((b) => b.length)).toEqual([15000, 100, 5000])

      const lostAll = cutPower(journal, () => 0)
      expect(files.map((f) => readFileSync(f))).toEqual(flushed)
      expect(lostAll.flushes).toEqual(
        new Map([
          ['a.bin', 1],
          ['b.bin', 1],
        ]),
      )
      expect(lostAll.writes.get('c.bin')).toBe(1)
      expect(lostAll.unmodelled).toBe(0)

      files.forEach((f, i) => writeFileSync(f, current[i]!))
      const keptAll = cutPower(journal, () => 0.999)
      expect(files.map((f) => readFileSync(f))).toEqual(current)
      expect(keptAll.lostPages).toBe(0)
    })

    it(`loses no acknowledged sale over ${ROUNDS} power cuts (seed ${SEED})`, async () => {
      const dataDir = realpathSync(drill.dataDir)
      const state = new DrillState()
      const replays = { committed: 0, uncommitted: 0 }
      const total = emptyStats()
      let roundsWithLoss = 0
      let cutsAtFlush = 0
      for (let round = 0; round < ROUNDS; round++) {
        const journal = join(drill.dir, `journal-${round}.bin`)
        // Odd rounds: the power goes at a random moment. Even rounds: exactly when the n-th
        // flush is asked for (the shim kills the child there), so some cuts always find
        // written pages waiting for their flush, however loaded the machine is.
        const dieAtFlush = round % 2 === 0 ? 1 + Math.floor(Math.random() * 40) : 0
        const log = await runAndKill(drill, dieAtFlush ? 10_000 : Math.floor(Math.random() * 150), {
          LD_PRELOAD: shim.path!,
          POWERLOSS_DATA_DIR: dataDir,
          POWERLOSS_JOURNAL: journal,
          POWERLOSS_SYNC_DELAY_US: SYNC_DELAY_US,
          POWERLOSS_DIE_AT_FLUSH: String(dieAtFlush),
          // Checkpoints every few commits, so cuts also hit pages copied into the database.
          DRILL_WAL_AUTOCHECKPOINT: '16',
        })
        state.note(log)
        const seed = SEED + round
        const cut = cutPower(journal, seededRandom(seed))
        rmSync(journal)
        for (const [file, n] of cut.writes)
          total.writes.set(file, (total.writes.get(file) ?? 0) + n)
        for (const [file, n] of cut.flushes) {
          total.flushes.set(file, (total.flushes.get(file) ?? 0) + n)
        }
        total.unmodelled += cut.unmodelled
        total.unflushedPages += cut.unflushedPages
        total.lostPages += cut.lostPages
        total.sizesReverted += cut.sizesReverted
        if (cut.lostPages > 0 || cut.sizesReverted > 0) roundsWithLoss++
        if (dieAtFlush) cutsAtFlush++

        const core = await startCore({ dataDir: drill.dataDir, version: 'drill' })
        try {
          const label = `round ${round} (POWER_LOSS_SEED=${SEED}, round seed ${seed})`
          const replay = await checkAfterKill(core, drill, state, log, label)
          if (replay) replays[replay]++
        } finally {
          await core.close()
        }
      }
      console.log(
        `[power-loss drill] ${ROUNDS} power cuts (seed ${SEED}; ${cutsAtFlush} at a flush, ` +
          `the rest at a random moment): ${roundsWithLoss} took data ` +
          `away — ${total.lostPages} of ${total.unflushedPages} unflushed pages lost, ` +
          `${total.sizesReverted} file sizes reverted; shim saw ` +
          `${[...total.writes].map(([f, n]) => `${n} writes to ${f}`).join(', ')} and ` +
          `${[...total.flushes].map(([f, n]) => `${n} flushes of ${f}`).join(', ')}; ` +
          `${state.acknowledged.size} acknowledged sales all present, ` +
          `${replays.committed + replays.uncommitted} replays`,
      )
      // The shim really sat under SQLite: it saw the WAL and database written and flushed.
      for (const file of ['etalase.sqlite-wal', 'etalase.sqlite']) {
        expect(total.writes.get(file), `writes to ${file} seen`).toBeGreaterThan(0)
        expect(total.flushes.get(file), `flushes of ${file} seen`).toBeGreaterThan(0)
      }
      expect(total.unmodelled, 'writes the model does not cover').toBe(0)
      // A drill in which the power cut never took anything away proved nothing.
      expect(total.lostPages, 'no unflushed page was ever lost').toBeGreaterThan(0)
      expect(state.acknowledged.size).toBeGreaterThan(0)
    }, 600_000)
  },
)
