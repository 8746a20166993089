import type { BuyerDisplayState } from './buyer-display'

/**
 * Topics main pushes to windows (Electron IPC events, server-sent events in browser mode).
 * Zod-free: the preload validates a topic against this list before it subscribes.
 */
export const pushTopics = ['buyer-display'] as const

export type PushTopic = (typeof pushTopics)[number]

/** What each topic carries; a subscriber gets the latest value at once, then every change. */
export interface PushPayloads {
  'buyer-display': BuyerDisplayState
}

export const isPushTopic = (value: unknown): value is PushTopic =>
  typeof value === 'string' && (pushTopics as readonly string[]).includes(value)

/** The IPC event a window receives a topic's values on (Electron). */
export const pushEventChannel = (topic: PushTopic) => `push:${topic}` as const

/** The IPC messages a window sends to start and stop receiving a topic (Electron). */
export const PUSH_SUBSCRIBE = 'push:subscribe'
export const PUSH_UNSUBSCRIBE = 'push:unsubscribe'
