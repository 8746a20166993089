import type { SaleDto } from '../../../shared/sales/sales-dto'
import type { BuyerDisplayQris, BuyerDisplayState } from '../../../shared/push/buyer-display'
import { qrisWithAmount } from '../../../shared/qris'
import { priceCart, PricingError } from '../../../shared/till/pricing'
import type { Cart } from '../../../shared/till/cart'
import type { ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'
import type { TillCartService } from '../till/till-cart.service'
import type { TillSettingsService } from '../till/till-settings.service'
import type { TopicHub } from '../push/topic-hub'

const TOPIC = 'buyer-display'
/** The receipt's store name; the same default as the printer settings. */
const DEFAULT_SHOP_NAME = 'Etalase'
const NO_ROUNDING = { unit: 0, mode: 'nearest' } as const

export interface BuyerDisplayDeps {
  ctx: Pick<ServiceContext, 'db'>
  tillCart: Pick<TillCartService, 'openCart'>
  till: Pick<TillSettingsService, 'get'>
  settings: Pick<SettingsService, 'get'>
  hub: TopicHub
  logError?: (error: unknown) => void
}

/**
 * Keeps the buyer's screen in step with the till, from main's own records: the open cart as
 * saved (names read back from the catalogue, amounts from the shared pricing), the QRIS the
 * till is showing (built here from the stored static QRIS, exactly as the till builds it) and
 * the sale just recorded. Updates run one after another in the order they were asked for, so
 * a late cart save can never paint over a newer state.
 */
export function createBuyerDisplay(deps: BuyerDisplayDeps) {
  const { hub } = deps
  let queue: Promise<void> = Promise.resolve()
  let qris: BuyerDisplayQris | null = null
  let phase: BuyerDisplayState['phase'] = 'welcome'

  const shopName = async () => (await deps.settings.get('store.name')) ?? DEFAULT_SHOP_NAME

  /** Runs one update after the previous; a failure is logged, never thrown at the till. */
  function enqueue(update: () => Promise<void>): Promise<void> {
    queue = queue.then(update).catch((error: unknown) => deps.logError?.(error))
    return queue
  }

  async function cartState(cart: Cart): Promise<BuyerDisplayState> {
    const ids = [...new Set(cart.lines.map((l) => l.productId))]
    const rows =
      ids.length === 0
        ? []
        : await deps.ctx.db
            .selectFrom('products')
            .select(['id', 'name'])
            .where('id', 'in', ids)
            .execute()
    const names = new Map(rows.map((r) => [r.id, r.name]))
    let lineAmounts: number[]
    let discount = 0
    let subtotal: number
    try {
      const priced = priceCart(cart.lines, cart.cartDiscount, NO_ROUNDING, false)
      lineAmounts = priced.lines.map((l) => l.total)
      subtotal = priced.subtotal
      discount = priced.cartDiscount
    } catch (error) {
      // The till shows the same undiscounted figures while it asks the cashier to fix it.
      if (!(error instanceof PricingError)) throw error
      lineAmounts = cart.lines.map((l) => l.qty * l.unitPrice)
      subtotal = lineAmounts.reduce((a, b) => a + b, 0)
    }
    return {
      phase: 'cart',
      shopName: await shopName(),
      lines: cart.lines.map((line, i) => ({
        // A product missing from the catalogue cannot be sold either; show its SKU, not text.
        name: names.get(line.productId) ?? line.sku,
        qty: line.qty,
        amount: lineAmounts[i] ?? 0,
      })),
      subtotal,
      discount,
      total: subtotal - discount,
      qris,
    }
  }

  async function publishCart(): Promise<void> {
    const cart = await deps.tillCart.openCart()
    if (!cart || cart.lines.length === 0) {
      qris = null
      // The thank-you stays up until the next customer's first scan.
      if (phase === 'thanks') return
      phase = 'welcome'
      hub.publish(TOPIC, { phase: 'welcome', shopName: await shopName() })
      return
    }
    phase = 'cart'
    hub.publish(TOPIC, await cartState(cart))
  }

  return {
    /** The open cart changed (saved, held, resumed) or the app started. */
    cartChanged: () => enqueue(publishCart),

    /** The till's QRIS dialog shows `amount`, or closed (null). Answers the payload shown. */
    async showQris(amount: number | null): Promise<{ payload: string | null }> {
      let payload: string | null = null
      // Inside the queue: a close and a reopen arriving back to back keep their order.
      await enqueue(async () => {
        const { qrisStatic } = await deps.till.get()
        payload = amount !== null && qrisStatic ? qrisWithAmount(qrisStatic, amount) : null
        qris = payload !== null && amount !== null ? { payload, amount } : null
        const cart = await deps.tillCart.openCart()
        if (cart && cart.lines.length > 0) {
          phase = 'cart'
          hub.publish(TOPIC, await cartState(cart))
        }
      })
      return { payload }
    },

    /** A sale was recorded: thank the buyer, with the change. */
    saleCompleted: (sale: Pick<SaleDto, 'total' | 'paid' | 'change'>) =>
      enqueue(async () => {
        qris = null
        phase = 'thanks'
        hub.publish(TOPIC, {
          phase: 'thanks',
          shopName: await shopName(),
          total: sale.total,
          paid: sale.paid,
          change: sale.change,
        })
      }),

    /** Resolves when every update asked for so far has been published. */
    settled: () => queue,
  }
}

export type BuyerDisplay = ReturnType<typeof createBuyerDisplay>
