import type { PushPayloads, PushTopic } from '../../../shared/push/topics'

export type Unsubscribe = () => void

/**
 * Main's push channel, free of any transport: per topic the latest value and who listens.
 * A new subscriber gets the latest value at once (a window opened mid-sale shows the sale),
 * then every value published after it. Electron forwards values to windows over IPC events
 * and browser mode over server-sent events; both subscribe here. A subscriber that throws is
 * dropped, never allowed to stop the others (or the sale that published).
 */
export interface TopicHub {
  publish<T extends PushTopic>(topic: T, value: PushPayloads[T]): void
  subscribe<T extends PushTopic>(topic: T, listener: (value: PushPayloads[T]) => void): Unsubscribe
  latest<T extends PushTopic>(topic: T): PushPayloads[T] | undefined
  subscriberCount(topic: PushTopic): number
}

export function createTopicHub(
  onListenerError: (topic: PushTopic, error: unknown) => void = () => {},
): TopicHub {
  const latest = new Map<PushTopic, unknown>()
  const listeners = new Map<PushTopic, Set<(value: unknown) => void>>()

  const deliver = (topic: PushTopic, listener: (value: unknown) => void, value: unknown) => {
    try {
      listener(value)
      return true
    } catch (error) {
      listeners.get(topic)?.delete(listener)
      onListenerError(topic, error)
      return false
    }
  }

  return {
    publish(topic, value) {
      latest.set(topic, value)
      // A copy: a listener may unsubscribe (or subscribe another) while we deliver.
      for (const listener of [...(listeners.get(topic) ?? [])]) deliver(topic, listener, value)
    },
    subscribe(topic, listener) {
      const own = (value: unknown) => listener(value as never)
      const set = listeners.get(topic) ?? new Set()
      listeners.set(topic, set)
      set.add(own)
      if (latest.has(topic)) deliver(topic, own, latest.get(topic))
      return () => {
        set.delete(own)
      }
    },
    latest: (topic) => latest.get(topic) as never,
    subscriberCount: (topic) => listeners.get(topic)?.size ?? 0,
  }
}
