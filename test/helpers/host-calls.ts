import { rmSync, writeFileSync } from 'node:fs'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { CoreHost } from '../../electron/core/core-host'
import { databasePath } from '../../electron/core/data-dir'
import { hashPin } from '../../electron/services/auth/pin-hash'
import { saleId } from './builders'
import { receiveStock } from './receive-stock'

// What the restore tests do to a whole app (a core host, which may swap its core or drop
// into recovery): call as the signed-in person, sell one item, back up, break the file.
// The host is read through a getter because a test reopens it.

/** A call through the host as whoever is signed in now, throwing on a refusal. */
export function hostCall(host: () => CoreHost) {
  return async <C extends Channel>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> => {
    const h = host()
    const result = await h.route(channel, input, await h.currentCaller())
    if (!result.ok) throw new Error(`${channel}: ${result.code} ${result.message}`)
    return result.data as OutputOf<C>
  }
}

/** A product priced Rp 15.000 with `qty` on hand, received through a numbered document. */
export async function stockedProduct(
  host: () => CoreHost,
  product: { name: string; sku: string; unit: string; qty: number },
): Promise<string> {
  const call = hostCall(host)
  const created = await call('catalog:create', {
    name: product.name,
    sku: product.sku,
    barcode: null,
    categoryId: null,
    unit: product.unit,
    price: 15_000,
    cost: 6_000,
    workshopId: null,
    active: true,
  })
  await receiveStock(call, { productId: created.id, qty: product.qty })
  return created.id
}

/** One item of the product, paid in cash. */
export async function sellOne(host: () => CoreHost, productId: string): Promise<void> {
  await hostCall(host)('sales:checkout', {
    id: saleId(),
    lines: [{ productId, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
}

/** A backup made now; its file name in the primary folder. */
export async function backupNow(host: () => CoreHost): Promise<string> {
  const run = await hostCall(host)('data:backupNow', {})
  if (!run.file) throw new Error(`backup did not write a file: ${run.problem ?? 'unknown'}`)
  return run.file
}

/** Gives the admin a PIN (ending setup mode) and signs them in with it. */
export async function signInAdminWithPin(host: () => CoreHost, pin: string): Promise<void> {
  const raw = host().core()!.database.raw
  raw.prepare("update users set pin_hash = ? where role = 'admin'").run(await hashPin(pin))
  const userId = raw.prepare("select id from users where role = 'admin'").pluck().get() as string
  await hostCall(host)('auth:login', { userId, pin })
}

/** Overwrites the database header of a closed app: its next start is in recovery. */
export function damageDatabase(dataDir: string): void {
  const file = databasePath(dataDir)
  writeFileSync(file, Buffer.alloc(8192, 0x41))
  rmSync(`${file}-wal`, { force: true })
  rmSync(`${file}-shm`, { force: true })
}
