import type { IpcMain, IpcMainEvent, WebContents } from 'electron'
import {
  isPushTopic,
  pushEventChannel,
  PUSH_SUBSCRIBE,
  PUSH_UNSUBSCRIBE,
  type PushTopic,
} from '../../shared/push/topics'
import type { TopicHub, Unsubscribe } from '../services/push/topic-hub'
import { isAppUrl } from './window-options'

/** Which topics a window may receive: every one for the till, the buyer's for the buyer's. */
export type TopicsFor = (contents: WebContents) => readonly PushTopic[]

/**
 * Electron's side of the push channel: a window of ours asks for a topic, and main sends it
 * the topic's values with `webContents.send` until it asks to stop or goes away. Asking is
 * all a window can do here; a foreign page, a subframe or a topic the window may not have is
 * ignored. No Electron import at run time, so a unit test drives it with fakes.
 */
export function registerPushBridge(
  ipcMain: Pick<IpcMain, 'on'>,
  hub: TopicHub,
  topicsFor: TopicsFor,
  appUrl: string,
): void {
  const subscriptions = new Map<WebContents, Map<PushTopic, Unsubscribe>>()

  const accepted = (event: IpcMainEvent, topic: unknown): topic is PushTopic => {
    const frame = event.senderFrame
    return (
      isPushTopic(topic) &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      isAppUrl(frame.url, appUrl) &&
      topicsFor(event.sender).includes(topic)
    )
  }

  const dropAll = (contents: WebContents) => {
    for (const stop of subscriptions.get(contents)?.values() ?? []) stop()
    subscriptions.delete(contents)
  }

  ipcMain.on(PUSH_SUBSCRIBE, (event, topic: unknown) => {
    if (!accepted(event, topic)) return
    const contents = event.sender
    let own = subscriptions.get(contents)
    if (!own) {
      own = new Map()
      subscriptions.set(contents, own)
      contents.once('destroyed', () => dropAll(contents))
    }
    // Asking twice is one subscription: the window gets the latest value again.
    own.get(topic)?.()
    own.set(
      topic,
      hub.subscribe(topic, (value) => {
        if (contents.isDestroyed()) throw new Error('window closed')
        contents.send(pushEventChannel(topic), value)
      }),
    )
  })

  ipcMain.on(PUSH_UNSUBSCRIBE, (event, topic: unknown) => {
    if (!isPushTopic(topic)) return
    const own = subscriptions.get(event.sender)
    own?.get(topic)?.()
    own?.delete(topic)
  })
}
