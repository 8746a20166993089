import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelNames } from '../../shared/channels'
import type { Caller } from '../../electron/ipc/caller'
import { stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const RUNS = Number(process.env.IPC_FUZZ_RUNS ?? 1000)

/** Hostile JSON: wrong types, extra keys, huge strings, negative and enormous numbers. */
const hostileValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string({ maxLength: 20 }),
    fc.string({ minLength: 5_000, maxLength: 20_000 }),
    fc.integer(),
    fc.constantFrom(-1, 0, -999_999_999_999_999, 1e21, Number.MAX_SAFE_INTEGER + 2, 0.5, -0.0001),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(
      '__proto__',
      'constructor',
      '<script>alert(1)</script>',
      "'; drop table sales; --",
    ),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 5 }),
  ),
})).value

/** Objects shaped like real inputs (known keys) but with hostile values and extra keys. */
const knownKeys = [
  'id',
  'productId',
  'qty',
  'lines',
  'payments',
  'amount',
  'name',
  'sku',
  'barcode',
  'price',
  'cart',
  'locale',
  'query',
  'limit',
  'saleId',
  'reason',
  'payload',
]
const nearMiss = fc.dictionary(fc.constantFrom(...knownKeys, 'extra', 'x'), hostileValue, {
  maxKeys: 6,
})
const input = fc.oneof(hostileValue, nearMiss)

describe('IPC fuzzing: every channel, hostile input', () => {
  let core: TestCore
  let caller: Caller
  beforeAll(async () => {
    core = await createTestCore()
    caller = await core.currentCaller()
    await stockedProduct(core, 5)
  })
  afterAll(async () => core.dispose())

  for (const channel of channelNames) {
    it(`${channel}: never crashes, refuses invalid input, writes nothing`, async () => {
      // SQLite's own count of rows changed on this connection: the strictest "nothing written".
      const changes = core.database.raw.prepare('select total_changes()').pluck()
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = changes.get()
          const result = await core.route(channel, value, caller)
          // A random value is now and then a valid input (an empty object for a channel that
          // takes none); what matters is a well-formed answer, never INTERNAL, and a refusal
          // that changed nothing.
          expect(typeof result.ok).toBe('boolean')
          if (!result.ok) {
            expect(result.code).not.toBe('INTERNAL')
            expect(result.message.length).toBeGreaterThan(0)
            expect(changes.get(), JSON.stringify(value).slice(0, 200)).toBe(before)
          }
        }),
        { numRuns: RUNS },
      )
    }, 120_000)
  }
})
