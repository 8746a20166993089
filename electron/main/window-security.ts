import type { Session, WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { isAppUrl } from './window-options'

/** Denies every permission request (camera, notifications, geolocation, …) and check. */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    })
  })
}

/**
 * No navigation away from the app, no new windows, no webviews; and where DevTools are not
 * allowed (an installed app), any that open anyway are closed at once.
 */
export function lockDownContents(
  contents: WebContents,
  appUrl: string,
  allowDevTools: boolean,
): void {
  if (!allowDevTools) contents.on('devtools-opened', () => contents.closeDevTools())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url, appUrl)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}
