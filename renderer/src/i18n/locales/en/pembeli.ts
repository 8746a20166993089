import type { pembeli as id } from '../id/pembeli'
import type { Translation } from '../../translation-type'

export const pembeli: Translation<typeof id> = {
  open: 'Buyer screen',
  openHint: 'Open a screen for the buyer on a second monitor or a new tab',
  openFailed: 'The buyer screen cannot be opened: {{message}}',
  popupBlocked:
    'The browser held back the new tab. Allow pop-ups for this address, then try again.',
  title: 'Buyer screen',
  welcome: 'Welcome to {{shop}}',
  items: 'Items',
  product: 'Item',
  qty: 'Qty',
  amount: 'Price',
  subtotal: 'Subtotal',
  discount: 'Discount',
  total: 'Total',
  scanQris: 'Scan the QRIS with your banking or e-wallet app',
  qrisAlt: 'QRIS code for {{amount}}',
  thanks: 'Thank you for shopping at {{shop}}',
  paid: 'Paid',
  change: 'Change',
  connecting: 'Connecting to the till…',
  noKey: 'Open this screen from the "Buyer screen" button on the till.',
}
