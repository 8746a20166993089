/** One product of a label run and how many labels it gets. */
export interface LabelItem {
  productId: string
  copies: number
}

const MAX_COPIES = 500

/** Merges repeats of a product and keeps each count within what `labels:render` accepts. */
export function normaliseLabelItems(items: readonly LabelItem[]): LabelItem[] {
  const merged = new Map<string, number>()
  for (const item of items) {
    merged.set(item.productId, (merged.get(item.productId) ?? 0) + Math.max(1, item.copies))
  }
  return [...merged].map(([productId, copies]) => ({
    productId,
    copies: Math.min(MAX_COPIES, Math.max(1, Math.trunc(copies))),
  }))
}
