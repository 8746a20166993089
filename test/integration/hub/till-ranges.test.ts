import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectHub, createTillRole } from '../../../electron/hub/hub-admin'
import {
  isInStoreEan13,
  MAX_TILL_EAN_SEQUENCE,
  makeTillEan13,
  tillEanBlock,
} from '../../../shared/labels/ean13'
import { TILL_CODE_PATTERN } from '../../../shared/setup/setup-dto'
import { startPgHub, type PgHubServer, type TestHub } from '../../helpers/pg-hub'
import { seededRandom } from '../../helpers/seeded-random'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'

// Issue 17: every till has its own in-store EAN-13 range, taken from its till code, so two
// tills with different codes never print the same barcode with no hub to hand out ranges;
// and the hub never lets two devices work under one till code.

const SYMBOLS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const allCodes = (length: number): string[] =>
  length === 0 ? [''] : allCodes(length - 1).flatMap((head) => [...SYMBOLS].map((s) => head + s))

describe('in-store EAN-13 ranges per till', () => {
  it('gives every till code its own block (all 2- and 3-letter codes, 4-letter samples)', () => {
    const random = seededRandom(17)
    const fourLetter = Array.from({ length: 50_000 }, () =>
      Array.from({ length: 4 }, () => SYMBOLS[Math.floor(random() * 36)]).join(''),
    )
    const codes = [...new Set([...allCodes(2), ...allCodes(3), ...fourLetter, 'ZZZZ', '0000'])]
    const owner = new Map<number, string>()
    // Plain checks in the loop (an expect per code is slow); every problem is named at the end.
    const problems: string[] = []
    for (const code of codes) {
      if (!TILL_CODE_PATTERN.test(code)) problems.push(`${code} is not a till code`)
      const block = tillEanBlock(code)
      // Seven digits: the block fits between the leading 2 and the four-digit sequence.
      if (block < 0 || block >= 10_000_000) problems.push(`${code}: block ${block} out of range`)
      const before = owner.get(block)
      if (before !== undefined) problems.push(`${code} and ${before} share block ${block}`)
      owner.set(block, code)
    }
    expect(problems).toEqual([])
    expect(owner.size).toBe(codes.length)
    // The last block of all is the last four-letter code: the numbering is dense and in range.
    expect(tillEanBlock('ZZZZ')).toBe(36 ** 2 + 36 ** 3 + 36 ** 4 - 1)
  })

  it('never lets two tills with different codes make the same barcode', () => {
    const random = seededRandom(2026)
    const code = () =>
      Array.from(
        { length: 2 + Math.floor(random() * 3) },
        () => SYMBOLS[Math.floor(random() * 36)],
      ).join('')
    const seq = () => 1 + Math.floor(random() * MAX_TILL_EAN_SEQUENCE)
    const made = new Map<string, string>()
    const problems: string[] = []
    for (let i = 0; i < 100_000; i++) {
      const till = code()
      const ean = makeTillEan13(till, seq())
      if (!isInStoreEan13(ean)) problems.push(`${ean} (${till}) is not an in-store EAN-13`)
      const by = made.get(ean)
      if (by !== undefined && by !== till) problems.push(`${ean} made by ${till} and by ${by}`)
      made.set(ean, till)
    }
    expect(problems).toEqual([])
    // The edges of two neighbouring blocks stay apart.
    expect(makeTillEan13('KSG1', MAX_TILL_EAN_SEQUENCE)).not.toBe(makeTillEan13('KSG2', 1))
    expect(makeTillEan13('ZZ', MAX_TILL_EAN_SEQUENCE).slice(0, 8)).not.toBe(
      makeTillEan13('000', 1).slice(0, 8),
    )
  })

  it('makes labels on two real tills from disjoint blocks', async () => {
    const tills: TestCore[] = []
    try {
      for (const [code, prefix] of [
        ['KSG1', 'aaaaaaaa'],
        ['KSG2', 'bbbbbbbb'],
      ] as const) {
        const till = await createTestCore({ code, ids: sequentialIds(prefix), shift: false })
        tills.push(till)
        for (let i = 0; i < 5; i++) {
          await till.must('catalog:create', {
            name: `Anyaman ${i}`,
            sku: `AN-${i}`,
            barcode: null,
            categoryId: null,
            unit: 'pcs',
            price: 10_000,
            cost: 4_000,
            workshopId: null,
            active: true,
          })
        }
        await till.must('labels:assignBarcodes', { productIds: 'all-missing' })
      }
      const barcodesOf = (till: TestCore) =>
        till.database.raw
          .prepare('select barcode from products where barcode is not null')
          .pluck()
          .all() as string[]
      const [first, second] = tills.map(barcodesOf) as [string[], string[]]
      expect(first).toHaveLength(5)
      expect(second).toHaveLength(5)
      expect(first.filter((code) => second.includes(code))).toEqual([])
      expect(first.every((code) => code === makeTillEan13('KSG1', Number(code.slice(8, 12))))).toBe(
        true,
      )
      expect(
        second.every((code) => code === makeTillEan13('KSG2', Number(code.slice(8, 12)))),
      ).toBe(true)
    } finally {
      for (const till of tills) await till.dispose()
    }
  })
})

