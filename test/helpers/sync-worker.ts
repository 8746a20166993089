// Child process for the hub drill (test/integration/hub-drill.test.ts): opens a till's data
// folder (closed by the test first) and runs the real sync service's upload towards its hub in
// small batches, then waits to be killed. The test SIGKILLs it while the hub holds some but
// not all of the till's rows. Run with `node --import tsx` (the app's TypeScript imports).
//
// After each batch the hub has committed, the worker holds still for `pauseMs` before the till
// marks the batch sent: the window where a death costs the most (the hub has rows the till
// still counts as waiting) is then most of the upload's time, so the kill lands in it nearly
// always, without the test having to hit a few milliseconds.
import { startCore } from '../../electron/core/start-core'
import { sequentialIds } from './test-core'

const [dataDir, nowText, batchText, pauseText, idPrefix] = process.argv.slice(2)
if (!dataDir || !nowText || !batchText || !pauseText || !idPrefix) {
  throw new Error('usage: sync-worker <dataDir> <clockMs> <batchSize> <pauseMs> <idPrefix>')
}
const now = Number(nowText)
const pauseMs = Number(pauseText)
const say = (line: string) => process.stdout.write(`${line}\n`)

const core = await startCore({
  dataDir,
  version: 'drill',
  // The till's own (fixed, two days off) time, so what the sync writes carries it.
  clock: { now: () => now },
  ids: sequentialIds(idPrefix),
})
const waiting = (await core.sync.status()).waiting
const still = new Int32Array(new SharedArrayBuffer(4))
say(`READY ${waiting}`)
await core.sync.syncNow({
  batchSize: Number(batchText),
  faults: {
    afterHubCommit: (seqs) => {
      say(`COMMITTED ${seqs.at(-1)}`)
      // A synchronous sleep: the upload is mid-step, between the hub's commit and the mark.
      Atomics.wait(still, 0, 0, pauseMs)
    },
  },
})
// Not killed in time: the test fails on this line rather than on a vanished worker.
say('DONE')
setInterval(() => {}, 60_000)
