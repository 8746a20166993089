// What the crash drill and the power-loss drill share: a data folder with one stocked product,
// a child process running the real checkout in a loop (checkout-worker.ts) killed with
// SIGKILL, and the checks that every acknowledged sale, receipt number, cart and stock level
// survived. The two drills differ only in what happens to the files between the kill and
// the reopen.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import type { Readable } from 'node:stream'
import { join } from 'node:path'
import { expect } from 'vitest'
import type { Core } from '../../electron/core/start-core'
import { startCore } from '../../electron/core/start-core'
import { verifyLedgerChain } from '../../electron/db/ledger-chain'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import { productInput } from '../helpers/builders'
import { completeSetup } from '../helpers/test-core'
import { bundleWorker } from './bundle-worker'

export const DRILL_STOCK = 100_000

export interface CheckoutDrill {
  dir: string
  dataDir: string
  /** The bundled checkout worker. */
  worker: string
  productId: string
  remove: () => void
}

/**
 * One product with `stock` units received into the showroom through a numbered stock document
 * (the one way stock arrives), as the drills' workers sell it. Returns the product id.
 */
export async function seedDrillProduct(core: Core, stock: number): Promise<string> {
  const caller = await core.currentCaller()
  const product = await core.call(
    'catalog:create',
    productInput({ name: 'Gantungan Drill', sku: 'DRILL', barcode: null }),
    caller,
  )
  if (!product.ok) throw new Error(product.message)
  const options = await core.call('catalog:options', {}, caller)
  const galeri = options.ok ? options.data.locations.find((l) => l.name === 'Galeri') : null
  if (!galeri) throw new Error('no Galeri location')
  const intake = await core.call(
    'stock:postDocument',
    {
      kind: 'production_in',
      locationId: galeri.id,
      docDate: '2026-11-27',
      lines: [{ productId: product.data.id, qty: stock }],
    },
    caller,
  )
  if (!intake.ok) throw new Error(intake.message)
  return product.data.id
}

/**
 * The first-run wizard on a fresh drill folder (till KSG1, admin signed in) and a shift open:
 * every sale needs one, and it stays open in the database across the drills' restarts.
 */
export async function setUpDrillTill(core: Core): Promise<void> {
  await completeSetup(core)
  const shift = await core.call('shifts:open', { openingFloat: 0 })
  if (!shift.ok) throw new Error(shift.message)
}

/** Signs the wizard's admin in on a reopened drill till, without the (slow) PIN check. */
export function signInDrillAdmin(core: Core): void {
  const adminId = core.database.raw
    .prepare("select id from users where role = 'admin' order by created_at")
    .pluck()
    .get() as string
  core.signIn(adminId)
}

/**
 * A temp folder with the bundled worker and a till set up by the wizard (admin signed in, a
 * shift open, as checkout needs) holding one product with stock.
 */
export async function prepareCheckoutDrill(prefix: string): Promise<CheckoutDrill> {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  const dataDir = join(dir, 'data')
  // The bundled worker resolves better-sqlite3 from the project's node_modules.
  symlinkSync(join(process.cwd(), 'node_modules'), join(dir, 'node_modules'))
  const worker = await bundleWorker(join(process.cwd(), 'test/drills/checkout-worker.ts'), dir)
  const core = await startCore({ dataDir, version: 'drill' })
  try {
    await setUpDrillTill(core)
    return {
      dir,
      dataDir,
      worker,
      productId: await seedDrillProduct(core, DRILL_STOCK),
      remove: () => rmSync(dir, { recursive: true, force: true }),
    }
  } finally {
    await core.close()
  }
}

/** Calls `onLine` with each whole line a worker writes, split into its words. */
export function onWorkerLines(stream: Readable, onLine: (words: string[]) => void): void {
  let buffer = ''
  stream.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const line of lines) onLine(line.split(' '))
  })
}

export interface RoundLog {
  acked: Map<string, string>
  /** SAVING / SAVED lines in the order the worker printed them. */
  saves: Array<{ kind: 'SAVING' | 'SAVED'; value: string }>
  paying: string | null
}

/**
 * Runs the worker until `killAfterMs` after it is ready, then SIGKILLs it: no chance to flush
 * or clean up. `env` is added to the child's environment (the power-loss shim).
 */
export function runAndKill(
  drill: CheckoutDrill,
  killAfterMs: number,
  env: NodeJS.ProcessEnv = {},
): Promise<RoundLog> {
  return new Promise<RoundLog>((resolve, reject) => {
    const child = spawn(process.execPath, [drill.worker, drill.dataDir, drill.productId], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })
    const log: RoundLog = { acked: new Map(), saves: [], paying: null }
    let stderr = ''
    // The worker may also die before it (the power-loss shim can kill it at a flush).
    let timer: NodeJS.Timeout | undefined
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    onWorkerLines(child.stdout, ([kind, ...rest]) => {
      if (kind === 'READY') timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      if (kind === 'SAVING' || kind === 'SAVED') log.saves.push({ kind, value: rest.join(' ') })
      if (kind === 'PAYING') log.paying = rest[0] ?? null
      if (kind === 'ACK') log.acked.set(rest[0]!, rest[1]!)
    })
    // 'close', not 'exit': every line the worker wrote before it died has been read by then.
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') reject(new Error(`worker ended by itself (${code}): ${stderr}`))
      else resolve(log)
    })
  })
}

