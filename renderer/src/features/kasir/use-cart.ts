import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { InputOf } from '../../../../shared/contract'
import type { Adjustment } from '../../../../shared/till/pricing'
import { call } from '../../api/client'
import {
  addProduct,
  changeQty,
  emptyCart,
  fromSavedCart,
  moveSelection,
  overridePrice,
  removeLine,
  selectLine,
  setCartDiscount,
  setLineDiscount,
  setQty,
  toSavedCart,
  type SellableProduct,
  type TillCart,
} from './cart'

const newCart = () => emptyCart(crypto.randomUUID())

/**
 * Keeps the open cart where a crash cannot take it: every change is written to main
 * (`till:saveCart`, one write in flight at a time, the newest wins), and the till reopens
 * whatever was left open. Nothing is written until the saved cart has been read back,
 * or an empty start would erase it.
 */
function useOpenCartPersistence(cart: TillCart, restore: (saved: TillCart) => void) {
  const [ready, setReady] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const pending = useRef<string | null>(null)
  const lastSaved = useRef<string | null>(null)
  const writing = useRef(false)

  useEffect(() => {
    let live = true
    call('till:openCart', {})
      .then((saved) => {
        if (live && saved && saved.lines.length > 0) restore(fromSavedCart(saved))
      })
      .catch(() => {
        // An unreadable draft is not worth blocking the till for: start a new cart.
      })
      .finally(() => {
        if (live) setReady(true)
      })
    return () => {
      live = false
    }
  }, [restore])

  const flush = useCallback(async () => {
    if (writing.current) return
    writing.current = true
    try {
      while (pending.current !== null && pending.current !== lastSaved.current) {
        const json = pending.current
        const saved = JSON.parse(json) as ReturnType<typeof toSavedCart>
        try {
          await call('till:saveCart', { cart: saved.lines.length > 0 ? saved : null })
          lastSaved.current = json
          setError(null)
        } catch (failure) {
          setError(failure instanceof Error ? failure.message : String(failure))
          break
        }
      }
    } finally {
      writing.current = false
    }
  }, [])

  const json = useMemo(() => JSON.stringify(toSavedCart(cart)), [cart])
  useEffect(() => {
    if (!ready) return
    pending.current = json
    void flush()
  }, [json, ready, flush])

  return { ready, error }
}

/** Sends a removal; the till passes its approval-aware call so a refusal asks a supervisor. */
type RemoveLineCall = (input: InputOf<'till:removeLine'>) => Promise<unknown>

const plainRemove: RemoveLineCall = (input) => call('till:removeLine', input)

/** The till's cart: pure operations from `cart.ts` over React state, saved as it changes. */
export function useCart(removeLineCall: RemoveLineCall = plainRemove) {
  const [cart, setCart] = useState<TillCart>(newCart)
  const restore = useCallback(
    (saved: TillCart) => setCart((current) => (current.lines.length === 0 ? saved : current)),
    [],
  )
  const persistence = useOpenCartPersistence(cart, restore)

  const actions = useMemo(
    () => ({
      add: (product: SellableProduct, qty = 1) => setCart((c) => addProduct(c, product, qty)),
      setQty: (productId: string, qty: number) => setCart((c) => setQty(c, productId, qty)),
      changeSelectedQty: (delta: number) =>
        setCart((c) => (c.selected ? changeQty(c, c.selected, delta) : c)),
      select: (productId: string) => setCart((c) => selectLine(c, productId)),
      moveSelection: (delta: number) => setCart((c) => moveSelection(c, delta)),
      /** A line taken out after it was scanned leaves a trace in the audit trail first. */
      remove: async (productId: string, current: TillCart) => {
        const line = current.lines.find((l) => l.productId === productId)
        if (!line) return
        await removeLineCall({ productId, name: line.name, qty: line.qty })
        setCart((c) => removeLine(c, productId))
      },
      /** Abandons the sale: every line is recorded as removed, then a new cart begins. */
      abandon: async (current: TillCart) => {
        for (const line of current.lines) {
          await call('till:removeLine', {
            productId: line.productId,
            name: line.name,
            qty: line.qty,
          })
        }
        setCart(newCart())
      },
      setLineDiscount: (productId: string, discount: Adjustment | null) =>
        setCart((c) => setLineDiscount(c, productId, discount)),
      overridePrice: (productId: string, unitPrice: number, reason: string | null) =>
        setCart((c) => overridePrice(c, productId, unitPrice, reason)),
      setCartDiscount: (discount: Adjustment | null) =>
        setCart((c) => setCartDiscount(c, discount)),
      /** Parks the cart under a label (kept by main) and begins a new one. */
      hold: async (current: TillCart, label: string) => {
        await call('till:hold', { cart: toSavedCart(current), label })
        setCart(newCart())
      },
      /** Brings a held cart back as the open cart. */
      resume: async (id: string) => {
        const saved = await call('till:resume', { id })
        setCart(fromSavedCart(saved))
      },
      /** After a confirmed sale: the paid cart is gone, a new one (with a new id) begins. */
      reset: () => setCart(newCart()),
    }),
    [removeLineCall],
  )

  return { cart, ...actions, restored: persistence.ready, saveError: persistence.error }
}
