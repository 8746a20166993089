import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openCoreHost, type CoreHost } from '../../electron/core/core-host'
import type { RestoreFaults } from '../../electron/services/backup/restore-files'
import type { Clock, IdSource } from '../../electron/services/core/context'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import { saleId } from './builders'
import { receiveStock } from './receive-stock'
import { completeSetup } from './test-core'

// The restore tests (restore-faults, recovery-restore-pin) drive a whole CoreHost, not one core:
// a restore swaps the core underneath, and recovery mode is a host without one. They share this
// arrangement: a fresh folder past the first-run wizard, a shift open, a stocked product, sales
// and backups, all through the host's router as the signed-in person.

/** A channel routed through the host as whoever is signed in; a refusal throws. */
export async function hostMust<C extends Channel>(
  host: CoreHost,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const result = await host.route(channel, input, await host.currentCaller())
  if (!result.ok) throw new Error(`${channel}: ${result.message}`)
  return result.data as OutputOf<C>
}

/**
 * A new data folder and a host on it, past the first-run wizard (its admin signed in, PIN
 * TEST_ADMIN_PIN) with a shift open: every sale needs one.
 */
export async function openSetUpHost(options: {
  prefix: string
  clock: Clock
  ids?: IdSource
  restoreFaults?: RestoreFaults
}): Promise<{ dataDir: string; host: CoreHost }> {
  const dataDir = mkdtempSync(join(tmpdir(), options.prefix))
  const host = await openCoreHost({
    dataDir,
    version: 'test',
    clock: options.clock,
    ...(options.ids ? { ids: options.ids } : {}),
    ...(options.restoreFaults ? { restoreFaults: options.restoreFaults } : {}),
  })
  await completeSetup(host.core()!)
  await hostMust(host, 'shifts:open', { openingFloat: 0 })
  return { dataDir, host }
}

/** A product priced Rp 15.000 with `qty` received on a numbered intake; returns its id. */
export async function stockedHostProduct(
  host: CoreHost,
  product: { name: string; sku: string; unit: string; qty: number },
): Promise<string> {
  const created = await hostMust(host, 'catalog:create', {
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
  await receiveStock((channel, input) => hostMust(host, channel, input), {
    productId: created.id,
    qty: product.qty,
  })
  return created.id
}

/** One Rp 15.000 sale of one unit, paid cash. */
export async function sellOneOn(host: CoreHost, productId: string): Promise<void> {
  await hostMust(host, 'sales:checkout', {
    id: saleId(),
    lines: [{ productId, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
}

/** A backup now; returns its file name in backups/. */
export async function backupNowOn(host: CoreHost): Promise<string> {
  const { file } = await hostMust(host, 'data:backupNow', {})
  if (!file) throw new Error('data:backupNow wrote no file')
  return file
}
