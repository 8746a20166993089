import type { HeldCartDto } from '../../../shared/till/till-dto'
import { cartSchema, type Cart } from '../../../shared/till/cart'
import { recordAudit } from '../core/audit-writer'
import type { Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import { cartRemovals, type CartRemoval } from './cart-removals'
import type { Actor, Authorize, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'

/**
 * The till's drafts. The open cart is written on every change (synchronous=FULL), so a
 * crash, a kill or a power cut reopens the till exactly as it was; held carts are parked
 * with a label and resumed later, several at a time.
 */
export function createTillCartService(ctx: ServiceContext) {
  const { db } = ctx

  type Trx = Transaction<Database>

  async function savedCart(trx: Trx): Promise<Cart | null> {
    const row = await trx
      .selectFrom('open_carts')
      .select('cart')
      .where('device_id', '=', ctx.deviceId)
      .executeTakeFirst()
    if (!row) return null
    const parsed = cartSchema.safeParse(JSON.parse(row.cart))
    if (!parsed.success) return null
    // A cart whose id already became a sale was paid, not emptied: nothing in it is removed.
    const sold = await trx
      .selectFrom('sales')
      .select('id')
      .where('id', '=', parsed.data.id)
      .executeTakeFirst()
    return sold ? null : parsed.data
  }

  /**
   * Every unit that leaves the open cart needs `cart.removeLine` (or a supervisor's approval)
   * and leaves an audit row: who, which product, how many before and after. Runs inside the
   * transaction that writes the new cart, so parallel saves are compared one after another
   * with what is really saved, and none can slip a removal past the check.
   */
  async function checkRemovals(
    trx: Trx,
    actor: Actor,
    authorize: Authorize,
    removals: CartRemoval[],
    reason: string | null,
  ): Promise<void> {
    if (removals.length === 0) return
    authorize('cart.removeLine')
    for (const removal of removals) {
      await recordAudit(trx, ctx, actor, {
        action: 'cart.removeLine',
        reason,
        refType: 'product',
        refId: removal.productId,
        detail: {
          name: removal.name,
          qty: removal.qtyBefore - removal.qtyAfter,
          qtyBefore: removal.qtyBefore,
          qtyAfter: removal.qtyAfter,
        },
      })
    }
  }

  async function writeOpenCart(trx: Trx, cart: Cart | null): Promise<void> {
    if (cart === null || (cart.lines.length === 0 && !cart.cartDiscount)) {
      await trx.deleteFrom('open_carts').where('device_id', '=', ctx.deviceId).execute()
      return
    }
    const json = JSON.stringify(cart)
    await trx
      .insertInto('open_carts')
      .values({ device_id: ctx.deviceId, cart: json, updated_at: ctx.clock.now() })
      .onConflict((oc) =>
        oc.column('device_id').doUpdateSet({ cart: json, updated_at: ctx.clock.now() }),
      )
      .execute()
  }

  async function openCart(): Promise<Cart | null> {
    return db.transaction().execute(savedCart)
  }

  async function saveCart(actor: Actor, authorize: Authorize, cart: Cart | null): Promise<null> {
    await db.transaction().execute(async (trx) => {
      const saved = await savedCart(trx)
      // A cart whose id already became a sale is stale (the reply was lost); never resurrect it.
      if (cart !== null) {
        const sold = await trx
          .selectFrom('sales')
          .select('id')
          .where('id', '=', cart.id)
          .executeTakeFirst()
        if (sold) return
      }
      await checkRemovals(trx, actor, authorize, cartRemovals(saved, cart), null)
      await writeOpenCart(trx, cart)
    })
    return null
  }

  /** Parks the cart; units the till had saved but the parked cart lacks count as removed. */
  async function hold(
    actor: Actor,
    authorize: Authorize,
    cart: Cart,
    label: string,
  ): Promise<HeldCartDto> {
    const id = ctx.ids.next()
    const now = ctx.clock.now()
    await db.transaction().execute(async (trx) => {
      const saved = await savedCart(trx)
      await checkRemovals(trx, actor, authorize, cartRemovals(saved, cart), null)
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

  /**
   * Takes a held cart back: it becomes the open cart and leaves the held list. Whatever was
   * open is replaced, so its units count as removed (the till parks it first).
   */
  async function resume(actor: Actor, authorize: Authorize, id: string): Promise<Cart> {
    return db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('held_carts')
        .select('cart')
        .where('id', '=', id)
        .executeTakeFirst()
      if (!row) throw new AppError('NOT_FOUND')
      const cart = cartSchema.parse(JSON.parse(row.cart))
      const saved = await savedCart(trx)
      await checkRemovals(trx, actor, authorize, cartRemovals(saved, cart), null)
      await trx.deleteFrom('held_carts').where('id', '=', id).execute()
      await writeOpenCart(trx, cart)
      return cart
    })
  }

  /**
   * The till's own "remove this line" (with its reason): main takes the line out of the saved
   * cart and records it, so the save that follows finds nothing more removed. A line the till
   * had not saved yet is recorded with the units the till reports.
   */
  async function removeLine(
    actor: Actor,
    line: { productId: string; name: string; qty: number; reason?: string | undefined },
  ): Promise<null> {
    await db.transaction().execute(async (trx) => {
      const saved = await savedCart(trx)
      const next = saved && {
        ...saved,
        lines: saved.lines.filter((l) => l.productId !== line.productId),
      }
      const removals = cartRemovals(saved, next)
      if (removals.length === 0) {
        removals.push({
          productId: line.productId,
          name: line.name,
          qtyBefore: line.qty,
          qtyAfter: 0,
        })
      }
      // The channel itself needs cart.removeLine, checked by the router before this runs.
      await checkRemovals(trx, actor, () => undefined, removals, line.reason ?? null)
      if (saved) await writeOpenCart(trx, next)
    })
    return null
  }

  return { openCart, saveCart, hold, held, resume, removeLine }
}

export type TillCartService = ReturnType<typeof createTillCartService>
