import type { IpcMain, IpcMainEvent, IpcRenderer } from 'electron'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { placeBuyerWindow } from '../../../electron/main/buyer-window-placement'
import { registerPushBridge } from '../../../electron/main/push-bridge'
import { createPushSubscriber } from '../../../electron/preload/push-subscriber'
import { createTopicHub, type TopicHub } from '../../../electron/services/push/topic-hub'
import type { BuyerDisplayState } from '../../../shared/push/buyer-display'
import { pushTopics, type PushTopic } from '../../../shared/push/topics'

// Both halves run without the Electron binary: ipcMain, ipcRenderer and windows are fakes.
vi.mock('electron', () => {
  throw new Error('the push bridge must not need the electron module at run time')
})

const APP_URL = 'http://localhost:5173/'
const welcome = (shopName: string): BuyerDisplayState => ({ phase: 'welcome', shopName })

type Listener = (event: IpcMainEvent, topic: unknown) => void

function fakeContents(url = `${APP_URL}#/pembeli`) {
  const sent: Array<[string, unknown]> = []
  const onDestroyed: Array<() => void> = []
  let destroyed = false
  const contents = {
    mainFrame: { url },
    sent,
    send: (channel: string, value: unknown) => sent.push([channel, value]),
    isDestroyed: () => destroyed,
    once: (name: string, fn: () => void) => {
      if (name === 'destroyed') onDestroyed.push(fn)
    },
    destroy: () => {
      destroyed = true
      for (const fn of onDestroyed) fn()
    },
  }
  return contents
}
type FakeContents = ReturnType<typeof fakeContents>

describe('Electron push bridge (main side)', () => {
  let hub: TopicHub
  let on: Map<string, Listener>
  let till: FakeContents
  let buyer: FakeContents

  beforeEach(() => {
    hub = createTopicHub()
    on = new Map()
    till = fakeContents(`${APP_URL}#/kasir`)
    buyer = fakeContents()
    registerPushBridge(
      { on: (channel: string, fn: Listener) => on.set(channel, fn) } as unknown as IpcMain,
      hub,
      (contents) =>
        (contents as unknown) === till
          ? pushTopics
          : (contents as unknown) === buyer
            ? ['buyer-display']
            : ([] as PushTopic[]),
      APP_URL,
    )
  })

  const ask = (sender: FakeContents, topic: unknown, frame: unknown = sender.mainFrame) =>
    on.get('push:subscribe')!({ sender, senderFrame: frame } as unknown as IpcMainEvent, topic)

  it('sends a subscribed window the latest value, then each new one, on push:<topic>', () => {
    hub.publish('buyer-display', welcome('A'))
    ask(buyer, 'buyer-display')
    hub.publish('buyer-display', welcome('B'))
    expect(buyer.sent).toEqual([
      ['push:buyer-display', welcome('A')],
      ['push:buyer-display', welcome('B')],
    ])
  })

  it('ignores unknown topics, subframes, foreign pages and windows that may not have the topic', () => {
    const stranger = fakeContents()
    const foreign = fakeContents('https://evil.example/')
    ask(buyer, 'secret-topic')
    ask(buyer, 'buyer-display', { url: `${APP_URL}#/pembeli` })
    ask(buyer, 'buyer-display', null)
    ask(foreign, 'buyer-display')
    ask(stranger, 'buyer-display')
    hub.publish('buyer-display', welcome('A'))
    expect([buyer.sent, foreign.sent, stranger.sent]).toEqual([[], [], []])
    expect(hub.subscriberCount('buyer-display')).toBe(0)
  })

  it('lets a window go when it asks, and when it is destroyed', () => {
    ask(buyer, 'buyer-display')
    ask(till, 'buyer-display')
    ask(till, 'buyer-display')
    expect(hub.subscriberCount('buyer-display')).toBe(2)
    on.get('push:unsubscribe')!({ sender: till } as unknown as IpcMainEvent, 'buyer-display')
    buyer.destroy()
    expect(hub.subscriberCount('buyer-display')).toBe(0)
    hub.publish('buyer-display', welcome('C'))
    expect(buyer.sent).toEqual([])
  })
})

describe('preload push subscriber', () => {
  function fakeIpcRenderer() {
    const handlers = new Map<string, (event: unknown, value: unknown) => void>()
    const sent: Array<[string, unknown]> = []
    return {
      handlers,
      sent,
      on: (channel: string, fn: (event: unknown, value: unknown) => void) =>
        handlers.set(channel, fn),
      send: (channel: string, value: unknown) => sent.push([channel, value]),
    }
  }

  it('subscribes once per topic, hands callbacks only the value, and unsubscribes at the end', () => {
    const ipc = fakeIpcRenderer()
    const push = createPushSubscriber(ipc as unknown as IpcRenderer, ['buyer-display'])
    const a: unknown[] = []
    const b: unknown[] = []
    const stopA = push.subscribe('buyer-display', (...args: unknown[]) => a.push(args))
    ipc.handlers.get('push:buyer-display')!({ sender: 'secret' }, welcome('A'))
    const stopB = push.subscribe('buyer-display', (...args: unknown[]) => b.push(args))
    expect(a).toEqual([[welcome('A')]])
    expect(b).toEqual([[welcome('A')]])
    stopA()
    stopB()
    expect(ipc.sent).toEqual([
      ['push:subscribe', 'buyer-display'],
      ['push:unsubscribe', 'buyer-display'],
    ])
  })

  it('refuses a topic the window may not have and a missing callback', () => {
    const ipc = fakeIpcRenderer()
    const push = createPushSubscriber(ipc as unknown as IpcRenderer, [])
    expect(() => push.subscribe('buyer-display', () => {})).toThrow('Unknown topic')
    const all = createPushSubscriber(fakeIpcRenderer() as unknown as IpcRenderer, pushTopics)
    expect(() => all.subscribe('nope', () => {})).toThrow('Unknown topic')
    expect(() => all.subscribe('buyer-display', 'not a function')).toThrow('callback')
    expect(ipc.sent).toEqual([])
  })
})

describe('buyer window placement', () => {
  const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1366, height: 768 } }
  const monitor = { id: 2, bounds: { x: 1366, y: 0, width: 1920, height: 1080 } }

  it('goes full screen on the display the till is not on', () => {
    expect(placeBuyerWindow([laptop, monitor], 1)).toEqual({
      fullscreen: true,
      bounds: monitor.bounds,
    })
    expect(placeBuyerWindow([laptop, monitor], 2)).toEqual({
      fullscreen: true,
      bounds: laptop.bounds,
    })
  })

  it('is a normal window with one display', () => {
    expect(placeBuyerWindow([laptop], 1)).toEqual({ fullscreen: false, bounds: null })
    expect(placeBuyerWindow([laptop], null)).toEqual({ fullscreen: false, bounds: null })
  })
})
