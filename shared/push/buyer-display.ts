/**
 * What the buyer's screen shows, derived in main from what main knows: the saved open cart,
 * the QRIS being shown and the sale just recorded. Names come from the catalogue, amounts
 * from the shared pricing code; nothing here is free text sent by the till's window.
 */
export interface BuyerDisplayLine {
  name: string
  qty: number
  /** qty × unit price, after the line's own discount: what the cashier's screen shows. */
  amount: number
}

export interface BuyerDisplayQris {
  /** The dynamic QRIS payload: the same string the cashier's QRIS dialog encodes. */
  payload: string
  amount: number
}

export type BuyerDisplayState =
  | { phase: 'welcome'; shopName: string }
  | {
      phase: 'cart'
      shopName: string
      lines: BuyerDisplayLine[]
      /** Sum of the line amounts. */
      subtotal: number
      /** Off the whole sale (cart discount). */
      discount: number
      total: number
      qris: BuyerDisplayQris | null
    }
  | { phase: 'thanks'; shopName: string; total: number; paid: number; change: number }