interface SavedCart {
  id: string
  lines: Array<{ qty: number }>
}

/** What the drill knows across rounds: acknowledged sales and the carts the worker saved. */
export class DrillState {
  readonly acknowledged = new Map<string, string>()
  /** The last save the worker confirmed (known to be committed). */
  confirmed: string | null = null
  /** Saves begun after it: a kill can land after the write and before the confirmation. */
  unconfirmed: string[] = []

  note(log: RoundLog): void {
    for (const [id, receipt] of log.acked) this.acknowledged.set(id, receipt)
    for (const save of log.saves) {
      if (save.kind === 'SAVING') this.unconfirmed.push(save.value)
      else {
        this.confirmed =
          this.unconfirmed.find((c) => (JSON.parse(c) as SavedCart).id === save.value) ?? null
        this.unconfirmed = []
      }
    }
  }
}

/** Whether a replayed sale had been committed before the kill (killed between commit and reply). */
export type Replay = 'committed' | 'uncommitted' | null

/**
 * The checks after a kill, on the reopened data: integrity, every acknowledged sale with its
 * receipt number, gapless receipts, stock = the sum of its movements, the hash chain, the open
 * cart; then the till's replay of a sale it never got an answer for must yield one sale.
 */
export async function checkAfterKill(
  core: Core,
  drill: CheckoutDrill,
  state: DrillState,
  log: RoundLog,
  label: string,
): Promise<Replay> {
  const raw = core.database.raw
  expect(raw.pragma('integrity_check', { simple: true }), label).toBe('ok')
  // A reopened till starts locked: the admin signs in (the session directly, as the workers
  // do: a PIN check per round would only slow the drill).
  signInDrillAdmin(core)
  const caller = await core.currentCaller()
  const sales = raw.prepare('select id, receipt_no, receipt_seq from sales').all() as Array<{
    id: string
    receipt_no: string
    receipt_seq: number
  }>
  const byId = new Map(sales.map((s) => [s.id, s]))
  for (const [id, receipt] of state.acknowledged) {
    expect(byId.get(id)?.receipt_no, `acknowledged sale ${id} lost: ${label}`).toBe(receipt)
  }
  const seqs = sales.map((s) => s.receipt_seq).sort((a, b) => a - b)
  expect(seqs, `receipt numbers have gaps or duplicates: ${label}`).toEqual(
    seqs.map((_, i) => i + 1),
  )
  expect(await verifyStockLevels(core.db), label).toEqual([])
  const onHand = raw
    .prepare('select sum(qty) from stock_movements where product_id = ?')
    .pluck()
    .get(drill.productId)
  const sold = raw.prepare('select coalesce(sum(qty), 0) from sale_lines').pluck().get() as number
  expect(onHand, label).toBe(DRILL_STOCK - sold)
  expect(verifyLedgerChain(raw), label).toMatchObject({ ok: true })

  // The open cart is exactly what was last saved, unless that cart became a sale.
  const open = await core.call('till:openCart', {}, caller)
  expect(open.ok, label).toBe(true)
  const restored = open.ok ? open.data : null
  const candidates = [state.confirmed, ...state.unconfirmed]
    .filter((c): c is string => c !== null)
    .map((c) => JSON.parse(c) as SavedCart)
    .filter((c) => !byId.has(c.id))
  if (restored === null) {
    // Either nothing unsold was saved, or the last saved cart was sold (cart cleared).
    // Only the confirmed save is known to be on disk: it must have become a sale.
    const confirmedId =
      state.confirmed === null ? null : (JSON.parse(state.confirmed) as SavedCart).id
    expect(
      candidates.filter((c) => c.id === confirmedId),
      label,
    ).toEqual([])
  } else {
    expect(candidates, label).toContainEqual(restored)
  }

  // Replay: a sale killed before its reply is submitted again by the till; it must come back
  // as the one sale, never a second.
  const interrupted = log.paying && !log.acked.has(log.paying) ? log.paying : null
  const cart = state.confirmed ? (JSON.parse(state.confirmed) as SavedCart) : null
  if (!interrupted || cart?.id !== interrupted) return null
  const replay: Replay = byId.has(interrupted) ? 'committed' : 'uncommitted'
  const input = {
    id: interrupted,
    lines: [{ productId: drill.productId, qty: cart.lines[0]!.qty }],
    payments: [{ methodId: 'tunai', amount: 50000 }],
  }
  const first = await core.call('sales:checkout', input, caller)
  const again = await core.call('sales:checkout', input, caller)
  expect(first.ok && again.ok && first.data.receiptNo === again.data.receiptNo, label).toBe(true)
  if (replay === 'committed' && first.ok) {
    expect(first.data.receiptNo, label).toBe(byId.get(interrupted)!.receipt_no)
  }
  const copies = raw.prepare('select count(*) from sales where id = ?').pluck().get(interrupted)
  expect(copies, label).toBe(1)
  if (first.ok) state.acknowledged.set(interrupted, first.data.receiptNo)
  return replay
}
