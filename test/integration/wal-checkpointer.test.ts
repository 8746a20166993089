import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase, type OpenDatabase } from '../../electron/db/connection'
import { startWalCheckpointer } from '../../electron/db/wal-checkpointer'
import { saleId, stockedProduct } from '../helpers/builders'
import {
  createTestCore,
  reopenTestCore,
  sequentialIds,
  walCheckpointerFromSource,
} from '../helpers/test-core'

// The write-ahead log is copied back into the database file by a worker thread, so no sale's
// commit does it (issue 18: checkout p99). Real SQLite files, a real worker thread.

const autocheckpoint = (database: OpenDatabase) =>
  database.raw.pragma('wal_autocheckpoint', { simple: true })

describe('WAL checkpoints on a worker thread', () => {
  const cleanups: Array<() => Promise<void> | void> = []
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  })

  function tempDatabase(): { database: OpenDatabase; file: string; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'etalase-wal-'))
    const file = join(dir, 'data.sqlite')
    const database = openDatabase(file)
    database.raw.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }))
    cleanups.push(() => database.close())
    return { database, file, dir }
  }

  it('takes the checkpoints off the connection and copies the log back by itself', async () => {
    const { database, file } = tempDatabase()
    const sizeBefore = statSync(file).size
    const checkpointer = await startWalCheckpointer(database.raw, {
      ...walCheckpointerFromSource,
      intervalMs: 20,
    })
    cleanups.push(() => checkpointer.stop())
    expect(checkpointer.running).toBe(true)
    expect(autocheckpoint(database)).toBe(0)
    // Well past SQLite's 1,000-page threshold, one commit each as sales are.
    const insert = database.raw.prepare('INSERT INTO t (body) VALUES (?)')
    for (let i = 0; i < 1500; i++) insert.run('x'.repeat(3000))
    // The connection never checkpoints now: only the worker can have grown the database file.
    await expect
      .poll(() => statSync(file).size, { timeout: 10_000 })
      .toBeGreaterThan(sizeBefore + 1000 * 3000)
    await checkpointer.stop()
    expect(checkpointer.running).toBe(false)
    expect(autocheckpoint(database)).toBe(1000)
  })

  it('hands the checkpoints back when the worker dies', async () => {
    const { database, dir } = tempDatabase()
    const dying = join(dir, 'dying-worker.mjs')
    writeFileSync(
      dying,
      `import { parentPort } from 'node:worker_threads'
       parentPort.postMessage('ready')
       setTimeout(() => { throw new Error('worker crashed') }, 50)`,
    )
    const errors: unknown[] = []
    const checkpointer = await startWalCheckpointer(database.raw, { file: dying }, (error) =>
      errors.push(error),
    )
    expect(autocheckpoint(database)).toBe(0)
    await expect.poll(() => autocheckpoint(database), { timeout: 10_000 }).toBe(1000)
    expect(checkpointer.running).toBe(false)
    expect(String(errors[0])).toContain('worker crashed')
  })

  it('leaves SQLite’s own checkpoint on when there is no worker to run', async () => {
    const { database, dir } = tempDatabase()
    const checkpointer = await startWalCheckpointer(database.raw, {
      file: join(dir, 'not-built.js'),
    })
    expect(checkpointer.running).toBe(false)
    expect(autocheckpoint(database)).toBe(1000)
  })

  it('a till with the worker sells, closes and finds every sale after a restart', async () => {
    const till = await createTestCore({ walCheckpointer: walCheckpointerFromSource })
    const product = await stockedProduct(till, 300)
    const sold: string[] = []
    for (let i = 0; i < 200; i++) {
      const sale = await till.must('sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: product.price }],
      })
      sold.push(sale.receiptNo)
    }
    expect(autocheckpoint(till.database)).toBe(0)
    await till.close()
    const again = await reopenTestCore(till.dataDir, { clock: till.clock, ids: sequentialIds('7') })
    cleanups.push(() => again.dispose())
    const { rows } = {
      rows: again.database.raw.prepare('SELECT receipt_no FROM sales').pluck().all(),
    }
    expect(rows).toEqual(expect.arrayContaining(sold))
    expect(rows).toHaveLength(sold.length)
    // Started without the worker: SQLite's own checkpoint is back.
    expect(autocheckpoint(again.database)).toBe(1000)
  })
})
