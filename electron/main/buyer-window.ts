import { BrowserWindow, screen } from 'electron'
import type { BuyerScreenOpened } from '../../shared/contracts/buyer'
import { placeBuyerWindow } from './buyer-window-placement'
import { secureWindowOptions } from './window-options'

const BUYER_HASH = '#/pembeli'

export interface BuyerWindowOptions {
  /** The buyer's own preload (electron/preload/buyer.ts): push subscribe only. */
  preloadPath: string
  appUrl: string
  devTools: boolean
  tillWindow: () => BrowserWindow | null
}

/**
 * The buyer's window: the same secure web preferences as the till's (and, through the app's
 * `web-contents-created` hook, the same CSP and denied navigation), its own preload, and no
 * menu. One at a time: opening it again brings it forward.
 */
export function createBuyerWindow(options: BuyerWindowOptions) {
  let win: BrowserWindow | null = null

  async function open(): Promise<BuyerScreenOpened> {
    if (win && !win.isDestroyed()) {
      win.show()
      win.focus()
      return { kind: 'window' }
    }
    const till = options.tillWindow()
    const tillDisplay = till ? screen.getDisplayMatching(till.getBounds()).id : null
    const placement = placeBuyerWindow(screen.getAllDisplays(), tillDisplay)
    const base = secureWindowOptions(options.preloadPath, { devTools: options.devTools })
    win = new BrowserWindow({
      ...base,
      ...(placement.bounds ?? {}),
      fullscreen: placement.fullscreen,
      autoHideMenuBar: true,
      title: 'Etalase — Layar pembeli / Buyer screen',
    })
    win.removeMenu()
    const shown = win
    shown.once('ready-to-show', () => shown.show())
    shown.on('closed', () => {
      if (win === shown) win = null
    })
    await shown.loadURL(`${options.appUrl}${BUYER_HASH}`)
    return { kind: 'window' }
  }

  return {
    open,
    current: () => (win && !win.isDestroyed() ? win : null),
    close: () => {
      if (win && !win.isDestroyed()) win.close()
    },
  }
}
