import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createProductSearch, ftsPhrase } from '../../electron/services/catalogue/catalog-search'
import { seededRandom } from '../helpers/seeded-random'
import { createTestCore, type TestCore } from '../helpers/test-core'

// Product search takes one of two paths (a name-order walk on an index, or trigram hits
// ordered through a narrow table); whichever it takes, the answer must be the definition's:
// every product whose name, SKU or barcode contains the text (the products_fts trigram match),
// active ones unless asked, by name then SKU, the first `limit`. The catalogue below has
// common words, rare ones, words that only sort late, inactive products, non-ASCII letters
// and LIKE's own wildcards, and each query runs with walk windows that force both paths.

const kinds = ['Gantungan Kunci', 'Gelang', 'Kalung', 'Tas Anyaman', 'Tikar Purun', 'Ukiran']
const motifs = ['Enggang', 'Getah Nyatu', 'Batik', 'Rotan', 'Manik', 'Mandau', 'Café', 'Żółw']
const finishes = ['Hitam', 'Merah', 'Natural', '50%_off', 'ÉDITION']

let core: TestCore

beforeAll(async () => {
  core = await createTestCore()
  const random = seededRandom(9)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  for (let i = 0; i < 240; i++) {
    // Tikar Purun only with "Zamrud": a word whose every hit sorts at the end.
    const kind = i % 40 === 0 ? 'Zamrud Tikar Purun' : pick(kinds)
    const result = await core.call('catalog:create', {
      name: `${kind} ${pick(motifs)} ${pick(finishes)}`,
      sku: `S-${String(i).padStart(4, '0')}`,
      barcode: i % 3 === 0 ? null : `899${String(100_000_000 + i * 7919).padStart(10, '0')}`,
      categoryId: null,
      unit: 'pcs',
      price: 10_000 + i,
      cost: 5_000,
      workshopId: null,
      active: i % 9 !== 0,
    })
    if (!result.ok) throw new Error(`${result.code} ${result.message}`)
  }
})

afterAll(async () => {
  await core.dispose()
})

/** The definition, written the plain way. */
function definition(text: string, limit: number, includeInactive: boolean): number[] {
  return core.database.raw
    .prepare(
      `select p.rowid from products p
       where p.rowid in (select rowid from products_fts where products_fts match ?)
         and (? = 1 or p.active = 1)
       order by p.name, p.sku limit ?`,
    )
    .pluck()
    .all(ftsPhrase(text), includeInactive ? 1 : 0, limit) as number[]
}

const queries = [
  'gantungan',
  'nyatu',
  'enggang',
  'zamrud',
  'tikar purun',
  'S-01',
  'S-0123',
  '8991000',
  'café',
  'CAFÉ',
  'żółw',
  'éditio',
  '50%_',
  '%_o',
  'a"b',
  'tidak ada',
  'HITAM',
]

describe('product search gives the definition, whichever path it takes', () => {
  for (const walkWindow of [5, 40, 100_000]) {
    it(`walk window ${walkWindow}`, async () => {
      const search = createProductSearch(core.database.db, { walkWindow })
      for (const text of queries) {
        for (const limit of [1, 7, 50]) {
          for (const includeInactive of [false, true]) {
            expect(
              await search.matchingRowids(text, limit, includeInactive),
              `'${text}' limit ${limit}${includeInactive ? ' with inactive' : ''}`,
            ).toEqual(definition(text, limit, includeInactive))
          }
        }
      }
    })
  }

  it('through the router: the same products, in order, with their details', async () => {
    for (const text of queries) {
      const found = await core.must('catalog:search', { query: text, limit: 50 })
      const expected = definition(text, 50, false)
      const rowids = found.map((p) =>
        core.database.raw.prepare('select rowid from products where id = ?').pluck().get(p.id)!,
      )
      expect(rowids, text).toEqual(expected)
    }
  })

  it('follows renames and products taken off sale at once (the search table is kept by triggers)', async () => {
    const [first] = await core.must('catalog:search', { query: 'zamrud', limit: 1 })
    expect(first).toBeDefined()
    const renamed = await core.call('catalog:update', {
      id: first!.id,
      name: 'Aaa Zamrud Pertama',
      sku: first!.sku,
      barcode: first!.barcode,
      categoryId: null,
      unit: 'pcs',
      price: first!.price,
      cost: first!.cost,
      workshopId: null,
      active: false,
    })
    expect(renamed.ok).toBe(true)
    expect((await core.must('catalog:search', { query: 'zamrud' })).map((p) => p.id)).not.toContain(
      first!.id,
    )
    const search = createProductSearch(core.database.db, { walkWindow: 5 })
    expect(await search.matchingRowids('zamrud', 50, true)).toEqual(definition('zamrud', 50, true))
    expect(
      core.database.raw
        .prepare('select name, active from product_search where name = ?')
        .get('Aaa Zamrud Pertama'),
    ).toEqual({ name: 'Aaa Zamrud Pertama', active: 0 })
  })
})
