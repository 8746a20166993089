import type { BuyerScreenOpened } from '../../../shared/contracts/buyer'

/**
 * The shell's edge for `buyer:open`: Electron opens (or focuses) the buyer window, browser
 * mode answers the tab's path with its read-only key. Tests and a bare core have none.
 */
export type BuyerScreenOpener = () => Promise<BuyerScreenOpened>
