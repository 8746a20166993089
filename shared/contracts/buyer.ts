import { z } from 'zod'
import { emptyInput, rupiah } from '../schemas'
import { channel } from './common'

/** How the buyer screen was opened: a window by main (Electron), or a tab the till opens. */
export type BuyerScreenOpened =
  | { kind: 'window' }
  /** Browser mode: a path on this server carrying a key that can only read the buyer stream. */
  | { kind: 'tab'; path: string }

/** The buyer's screen at the booth. Spread into the main contract. */
export const buyerContract = {
  /** Electron opens (or brings forward) the buyer window; browser mode answers the tab's path. */
  'buyer:open': channel<BuyerScreenOpened>()(emptyInput),
  /**
   * The till's QRIS dialog is showing `amount` (null: it closed). Main builds the dynamic QRIS
   * from its own static QRIS and shows it to the buyer; the payload is answered too.
   */
  'buyer:showQris': channel<{ payload: string | null }>()(
    z.strictObject({ amount: rupiah.min(1).nullable() }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
