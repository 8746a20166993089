import type { StockDocDto } from '../../../../shared/stock/stock-dto'
import type { LabelItem } from '../labels/label-items'

/** One label per unit received, capped where `labels:render` caps one product's copies. */
const MAX_LABELS = 500

export function labelsFor(doc: Pick<StockDocDto, 'lineItems'>): LabelItem[] {
  return doc.lineItems.map((l) => ({ productId: l.productId, copies: Math.min(MAX_LABELS, l.qty) }))
}
