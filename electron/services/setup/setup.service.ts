import type { Kysely } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { Database } from '../../db/schema'
import { recordAudit } from '../core/audit-writer'
import { hashPin } from '../auth/pin-hash'
import { seedRolePermissions } from '../auth/auth.service'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { DEFAULT_STORED_PRINTER } from '../printing/printer-settings.service'
import { createSettingsService } from '../settings/settings.service'

export type SetupInput = ParsedInputOf<'setup:complete'>

const SETUP_MARK = 'setup.completedAt'

/** Setup is done once its mark exists; the mark is written only with the first admin's PIN. */
export async function isSetUp(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('settings')
    .select('key')
    .where('key', '=', SETUP_MARK)
    .executeTakeFirst()
  return row !== undefined
}

/** What the receipt prints under the shop's name: the header lines, then address and numbers. */
export function receiptHeaderLines(shop: SetupInput['shop']): string[] {
  return [
    ...shop.receiptHeader,
    ...shop.address
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    `Telp. ${shop.phone}`,
    ...(shop.npwp === '' ? [] : [`NPWP ${shop.npwp}`]),
  ]
}

/**
 * The first-run wizard's one write: the shop, this till's code and kind, and the first admin
 * with a PIN, in one transaction. Before it, every other channel is refused (see
 * electron/ipc/setup-gate.ts); after it, this one is. A second submit — a double click, two
 * windows — finds the mark and is refused, and the mark's primary key refuses it even if two
 * transactions ever ran side by side.
 */
export function createSetupService(ctx: ServiceContext) {
  const { db } = ctx
  // Setup never goes back, so once seen done it is not read again.
  let known = false

  async function done(): Promise<boolean> {
    if (!known) known = await isSetUp(db)
    return known
  }

  async function complete(input: SetupInput): Promise<Actor> {
    if (await done()) throw new AppError('SETUP_DONE')
    // scrypt is slow on purpose: never inside the transaction.
    const pinHash = await hashPin(input.admin.pin)
    const adminId = ctx.ids.next()
    const now = ctx.clock.now()
    try {
      await db.transaction().execute(async (trx) => {
        if (await isSetUp(trx)) throw new AppError('SETUP_DONE')
        const settings = createSettingsService(trx)
        const sold = await trx.selectFrom('sales').select('id').limit(1).executeTakeFirst()
        const code = await settings.get('device.code')
        if (sold && code !== undefined && code !== input.till.code) {
          throw new AppError('TILL_CODE_FROZEN', { code })
        }
        await settings.set('locale', input.locale)
        await settings.set('device.code', input.till.code)
        await settings.set('device.kind', input.till.kind)
        await settings.set('store.name', input.shop.name)
        await settings.set('store.address', receiptHeaderLines(input.shop))
        await settings.set('store.phone', input.shop.phone)
        await settings.set('store.npwp', input.shop.npwp)
        const printer = (await settings.get('printing.receipt')) ?? DEFAULT_STORED_PRINTER
        await settings.set('printing.receipt', {
          ...DEFAULT_STORED_PRINTER,
          ...printer,
          footerLines: input.shop.receiptFooter,
        })
        await trx
          .insertInto('users')
          .values({
            id: adminId,
            name: input.admin.name,
            role: 'admin',
            pin_hash: pinHash,
            device_id: ctx.deviceId,
            created_at: now,
          })
          .execute()
        await seedRolePermissions(trx)
        // A plain insert: the key is the primary key, so only one setup can ever land.
        await trx
          .insertInto('settings')
          .values({ key: SETUP_MARK, value: JSON.stringify(now) })
          .execute()
        const actor: Actor = {
          userId: adminId,
          name: input.admin.name,
          role: 'admin',
          permissions: new Set(),
        }
        await recordAudit(trx, ctx, actor, {
          action: 'setup.complete',
          detail: { tillCode: input.till.code, tillKind: input.till.kind, shop: input.shop.name },
        })
      })
    } catch (error) {
      if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
        throw new AppError('SETUP_DONE')
      }
      throw error
    }
    known = true
    return { userId: adminId, name: input.admin.name, role: 'admin', permissions: new Set() }
  }

  return { done, complete }
}

export type SetupService = ReturnType<typeof createSetupService>
