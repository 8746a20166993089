/**
 * Tells a keyboard-wedge scanner from a person. A scanner "types" the code in a burst,
 * each key well under 50 ms after the last, and ends it with Enter; people are slower,
 * even fast typists, over four or more keys. That only matters inside a text field, where
 * a person's typing must stay typing. Outside one (focus on the page, a button, a dialog)
 * keys have no other meaning, so a code keyed in by hand from a damaged label counts too.
 * Pure and clock-free: callers pass the events' own time stamps.
 */
export const SCAN_MAX_GAP_MS = 50
/** Enter may trail the last character a little more (some scanners pause before the suffix). */
export const SCAN_MAX_ENTER_GAP_MS = 100
export const SCAN_MIN_LENGTH = 4
/** Outside a field, a pause this long means the keys before it were something else. */
export const KEYED_MAX_GAP_MS = 2_000

export interface Scan<Origin> {
  code: string
  /** What the caller recorded when the burst began (for the till: the focused field's text). */
  origin: Origin
}

export class ScanDetector<Origin> {
  private chars: string[] = []
  private lastAt = Number.NEGATIVE_INFINITY
  private lastGap = Number.POSITIVE_INFINITY
  private origin: Origin | null = null
  private inField = false

  /**
   * A printable key. `inField` says whether it lands in a text field; a key that is too slow
   * for the burst it would join (or lands elsewhere) starts a new one, remembering `origin()`.
   */
  char(key: string, at: number, inField: boolean, origin: () => Origin): void {
    const gap = at - this.lastAt
    const limit = this.inField ? SCAN_MAX_GAP_MS : KEYED_MAX_GAP_MS
    if (this.chars.length === 0 || inField !== this.inField || gap >= limit) {
      this.chars = []
      this.inField = inField
      this.origin = origin()
    }
    this.chars.push(key)
    this.lastAt = at
    this.lastGap = gap
  }

  /** Enter: the scan it completes, or null when the keys before it were typing. */
  enter(at: number): Scan<Origin> | null {
    const gap = at - this.lastAt
    const isScan =
      this.chars.length >= SCAN_MIN_LENGTH &&
      gap < (this.inField ? SCAN_MAX_ENTER_GAP_MS : KEYED_MAX_GAP_MS) &&
      this.origin !== null
    const scan = isScan ? { code: this.chars.join(''), origin: this.origin as Origin } : null
    this.reset()
    return scan
  }

  /** True when the latest key came scanner-fast after the one before: not a shortcut. */
  inBurst(): boolean {
    return this.chars.length >= 2 && this.lastGap < SCAN_MAX_GAP_MS
  }

  reset(): void {
    this.chars = []
    this.lastAt = Number.NEGATIVE_INFINITY
    this.lastGap = Number.POSITIVE_INFINITY
    this.origin = null
    this.inField = false
  }
}
