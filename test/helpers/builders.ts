import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { Role } from '../../shared/auth/auth-dto'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import { defaultRolePermissions, type Permission } from '../../shared/permissions'
import type { Result } from '../../shared/result'
import type { Caller } from '../../electron/ipc/caller'
import type { TestCore } from './test-core'
import { receiveStock } from './receive-stock'

let counter = 0

export function productInput(
  overrides: Partial<InputOf<'catalog:create'>> = {},
): InputOf<'catalog:create'> {
  counter += 1
  return {
    name: `Gantungan Kunci Getah Nyatu ${counter}`,
    sku: `GN-T${counter}`,
    barcode: `20${String(counter).padStart(11, '0')}`,
    categoryId: null,
    unit: 'pcs',
    price: 15000,
    cost: 6000,
    workshopId: null,
    active: true,
    ...overrides,
  }
}

/** A product with `stock` units received into the showroom. */
export async function stockedProduct(
  core: TestCore,
  stock: number,
  overrides: Partial<InputOf<'catalog:create'>> = {},
): Promise<ProductDto> {
  const product = await core.must('catalog:create', productInput(overrides))
  if (stock > 0)
    await receiveStock((c, i) => core.must(c, i), { productId: product.id, qty: stock })
  return core.must('catalog:get', { id: product.id })
}

let saleCounter = 0
export const saleId = () => `0190a000-0000-7000-8000-${String(++saleCounter).padStart(12, '0')}`

/** Row counts of every ledger and catalogue table: "nothing was written" means these are equal. */
export async function tableCounts(core: TestCore): Promise<Record<string, number>> {
  const tables = [
    'products',
    'categories',
    'workshops',
    'stock_movements',
    'stock_levels',
    'sales',
    'sale_lines',
    'payments',
    'receipt_counters',
    'settings',
    'audit_log',
    'sale_voids',
    'returns',
    'return_lines',
    'refunds',
    'receipt_prints',
    'return_counters',
    'held_carts',
    'open_carts',
  ]
  const counts: Record<string, number> = {}
  for (const table of tables) {
    counts[table] = core.database.raw
      .prepare(`select count(*) from ${table}`)
      .pluck()
      .get() as number
  }
  return counts
}

/**
 * A second person on this till, written straight into `users` (people management has no
 * channel yet). Returns a caller for `core.route` acting as that person.
 */
export function addUser(core: TestCore, user: { id: string; name: string; role: Role }): Caller {
  core.database.raw
    .prepare(
      `insert into users (id, name, role, pin_hash, active, device_id, created_at)
       values (?, ?, ?, null, 1, 'test', ?)`,
    )
    .run(user.id, user.name, user.role, core.clock.now())
  // The permissions travel with the actor; built apart so the caller type stays open to it.
  const actor = {
    userId: user.id,
    name: user.name,
    role: user.role,
    permissions: new Set<Permission>(defaultRolePermissions[user.role]),
  }
  return { actor, locale: 'id' }
}

/** `core.call`, but as another caller (a cashier, a supervisor). */
export async function callAs<C extends Channel>(
  core: TestCore,
  caller: Caller,
  channel: C,
  input: InputOf<C>,
): Promise<Result<OutputOf<C>>> {
  return (await core.route(channel, input, caller)) as Result<OutputOf<C>>
}

/** The id of a location by its name (the bootstrap makes Galeri and Gudang). */
export async function locationId(core: TestCore, name: string): Promise<string> {
  const options = await core.must('catalog:options', {})
  const location = options.locations.find((l) => l.name === name)
  if (!location) throw new Error(`no location ${name}`)
  return location.id
}

/** On hand of one product at one location, read from the ledger itself. */
export function ledgerOnHand(core: TestCore, productId: string, locationId?: string): number {
  const sql = locationId
    ? 'select coalesce(sum(qty), 0) from stock_movements where product_id = ? and location_id = ?'
    : 'select coalesce(sum(qty), 0) from stock_movements where product_id = ?'
  const args = locationId ? [productId, locationId] : [productId]
  return core.database.raw
    .prepare(sql)
    .pluck()
    .get(...args) as number
}

/** Audit rows of one action, oldest first, with the detail parsed. */
export function auditRows(
  core: TestCore,
  action: string,
): Array<{
  action: string
  user_id: string
  reason: string | null
  ref_type: string | null
  ref_id: string | null
  detail: Record<string, unknown>
}> {
  const rows = core.database.raw
    .prepare(
      'select action, user_id, reason, ref_type, ref_id, detail from audit_log where action = ? order by rowid',
    )
    .all(action) as Array<{
    action: string
    user_id: string
    reason: string | null
    ref_type: string | null
    ref_id: string | null
    detail: string
  }>
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }))
}

/** The first admin the bootstrap created: who `core.call` acts as. */
export function adminUserId(core: TestCore): string {
  return core.database.raw
    .prepare("select id from users where role = 'admin' order by created_at, rowid limit 1")
    .pluck()
    .get() as string
}
