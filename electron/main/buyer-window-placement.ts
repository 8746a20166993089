export interface DisplayArea {
  id: number
  bounds: { x: number; y: number; width: number; height: number }
}

export type BuyerWindowPlacement =
  { fullscreen: true; bounds: DisplayArea['bounds'] } | { fullscreen: false; bounds: null }

/**
 * Where the buyer's window goes: full screen on a display other than the till's (the monitor
 * turned towards the buyer), or, with one display, a normal window the cashier can move.
 */
export function placeBuyerWindow(
  displays: readonly DisplayArea[],
  tillDisplayId: number | null,
): BuyerWindowPlacement {
  const other = displays.find((d) => d.id !== tillDisplayId)
  if (displays.length > 1 && other) return { fullscreen: true, bounds: other.bounds }
  return { fullscreen: false, bounds: null }
}
