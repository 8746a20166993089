/** The buyer screen is a route of the same renderer: `#/pembeli` (browser mode adds `?key=`). */
export const BUYER_ROUTE = '#/pembeli'
const KEY_STORE = 'etalase.buyerKey'
/** transport.ts keeps the till's run token under this name; a buyer tab must not hold it. */
const RUN_TOKEN_STORE = 'etalase.webToken'

export const isBuyerLocation = (): boolean => window.location.hash.startsWith(BUYER_ROUTE)

/**
 * The stream key from the address (browser mode), kept for this tab only and taken out of
 * the address bar. Chromium may copy the till tab's session storage into a tab it opens, so
 * the run token is dropped here: the buyer tab holds nothing that could call the API.
 */
export function takeBuyerKey(): void {
  sessionStorage.removeItem(RUN_TOKEN_STORE)
  const match = /[?&]key=([0-9a-f]{64})\b/.exec(window.location.hash)
  if (match?.[1]) {
    sessionStorage.setItem(KEY_STORE, match[1])
    history.replaceState(null, '', `${window.location.pathname}${BUYER_ROUTE}`)
  }
}

/** The key taken from the address when the tab opened (null in Electron, which needs none). */
export const buyerKey = (): string | null => sessionStorage.getItem(KEY_STORE)
