import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { channelNames } from '../../shared/channels'
import type { Result } from '../../shared/result'
import type { Caller } from '../../electron/ipc/caller'
import { registerIpc } from '../../electron/main/ipc-bridge'

// The bridge must work, and be testable, without the Electron binary: it gets ipcMain and the
// window handed in. Importing the `electron` module here would fail the test.
vi.mock('electron', () => {
  throw new Error('ipc-bridge must not need the electron module at run time')
})

type Handler = (event: IpcMainInvokeEvent, input: unknown, options: unknown) => Promise<unknown>

const APP_URL = 'http://localhost:5173/'

/** A frame and a window with just the fields the sender check reads. */
const frame = (url: string) => ({ url })
function fakeWindow(url = `${APP_URL}#/kasir`) {
  const mainFrame = frame(url)
  return { webContents: { mainFrame } }
}

describe('IPC sender check (registerIpc with a fake ipcMain and frames)', () => {
  let handlers: Map<string, Handler>
  let routed: Array<{ channel: string; input: unknown; options: unknown }>
  let ours: ReturnType<typeof fakeWindow> | null

  const register = (appUrl = APP_URL) => {
    const ipcMain = {
      handle: (channel: string, handler: Handler) => {
        expect(handlers.has(channel), `${channel} registered twice`).toBe(false)
        handlers.set(channel, handler)
      },
    }
    const caller: Caller = { actor: null, locale: 'id' }
    const core = {
      route: async (channel: string, input: unknown, _caller: Caller, options?: unknown) => {
        routed.push({ channel, input, options })
        return { ok: true as const, data: 'routed' }
      },
      currentCaller: async () => caller,
    }
    registerIpc(
      ipcMain as unknown as IpcMain,
      core,
      () => ours as unknown as BrowserWindow | null,
      appUrl,
    )
  }

  /** Invokes a channel as Electron would, with this sender and sender frame. */
  const invoke = (sender: unknown, senderFrame: unknown, channel = 'catalog:search') =>
    handlers.get(channel)!(
      { sender, senderFrame } as unknown as IpcMainInvokeEvent,
      { query: 'getah' },
      { approval: null },
    ) as Promise<Result<unknown>>

  beforeEach(() => {
    handlers = new Map()
    routed = []
    ours = fakeWindow()
    register()
  })

  it('registers one handler per contract channel', () => {
    expect([...handlers.keys()].sort()).toEqual([...channelNames].sort())
  })

  it("answers our window's main frame showing our page, through the router", async () => {
    const result = await invoke(ours!.webContents, ours!.webContents.mainFrame)
    expect(result).toEqual({ ok: true, data: 'routed' })
    expect(routed).toEqual([
      { channel: 'catalog:search', input: { query: 'getah' }, options: { approval: null } },
    ])
  })

  const refused = async (sender: unknown, senderFrame: unknown) => {
    const result = await invoke(sender, senderFrame)
    expect(result).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(routed, 'a refused call must never reach the router').toEqual([])
  }

  it('refuses a null sender frame (the frame navigated away or was destroyed)', async () => {
    await refused(ours!.webContents, null)
  })

  it('refuses a subframe of our own window, even one showing our page', async () => {
    await refused(ours!.webContents, frame(`${APP_URL}#/kasir`))
  })

  it("refuses another window's main frame, even one showing our page", async () => {
    const other = fakeWindow()
    await refused(other.webContents, other.webContents.mainFrame)
  })

  it('refuses a sender that is not our web contents, even naming our main frame', async () => {
    // Not a state Electron produces today; the check holds on its own if one ever appears.
    await refused(fakeWindow().webContents, ours!.webContents.mainFrame)
  })

  it('refuses our main frame once it shows a foreign page', async () => {
    ours = fakeWindow('https://evil.example/#/kasir')
    await refused(ours.webContents, ours.webContents.mainFrame)
  })

  it('refuses every call while our window is closed', async () => {
    const closed = ours!
    ours = null
    await refused(closed.webContents, closed.webContents.mainFrame)
  })

  it('with a packaged file:// page, refuses another local file', async () => {
    handlers = new Map()
    register('file:///opt/Etalase/resources/app/out/renderer/index.html')
    ours = fakeWindow('file:///opt/Etalase/resources/app/out/renderer/index.html#/kasir')
    expect(await invoke(ours.webContents, ours.webContents.mainFrame)).toMatchObject({ ok: true })
    routed = []
    ours = fakeWindow('file:///tmp/downloaded.html')
    await refused(ours.webContents, ours.webContents.mainFrame)
  })
})
