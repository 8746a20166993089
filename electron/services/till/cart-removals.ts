import type { Cart } from '../../../shared/till/cart'

/** A line that left the open cart, or got fewer units, between two saves. */
export interface CartRemoval {
  productId: string
  name: string
  qtyBefore: number
  qtyAfter: number
}

function unitsByProduct(cart: Cart | null): Map<string, { name: string; qty: number }> {
  const units = new Map<string, { name: string; qty: number }>()
  for (const line of cart?.lines ?? []) {
    const seen = units.get(line.productId)
    units.set(line.productId, { name: line.name, qty: (seen?.qty ?? 0) + line.qty })
  }
  return units
}

/**
 * What `next` takes away from `saved`, per product (a product on two lines counts once,
 * with its units summed, so splitting a line cannot hide a reduction). Additions and price
 * changes are not removals: the price rules are checked at checkout.
 */
export function cartRemovals(saved: Cart | null, next: Cart | null): CartRemoval[] {
  const after = unitsByProduct(next)
  const removals: CartRemoval[] = []
  for (const [productId, before] of unitsByProduct(saved)) {
    const qtyAfter = after.get(productId)?.qty ?? 0
    if (qtyAfter < before.qty) {
      removals.push({ productId, name: before.name, qtyBefore: before.qty, qtyAfter })
    }
  }
  return removals
}