describe('one till code, one device (real PostgreSQL hub)', () => {
  let pg: PgHubServer
  let hub: TestHub

  beforeAll(async () => {
    pg = await startPgHub()
    hub = await pg.newHub()
  })
  afterAll(async () => {
    await pg?.stop()
  })

  it('refuses to issue a till code twice', async () => {
    await createTillRole(hub.admin, 'PMR1', { rolePrefix: hub.rolePrefix })
    await expect(
      createTillRole(hub.admin, 'PMR1', { rolePrefix: `${hub.rolePrefix}x_` }),
    ).rejects.toThrow(/HUB_CODE_TAKEN:PMR1/)
    // Nothing half-made: no second role in the cluster, one row on the hub.
    const { rows } = await sql<{ n: string }>`
      SELECT count(*) AS n FROM pg_roles WHERE rolname = ${`${hub.rolePrefix}x_till_pmr1`}`.execute(
      hub.admin,
    )
    expect(Number(rows[0]!.n)).toBe(0)
    const tills = await hub.admin
      .selectFrom('tills')
      .select('code')
      .where('code', '=', 'PMR1')
      .execute()
    expect(tills).toHaveLength(1)
  })

  it('refuses a second device set up with a code another device already joined with', async () => {
    const credentials = await createTillRole(hub.admin, 'KSG1', { rolePrefix: hub.rolePrefix })
    // Two laptops both set up as KSG1: the first joins, the second is refused by the hub.
    const first = await createTestCore({
      code: 'KSG1',
      ids: sequentialIds('cccccccc'),
      shift: false,
    })
    const second = await createTestCore({
      code: 'KSG1',
      ids: sequentialIds('dddddddd'),
      shift: false,
    })
    try {
      const address = hub.addressFor(credentials.role, credentials.password)
      const join = {
        host: address.host,
        port: address.port,
        database: address.database,
        role: credentials.role,
        password: credentials.password,
      }
      await first.must('sync:join', join)
      expect(await second.call('sync:join', join)).toMatchObject({
        ok: false,
        code: 'HUB_ROLE_TAKEN',
      })
      expect((await second.must('sync:status', {})).joined).toBe(false)
      const bound = await hub.admin
        .selectFrom('tills')
        .select(['code', 'device_id'])
        .where('code', '=', 'KSG1')
        .execute()
      expect(bound).toEqual([{ code: 'KSG1', device_id: first.sync.deviceId }])

      // Nor can one device hold two codes: a device already bound is refused another role.
      const other = await createTillRole(hub.admin, 'KSG3', { rolePrefix: hub.rolePrefix })
      const again = connectHub(hub.addressFor(other.role, other.password), 1)
      try {
        await expect(
          sql`SELECT hub_claim_device(${first.sync.deviceId}, 'KSG3')`.execute(again),
        ).rejects.toThrow(/tills_device_id_key|duplicate key/)
      } finally {
        await again.destroy()
      }
    } finally {
      await first.dispose()
      await second.dispose()
    }
  })
})
