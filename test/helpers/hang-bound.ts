/**
 * For tests that show a wait was CUT OFF by a deadline (a printer that never answers, a
 * device nobody reads): a hang detector, not a performance claim. It is far above the 300 ms
 * deadlines those tests configure, so a loaded machine never trips it, and below the 5 s
 * print default a deadline that was ignored would fall back to. Speed is measured in
 * `npm run bench`, never here.
 */
export const GENEROUS_BOUND_MS = 4_000
