import type { ReservationDto } from '../../../../shared/orders/orders-dto'

export interface EatenLine {
  productId: string
  name: string
  qty: number
  /** What the counter could sell without touching an order's stock (never below 0). */
  free: number
}

/** The cart lines that take more than is free to sell while an open order holds some back. */
export function linesEatingReservations(
  lines: ReadonlyArray<{ productId: string; name: string; qty: number }>,
  reservations: readonly ReservationDto[],
): EatenLine[] {
  const byId = new Map(reservations.map((r) => [r.productId, r]))
  return lines.flatMap((l) => {
    const r = byId.get(l.productId)
    if (!r || r.reserved === 0 || l.qty <= r.free) return []
    return [{ productId: l.productId, name: l.name, qty: l.qty, free: Math.max(0, r.free) }]
  })
}
