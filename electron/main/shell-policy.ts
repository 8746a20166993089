import { pathToFileURL } from 'node:url'

/**
 * What the Electron shell allows, decided once from plain inputs so it can be unit-tested
 * without the Electron binary. An installed app (`app.isPackaged`) is a till: no application
 * menu (no Reload, no Toggle DevTools), no DevTools, and only the renderer inside the package —
 * `ELECTRON_RENDERER_URL` (electron-vite's dev server) is ignored, so an environment variable
 * cannot point the till at another page.
 */
export interface ShellPolicy {
  /** false: `Menu.setApplicationMenu(null)`; true: Electron's default menu (development). */
  applicationMenu: boolean
  devTools: boolean
  /** The one page the window may show. */
  appUrl: string
}

/** A dev server is accepted only on this machine, over http. */
function devServerUrl(value: string | undefined): string | null {
  if (!value) return null
  try {
    const url = new URL(value)
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    return url.protocol === 'http:' && local ? url.toString() : null
  } catch {
    return null
  }
}

export function shellPolicy(input: {
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
  rendererFile: string
}): ShellPolicy {
  const packagedPage = pathToFileURL(input.rendererFile).toString()
  if (input.isPackaged) return { applicationMenu: false, devTools: false, appUrl: packagedPage }
  return {
    applicationMenu: true,
    devTools: true,
    appUrl: devServerUrl(input.env.ELECTRON_RENDERER_URL) ?? packagedPage,
  }
}
