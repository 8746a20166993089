import type { buyerChannelNames } from '../../../shared/contracts/buyer.names'
import type { BuyerDisplay } from '../../services/buyer-display/buyer-display.service'
import type { BuyerScreenOpener } from '../../services/buyer-display/buyer-screen-opener'
import { AppError } from '../../services/core/errors'
import type { HandlerTable, PartialHandlerTable } from '../handler-types'

export function buyerHandlers(
  display: BuyerDisplay,
  open: BuyerScreenOpener | undefined,
): PartialHandlerTable<(typeof buyerChannelNames)[number]> {
  return {
    'buyer:open': {
      permission: 'sell',
      handle: () => {
        if (!open) throw new AppError('BUYER_SCREEN_UNAVAILABLE')
        return open()
      },
    },
    'buyer:showQris': {
      permission: 'sell',
      handle: (input) => display.showQris(input.amount),
    },
  }
}

/**
 * Lets the buyer's screen follow the till without the till's services knowing about it:
 * after each successful cart save, hold, resume or sale, main derives what the buyer sees.
 * The update is queued after the answer, so it never delays the cashier.
 */
export function observeForBuyerDisplay(
  handlers: HandlerTable,
  display: BuyerDisplay,
): HandlerTable {
  const afterCart = <C extends 'till:saveCart' | 'till:hold' | 'till:resume' | 'setup:complete'>(
    channel: C,
  ) => {
    const inner = handlers[channel]
    return {
      ...inner,
      handle: async (input: never, caller: never) => {
        const result = await inner.handle(input, caller)
        void display.cartChanged()
        return result
      },
    } as typeof inner
  }
  const checkout = handlers['sales:checkout']
  return {
    ...handlers,
    'till:saveCart': afterCart('till:saveCart'),
    'till:hold': afterCart('till:hold'),
    'till:resume': afterCart('till:resume'),
    // The wizard names the shop: the buyer's welcome, shown since start, greets with it at once.
    'setup:complete': afterCart('setup:complete'),
    'sales:checkout': {
      ...checkout,
      handle: async (input: never, caller: never) => {
        const sale = await checkout.handle(input, caller)
        void display.saleCompleted(sale)
        return sale
      },
    } as typeof checkout,
  }
}
