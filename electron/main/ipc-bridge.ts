import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { channelNames } from '../../shared/channels'
import type { Result } from '../../shared/result'
import type { Core } from '../core/start-core'
import type { CallOptions } from '../ipc/caller'
import { isAppUrl } from './window-options'

/**
 * One `ipcMain.handle` per contract channel. A call is answered only when it comes from
 * the main frame of our own window showing our own page; anything else (a null frame after
 * navigation, a subframe, a foreign page) is refused before the router sees it.
 */
export function registerIpc(
  ipcMain: IpcMain,
  core: Pick<Core, 'route' | 'currentCaller'>,
  window: () => BrowserWindow | null,
  appUrl: string,
): void {
  const fromOurWindow = (event: IpcMainInvokeEvent): boolean => {
    const win = window()
    const frame = event.senderFrame
    return (
      win !== null &&
      frame !== null &&
      event.sender === win.webContents &&
      frame === win.webContents.mainFrame &&
      isAppUrl(frame.url, appUrl)
    )
  }
  for (const channel of channelNames) {
    ipcMain.handle(
      channel,
      async (event, input: unknown, options: unknown): Promise<Result<unknown>> => {
        if (!fromOurWindow(event)) {
          return { ok: false, code: 'FORBIDDEN', message: 'Refused: unknown sender.' }
        }
        // The router validates options (single-use approval grants) like any other input.
        return core.route(channel, input, await core.currentCaller(), options as CallOptions)
      },
    )
  }
}
