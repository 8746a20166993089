import { describe, expect, it } from 'vitest'
import { createTopicHub } from '../../../electron/services/push/topic-hub'
import type { BuyerDisplayState } from '../../../shared/push/buyer-display'
import { isPushTopic, pushTopics } from '../../../shared/push/topics'

const welcome = (shopName: string): BuyerDisplayState => ({ phase: 'welcome', shopName })

describe('push topic hub', () => {
  it('gives a new subscriber the latest value at once, then every later one', () => {
    const hub = createTopicHub()
    hub.publish('buyer-display', welcome('A'))
    hub.publish('buyer-display', welcome('B'))
    const seen: string[] = []
    hub.subscribe('buyer-display', (v) => seen.push(v.shopName))
    expect(seen).toEqual(['B'])
    hub.publish('buyer-display', welcome('C'))
    expect(seen).toEqual(['B', 'C'])
    expect(hub.latest('buyer-display')).toEqual(welcome('C'))
  })

  it('sends nothing before the first value, and nothing after unsubscribing', () => {
    const hub = createTopicHub()
    const seen: string[] = []
    const stop = hub.subscribe('buyer-display', (v) => seen.push(v.shopName))
    expect(seen).toEqual([])
    expect(hub.subscriberCount('buyer-display')).toBe(1)
    hub.publish('buyer-display', welcome('A'))
    stop()
    hub.publish('buyer-display', welcome('B'))
    expect(seen).toEqual(['A'])
    expect(hub.subscriberCount('buyer-display')).toBe(0)
  })

  it('drops a subscriber that throws, reports it, and still delivers to the others', () => {
    const errors: unknown[] = []
    const hub = createTopicHub((_topic, error) => errors.push(error))
    const seen: string[] = []
    hub.subscribe('buyer-display', () => {
      throw new Error('window gone')
    })
    hub.subscribe('buyer-display', (v) => seen.push(v.shopName))
    hub.publish('buyer-display', welcome('A'))
    hub.publish('buyer-display', welcome('B'))
    expect(seen).toEqual(['A', 'B'])
    expect(errors).toHaveLength(1)
    expect(hub.subscriberCount('buyer-display')).toBe(1)
  })

  it('lets a subscriber unsubscribe itself while a value is being delivered', () => {
    const hub = createTopicHub()
    const seen: string[] = []
    const stop = hub.subscribe('buyer-display', () => stop())
    hub.subscribe('buyer-display', (v) => seen.push(v.shopName))
    hub.publish('buyer-display', welcome('A'))
    hub.publish('buyer-display', welcome('B'))
    expect(seen).toEqual(['A', 'B'])
    expect(hub.subscriberCount('buyer-display')).toBe(1)
  })

  it('knows its topics and nothing else', () => {
    expect(pushTopics).toEqual(['buyer-display'])
    expect(isPushTopic('buyer-display')).toBe(true)
    for (const bad of ['', 'Buyer-display', 'buyer-display/x', '__proto__', 42, null]) {
      expect(isPushTopic(bad)).toBe(false)
    }
  })
})
