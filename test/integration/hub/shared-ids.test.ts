import BetterSqlite3 from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import { Migrator } from 'kysely/migration'
import { afterEach, describe, expect, it } from 'vitest'
import { registerChangeFunctions } from '../../../electron/db/change-actor'
import { registerChainFunctions } from '../../../electron/db/ledger-chain'
import { migrateToLatest } from '../../../electron/db/migrate'
import { migrations } from '../../../electron/db/migrations'
import { seededLocationIds } from '../../../shared/seeded-ids'
import { productInput, saleId } from '../../helpers/builders'
import { receiveStock } from '../../helpers/receive-stock'
import { createTestCore, sequentialIds, type TestCore } from '../../helpers/test-core'
import { fillers, type FillHistory } from '../migrations/fillers'
import { SeedTill } from '../migrations/seed-till'

// Issue 17: reference data is the same row on every till. Two tills set up apart from each
// other agree on every seeded row; an older till keeps its own ids (its ledgers point at them)
// and is given the shared ids by 0021; price and cost are append-only versions.

/** What "the same row on every till" is keyed on, per shared table. */
const SHARED = ['locations', 'workshops', 'categories', 'payment_methods', 'split_rules', 'users']

const sharedIdsOf = (till: TestCore, table: string) =>
  till.database.raw
    .prepare(`select coalesce(shared_id, id) from ${table} order by 1`)
    .pluck()
    .all() as string[]

describe('stable shared ids for reference data', () => {
  const cores: TestCore[] = []
  afterEach(async () => {
    for (const core of cores.splice(0)) await core.dispose()
  })

  it('two tills set up independently agree on every seeded row', async () => {
    const a = await createTestCore({ code: 'KSG1', ids: sequentialIds('aaaaaaaa') })
    const b = await createTestCore({ code: 'PMR1', ids: sequentialIds('bbbbbbbb') })
    cores.push(a, b)
    const seededOf = (till: TestCore) => ({
      locations: sharedIdsOf(till, 'locations'),
      payment_methods: sharedIdsOf(till, 'payment_methods'),
      workshops: sharedIdsOf(till, 'workshops'),
      categories: sharedIdsOf(till, 'categories'),
      split_rules: sharedIdsOf(till, 'split_rules'),
      roles: till.database.raw
        .prepare('select distinct role from role_permissions order by 1')
        .pluck()
        .all(),
    })
    const seededA = seededOf(a)
    expect(seededA.locations).toEqual(
      [seededLocationIds.showroom, seededLocationIds.storeroom].sort(),
    )
    expect(seededA.payment_methods).toEqual(['edc', 'qris', 'transfer', 'tunai'])
    expect(seededA.roles.length).toBeGreaterThan(0)
    expect(seededOf(b)).toEqual(seededA)
    // The till's own default location is the shared showroom.
    expect((await a.must('till:settings', {})).locationId).toBe(seededLocationIds.showroom)
    expect((await b.must('till:settings', {})).locationId).toBe(seededLocationIds.showroom)
    // Each till's first admin is its own person: a random id is already unique everywhere.
    expect(sharedIdsOf(a, 'users')).not.toEqual(sharedIdsOf(b, 'users'))
  })

  it('every shared table refuses two rows with one shared id', async () => {
    const a = await createTestCore({ shift: false })
    cores.push(a)
    for (const table of SHARED) {
      const sql = `select count(*) from pragma_index_list('${table}') where name = '${table}_shared_id' and "unique" = 1`
      expect(a.database.raw.prepare(sql).pluck().get(), table).toBe(1)
    }
    // A second row claiming the showroom's shared id is refused.
    expect(() =>
      a.database.raw
        .prepare(
          `insert into locations (id, name, kind, device_id, created_at, shared_id)
           values ('x', 'Galeri lain', 'showroom', 'd', 1, ?)`,
        )
        .run(seededLocationIds.showroom),
    ).toThrow(/UNIQUE/)
  })

  it('an older till keeps its own ids and gets the shared ones from 0021', async () => {
    const raw = new BetterSqlite3(':memory:')
    raw.pragma('foreign_keys = ON')
    registerChainFunctions(raw, Buffer.alloc(32, 7))
    registerChangeFunctions(raw)
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: raw }) })
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } })
    const till = new SeedTill(raw)
    const history: FillHistory = new Map()
    const names = Object.keys(migrations)
    for (const name of names.slice(0, names.indexOf('0019_consignment') + 1)) {
      const { error } = await migrator.migrateTo(name)
      if (error) throw error
      till.version = names.indexOf(name) + 1
      raw.transaction(() => fillers[name]!(till, history))()
    }
    const before = raw.prepare('select id, kind from locations order by id').all()
    const products = raw.prepare('select id, price, cost from products order by id').all()
    await migrateToLatest(db as never)

    // Ids are untouched (the ledgers point at them); the seeded rows are named across tills.
    expect(raw.prepare('select id, kind from locations order by id').all()).toEqual(before)
    const shared = (kind: string) =>
      raw
        .prepare(
          `select coalesce(shared_id, id) from locations where kind = ?
           order by created_at, rowid limit 1`,
        )
        .pluck()
        .get(kind)
    expect(shared('showroom')).toBe(seededLocationIds.showroom)
    expect(shared('storeroom')).toBe(seededLocationIds.storeroom)
    expect(till.locations.galeri).not.toBe(seededLocationIds.showroom)
    // Only the two seeded rows got a shared id different from their own.
    expect(
      raw.prepare('select count(*) from locations where shared_id is not null').pluck().get(),
    ).toBe(2)
    // Every product starts with one version: the price and cost it had.
    expect(
      raw
        .prepare(
          `select product_id as id, price, cost from product_price_versions order by product_id`,
        )
        .all(),
    ).toEqual(products)
    await db.destroy()
  })

  it('price and cost changes are append-only versions; sale lines snapshot the price', async () => {
    const till = await createTestCore()
    cores.push(till)
    const input = productInput({ price: 15_000, cost: 6_000 })
    const product = await till.must('catalog:create', input)
    till.clock.advance(60_000)
    await till.must('catalog:update', { ...input, id: product.id, price: 17_500, cost: 7_000 })
    till.clock.advance(60_000)
    // A rename is not a new price.
    await till.must('catalog:update', {
      ...input,
      id: product.id,
      name: 'Tas Rotan',
      price: 17_500,
      cost: 7_000,
    })
    const versions = till.database.raw
      .prepare(
        'select price, cost, source from product_price_versions where product_id = ? order by effective_at',
      )
      .all(product.id)
    expect(versions).toEqual([
      { price: 15_000, cost: 6_000, source: 'till' },
      { price: 17_500, cost: 7_000, source: 'till' },
    ])
    expect(() =>
      till.database.raw.prepare('update product_price_versions set price = 1').run(),
    ).toThrow(/append-only/)
    expect(() => till.database.raw.prepare('delete from product_price_versions').run()).toThrow(
      /append-only/,
    )
    await receiveStock((c, i) => till.must(c, i), { productId: product.id, qty: 2 })
    await till.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 17_500 }],
    })
    expect(
      till.database.raw
        .prepare('select unit_price from sale_lines where product_id = ?')
        .pluck()
        .get(product.id),
    ).toBe(17_500)
  })
})
