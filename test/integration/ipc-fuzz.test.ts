import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { channelNames } from '../../shared/channels'
import { contract } from '../../shared/contract'
import { errorCodes } from '../../shared/error-codes'
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

/** Codes that mean the router itself failed the call, never a fair refusal of an input. */
const notARefusal = new Set(['INTERNAL', 'UNKNOWN_CHANNEL', 'BAD_REQUEST'])

describe('IPC fuzzing: every channel, hostile input', () => {
  let core: TestCore
  let caller: Caller
  // How often each branch below ran: the accepted-input check must not be dead code.
  const tally = { accepted: 0, refusedInvalid: 0, refusedValid: 0 }
  beforeAll(async () => {
    core = await createTestCore()
    caller = await core.currentCaller()
    await stockedProduct(core, 5)
  })
  afterAll(async () => core.dispose())

  for (const channel of channelNames) {
    it(`${channel}: never crashes, accepts only what the contract allows, refusals write nothing`, async () => {
      // SQLite's own count of rows changed on this connection: the strictest "nothing written".
      const changes = core.database.raw.prepare('select total_changes()').pluck()
      const schema = contract[channel].input
      await fc.assert(
        fc.asyncProperty(input, async (value) => {
          const before = changes.get()
          const result = await core.route(channel, value, caller)
          // The contract's own verdict on the same value, judged apart from the router.
          const valid = schema.safeParse(value === undefined ? {} : value).success
          const shown = JSON.stringify(value).slice(0, 200)
          expect(typeof result.ok).toBe('boolean')
          if (result.ok) {
            // A random value is now and then a valid input (an empty object for a channel
            // that takes none); an accepted one must be valid by the contract.
            expect(valid, `accepted, but invalid by the contract: ${shown}`).toBe(true)
            tally.accepted++
            return
          }
          expect(result.message.length).toBeGreaterThan(0)
          expect(changes.get(), `refused but wrote: ${shown}`).toBe(before)
          expect(errorCodes).toContain(result.code)
          if (channel.startsWith('setup:')) {
            // The wizard's channels are closed on a set-up till before their input is read
            // (authorise before validate): every value, valid or not, gets SETUP_DONE.
            expect(result.code, shown).toBe('SETUP_DONE')
            return
          }
          if (!valid) {
            // Input the contract refuses is refused as such, naming what is wrong.
            expect(result.code, shown).toBe('VALIDATION')
            expect(result.issues?.length, shown).toBeGreaterThan(0)
            tally.refusedInvalid++
          } else {
            // Valid input may still be refused by the domain (not found, no stock, no shift…).
            expect(notARefusal.has(result.code), `${result.code}: ${shown}`).toBe(false)
            tally.refusedValid++
          }
        }),
        { numRuns: RUNS },
      )
    }, 120_000)
  }

  it('ran every branch: accepted inputs checked against the contract, refusals of both kinds', () => {
    console.log(
      `[ipc fuzz] ${tally.accepted} accepted (all valid by the contract), ` +
        `${tally.refusedInvalid} invalid refused with VALIDATION, ` +
        `${tally.refusedValid} valid refused by the domain`,
    )
    expect(tally.accepted).toBeGreaterThan(0)
    expect(tally.refusedInvalid).toBeGreaterThan(0)
    expect(tally.refusedValid).toBeGreaterThan(0)
  })
})
