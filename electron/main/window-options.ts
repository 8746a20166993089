import type { BrowserWindowConstructorOptions } from 'electron'

/**
 * The renderer's web preferences. Kept free of a runtime `electron` import so unit tests
 * can assert the security settings without the Electron binary.
 */
export function secureWindowOptions(
  preloadPath: string,
  /** From shellPolicy: false in an installed app. */
  options: { devTools?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 768,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Etalase',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: options.devTools ?? false,
    },
  }
}

/** Only our own renderer may be shown: the packaged file or the dev server. */
export function isAppUrl(url: string, appUrl: string): boolean {
  try {
    const target = new URL(url)
    const app = new URL(appUrl)
    if (app.protocol === 'file:')
      return target.protocol === 'file:' && target.pathname === app.pathname
    return target.origin === app.origin
  } catch {
    return false
  }
}
