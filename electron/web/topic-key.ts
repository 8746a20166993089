import { createHmac, timingSafeEqual } from 'node:crypto'
import type { PushTopic } from '../../shared/push/topics'

/**
 * The key that opens one topic's event stream in browser mode: HMAC-SHA256(run token, topic).
 * It is derived, so the server stores nothing more, and one-way, so a tab holding it (the
 * buyer's screen) learns nothing of the run token and can call no API channel with it.
 */
export function topicKey(token: string, topic: PushTopic): string {
  return createHmac('sha256', token).update(topic).digest('hex')
}

export function topicKeyMatches(given: string | null, token: string, topic: PushTopic): boolean {
  const a = Buffer.from(given ?? '')
  const b = Buffer.from(topicKey(token, topic))
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The buyer screen's address on this server (a route of the same renderer). */
export const buyerScreenPath = (token: string) =>
  `/#/pembeli?key=${topicKey(token, 'buyer-display')}`
