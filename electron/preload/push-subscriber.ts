import type { IpcRenderer, IpcRendererEvent } from 'electron'
import {
  isPushTopic,
  pushEventChannel,
  PUSH_SUBSCRIBE,
  PUSH_UNSUBSCRIBE,
  type PushTopic,
} from '../../shared/push/topics'

/**
 * The one thing a window may do with the push channel: listen. `subscribe` checks the topic
 * against the ones this window may have, hands the callback only the value (never the IPC
 * event, which would reach `sender`), and returns a function that stops it. Several
 * listeners in a window share one subscription; a late one gets the latest value at once.
 */
export function createPushSubscriber(
  ipcRenderer: Pick<IpcRenderer, 'on' | 'send'>,
  allowed: readonly PushTopic[],
) {
  const listeners = new Map<PushTopic, Set<(value: unknown) => void>>()
  const latest = new Map<PushTopic, unknown>()

  for (const topic of allowed) {
    ipcRenderer.on(pushEventChannel(topic), (_event: IpcRendererEvent, value: unknown) => {
      latest.set(topic, value)
      for (const listener of [...(listeners.get(topic) ?? [])]) listener(value)
    })
  }

  function subscribe(topic: unknown, callback: unknown): () => void {
    if (!isPushTopic(topic) || !allowed.includes(topic)) throw new Error('Unknown topic')
    if (typeof callback !== 'function') throw new Error('A callback is required')
    const listener = (value: unknown) => (callback as (value: unknown) => void)(value)
    const set = listeners.get(topic) ?? new Set()
    listeners.set(topic, set)
    set.add(listener)
    if (set.size === 1) ipcRenderer.send(PUSH_SUBSCRIBE, topic)
    else if (latest.has(topic)) listener(latest.get(topic))
    return () => {
      if (!set.delete(listener) || set.size > 0) return
      latest.delete(topic)
      ipcRenderer.send(PUSH_UNSUBSCRIBE, topic)
    }
  }

  return { subscribe }
}
