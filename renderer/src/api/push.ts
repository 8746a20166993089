import type { PushPayloads, PushTopic } from '../../../shared/push/topics'

/** What the Electron preload exposes for the push channel: subscribe, nothing else. */
export interface PushBridge {
  subscribe(topic: string, callback: (value: unknown) => void): () => void
}

declare global {
  interface Window {
    etalasePush?: PushBridge
  }
}

export type PushStatus = 'connecting' | 'live'

/**
 * Values main pushes on a topic, in Electron (IPC events through the preload) or in browser
 * mode (server-sent events at /events/<topic>, opened with the topic's read-only key). The
 * first value is the latest one main has; EventSource reconnects by itself after a drop.
 */
export function subscribeTopic<T extends PushTopic>(
  topic: T,
  key: string | null,
  onValue: (value: PushPayloads[T]) => void,
  onStatus: (status: PushStatus) => void = () => {},
): () => void {
  if (window.etalasePush) {
    const stop = window.etalasePush.subscribe(topic, (value) => {
      onStatus('live')
      onValue(value as PushPayloads[T])
    })
    return stop
  }
  const source = new EventSource(`/events/${topic}?key=${encodeURIComponent(key ?? '')}`)
  source.onmessage = (event: MessageEvent<string>) => {
    onStatus('live')
    onValue(JSON.parse(event.data) as PushPayloads[T])
  }
  source.onerror = () => onStatus('connecting')
  return () => source.close()
}
