import type { HeldCartDto } from '../../shared/dto'
import { cartSchema, type Cart } from '../../shared/till/cart'
import { recordAudit } from './audit'
import type { Actor, ServiceContext } from './context'
import { AppError } from './errors'

/**
 * The till's drafts. The open cart is written on every change (synchronous=FULL), so a
 * crash, a kill or a power cut reopens the till exactly as it was; held carts are parked
 * with a label and resumed later, several at a time.
 */
export function createTillCartService(ctx: ServiceContext) {
  const { db } = ctx

  async function openCart(): Promise<Cart | null> {
    const row = await db
      .selectFrom('open_carts')
      .select('cart')
      .where('device_id', '=', ctx.deviceId)
      .executeTakeFirst()
    if (!row) return null
    const parsed = cartSchema.safeParse(JSON.parse(row.cart))
    return parsed.success ? parsed.data : null
  }

  async function saveCart(cart: Cart | null): Promise<null> {
    if (cart === null || (cart.lines.length === 0 && !cart.cartDiscount)) {
      await db.deleteFrom('open_carts').where('device_id', '=', ctx.deviceId).execute()
      return null
    }
    // A cart whose id already became a sale is stale (the reply was lost); never resurrect it.
    const sold = await db
      .selectFrom('sales')
      .select('id')
      .where('id', '=', cart.id)
      .executeTakeFirst()
    if (sold) {
      await db.deleteFrom('open_carts').where('device_id', '=', ctx.deviceId).execute()
      return null
    }
    const json = JSON.stringify(cart)
    await db
      .insertInto('open_carts')
      .values({ device_id: ctx.deviceId, cart: json, updated_at: ctx.clock.now() })
      .onConflict((oc) =>
        oc.column('device_id').doUpdateSet({ cart: json, updated_at: ctx.clock.now() }),
      )
      .execute()
    return null
  }

  async function hold(actor: Actor, cart: Cart, label: string): Promise<HeldCartDto> {
    const id = ctx.ids.next()
    const now = ctx.clock.now()
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('held_carts')
        .values({
          id,
          label,
          cart: JSON.stringify({ ...cart, label }),
          user_id: actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      await trx.deleteFrom('open_carts').where('device_id', '=', ctx.deviceId).execute()
    })
    return {
      id,
      label,
      createdAt: new Date(now).toISOString(),
      items: cart.lines.reduce((s, l) => s + l.qty, 0),
      userName: actor.name,
    }
  }

  async function held(): Promise<HeldCartDto[]> {
    const rows = await db
      .selectFrom('held_carts as h')
      .innerJoin('users as u', 'u.id', 'h.user_id')
      .select(['h.id', 'h.label', 'h.cart', 'h.created_at', 'u.name'])
      .where('h.device_id', '=', ctx.deviceId)
      .orderBy('h.created_at')
      .execute()
    return rows.map((r) => {
      const cart = JSON.parse(r.cart) as Cart
      return {
        id: r.id,
        label: r.label,
        createdAt: new Date(r.created_at).toISOString(),
        items: cart.lines.reduce((s, l) => s + l.qty, 0),
        userName: r.name,
      }
    })
  }

  /** Takes a held cart back: it becomes the open cart and leaves the held list. */
  async function resume(id: string): Promise<Cart> {
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('held_carts')
        .select('cart')
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) throw new AppError('NOT_FOUND')
      const cart = cartSchema.parse(JSON.parse(row.cart))
      await trx.deleteFrom('held_carts').where('id', '=', id).execute()
      await trx
        .insertInto('open_carts')
        .values({ device_id: ctx.deviceId, cart: row.cart, updated_at: ctx.clock.now() })
        .onConflict((oc) =>
          oc.column('device_id').doUpdateSet({ cart: row.cart, updated_at: ctx.clock.now() }),
        )
        .execute()
      return cart
    })
  }

  /** A line taken out after it was scanned leaves a trace: who, what, why. */
  async function recordRemoval(
    actor: Actor,
    line: { productId: string; name: string; qty: number; reason?: string | undefined },
  ) {
    await db.transaction().execute((trx) =>
      recordAudit(trx, ctx, actor, {
        action: 'cart.removeLine',
        reason: line.reason ?? null,
        refType: 'product',
        refId: line.productId,
        detail: { name: line.name, qty: line.qty },
      }),
    )
    return null
  }

  return { openCart, saveCart, hold, held, resume, recordRemoval }
}

export type TillCartService = ReturnType<typeof createTillCartService>
