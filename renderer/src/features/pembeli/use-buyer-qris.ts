import { useEffect } from 'react'
import { call } from '../../api/client'

// One at a time, in order: a close followed at once by a reopen must reach main in that order.
let sending: Promise<unknown> = Promise.resolve()
const showOnBuyerScreen = (amount: number | null) => {
  sending = sending
    .then(() => call('buyer:showQris', { amount }))
    .catch(() => {
      // The buyer screen is a courtesy: the till's own dialog still shows the code.
    })
}

/**
 * Tells main which QRIS amount the till's dialog shows, so the buyer's screen shows the same
 * code. Only the amount travels; main builds the payload from its own stored QRIS.
 */
export function useBuyerQris(amount: number | null) {
  useEffect(() => {
    if (amount === null || amount <= 0) return
    showOnBuyerScreen(amount)
    return () => showOnBuyerScreen(null)
  }, [amount])
}
