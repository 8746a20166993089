import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useChannel } from '../../api/hooks'
import type { TillCart } from './cart'
import type { useSearchFocus } from './use-search-focus'

interface Deps {
  cart: TillCart
  till: {
    hold(current: TillCart, label: string): Promise<void>
    resume(id: string): Promise<void>
  }
  /** The tenders typed for the cart that leaves the counter go with it. */
  resetTenders(): void
  searchFocus: ReturnType<typeof useSearchFocus>
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Parking a cart and bringing one back (F8 hold, F9 held carts): the two dialogs' state, the
 * held list from main, and the search box focused again once a cart has moved.
 */
export function useHeldCarts({ cart, till, resetTenders, searchFocus }: Deps) {
  const { t } = useTranslation('kasir')
  const held = useChannel('till:held', {})
  const [holdOpen, setHoldOpen] = useState(false)
  const [heldOpen, setHeldOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const carts = held.data ?? []
  const nextLabel = t('hold.defaultLabel', { n: carts.length + 1 })

  /** Runs a move of carts; the dialog stays open with main's refusal if it fails. */
  const move = async (work: () => Promise<void>, close: () => void) => {
    setBusy(true)
    try {
      await work()
      resetTenders()
      close()
      void held.refetch()
      searchFocus.afterDialog()
    } catch (e) {
      setError(messageOf(e))
    } finally {
      setBusy(false)
    }
  }

  return {
    carts,
    nextLabel,
    holdOpen,
    heldOpen,
    busy,
    error,
    openHold: () => {
      if (cart.lines.length === 0) return searchFocus.now()
      setError(null)
      setHoldOpen(true)
    },
    hold: (label: string) =>
      move(
        () => till.hold(cart, label),
        () => setHoldOpen(false),
      ),
    closeHold: () => {
      setHoldOpen(false)
      searchFocus.afterDialog()
    },
    openHeld: () => {
      setError(null)
      void held.refetch()
      setHeldOpen(true)
    },
    resume: (id: string) =>
      move(
        async () => {
          // The cart on the counter is parked first, so resuming never loses a sale.
          if (cart.lines.length > 0) await till.hold(cart, nextLabel)
          await till.resume(id)
        },
        () => setHeldOpen(false),
      ),
    closeHeld: () => {
      setHeldOpen(false)
      searchFocus.afterDialog()
    },
  }
}
