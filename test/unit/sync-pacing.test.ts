import { describe, expect, it } from 'vitest'
import {
  COUNTER_QUIET_MS,
  createCounterActivity,
  idleCounter,
} from '../../electron/services/sync/counter-activity'
import {
  BUSY_REST_FACTOR,
  MAX_REST_MS,
  createSyncPacer,
  restAfterBatch,
} from '../../electron/services/sync/sync-pacing'

// The upload gives way to the cashier (issue 17: a sale while the hub sync runs stays within
// 1.5× of an idle one). Pure rules here; the real router and hub are in
// test/integration/hub/sync-gives-way.test.ts.

describe('counter activity', () => {
  it('is busy for a second after a counter call, and only counter calls count', () => {
    let now = 10_000
    const counter = createCounterActivity(() => now)
    expect(counter.busy()).toBe(false)
    counter.noteCall('reports:daily')
    counter.noteCall('sync:status')
    expect(counter.busy(), 'reports and the sync screen are not the counter').toBe(false)
    counter.noteCall('catalog:byBarcode')
    expect(counter.busy()).toBe(true)
    now += COUNTER_QUIET_MS - 1
    expect(counter.busy()).toBe(true)
    now += 1
    expect(counter.busy()).toBe(false)
    for (const channel of ['sales:checkout', 'catalog:search', 'till:saveCart', 'sales:void']) {
      counter.noteCall(channel)
      expect(counter.busy(), channel).toBe(true)
      now += COUNTER_QUIET_MS
    }
  })
})

describe('sync pacing', () => {
  it('rests three times the batch while the counter is busy, never while it is quiet', () => {
    expect(restAfterBatch(40, false)).toBe(0)
    expect(restAfterBatch(40, true)).toBe(40 * BUSY_REST_FACTOR)
    expect(restAfterBatch(10_000, true), 'a rest is bounded').toBe(MAX_REST_MS)
    expect(restAfterBatch(-5, true), 'a clock step back never asks for a negative rest').toBe(0)
  })

  it('sleeps what the rule says and adds it up', async () => {
    let now = 0
    const counter = createCounterActivity(() => now)
    const slept: number[] = []
    const pacer = createSyncPacer(counter, async (ms) => {
      slept.push(ms)
    })
    await pacer.afterBatch(50)
    counter.noteCall('sales:checkout')
    await pacer.afterBatch(50)
    await pacer.afterBatch(500)
    now += COUNTER_QUIET_MS
    await pacer.afterBatch(50)
    expect(slept).toEqual([0, 150, MAX_REST_MS, 0])
    expect(pacer.restedMs()).toBe(150 + MAX_REST_MS)
  })

  it('an idle counter never rests, and the default sleep still turns the event loop', async () => {
    const pacer = createSyncPacer(idleCounter)
    let turned = false
    setImmediate(() => (turned = true))
    await pacer.afterBatch(80)
    expect(turned).toBe(true)
    expect(pacer.restedMs()).toBe(0)
  })
})
