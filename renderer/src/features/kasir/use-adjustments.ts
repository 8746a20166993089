import { useState } from 'react'
import type { AdjustResult, AdjustTarget } from './AdjustDialog'
import { selectedLine, type TillCart } from './cart'
import type { useCart } from './use-cart'
import type { useSearchFocus } from './use-search-focus'

interface Deps {
  cart: TillCart
  till: Pick<ReturnType<typeof useCart>, 'overridePrice' | 'setLineDiscount' | 'setCartDiscount'>
  /** Called once an adjustment is applied: the till's messages are about the old cart. */
  onApplied(): void
  searchFocus: ReturnType<typeof useSearchFocus>
}

/**
 * The price changes a cashier makes (F6 line discount, Shift+F6 cart discount, F7 price override):
 * which one the dialog is open for, and what applying it does to the cart. With nothing to
 * adjust (no line selected, an empty cart) the key just returns to the search box.
 */
export function useAdjustments({ cart, till, onApplied, searchFocus }: Deps) {
  const [target, setTarget] = useState<AdjustTarget | null>(null)
  const line = selectedLine(cart)

  return {
    target,
    openLineDiscount: () => {
      if (!line) return searchFocus.now()
      setTarget({ mode: 'lineDiscount', name: line.name, current: line.discount ?? null })
    },
    openCartDiscount: () => {
      if (cart.lines.length === 0) return searchFocus.now()
      setTarget({ mode: 'cartDiscount', current: cart.cartDiscount ?? null })
    },
    openOverride: () => {
      if (!line) return searchFocus.now()
      setTarget({
        mode: 'override',
        name: line.name,
        listPrice: line.listPrice,
        unitPrice: line.unitPrice,
        reason: line.overrideReason ?? null,
      })
    },
    apply: (result: AdjustResult) => {
      if (result.mode === 'override') {
        if (line) till.overridePrice(line.productId, result.unitPrice, result.reason)
      } else if (result.mode === 'lineDiscount') {
        if (line) till.setLineDiscount(line.productId, result.discount)
      } else till.setCartDiscount(result.discount)
      onApplied()
      setTarget(null)
      searchFocus.afterDialog()
    },
    close: () => {
      setTarget(null)
      searchFocus.afterDialog()
    },
  }
}
