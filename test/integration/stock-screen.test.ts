import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import {
  verifyStockLevels,
  verifyStockValueTotals,
} from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import { locationId, saleId, stockedProduct } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

// The Stok screen's pages, counts and totals take different plans by the size of the view
// (0011_stock_screen, stock-levels.service): whatever the plan, the rows must be those of
// the plain definition. Here that definition is written out in JS over a generated catalogue
// big enough to reach every branch, and the totals aggregate is checked after every kind of
// write against a sum over the levels themselves.

/** Units and value at cost straight from stock_levels × products, for one view. */
function levelSums(
  core: TestCore,
  filter: { locationId?: string; categoryId?: string; workshopId?: string } = {},
) {
  const row = core.database.raw
    .prepare(
      `select coalesce(sum(s.on_hand), 0) as units, coalesce(sum(s.on_hand * p.cost), 0) as value
       from stock_levels s join products p on p.id = s.product_id
       where (@loc is null or s.location_id = @loc)
         and (@cat is null or p.category_id = @cat)
         and (@ws is null or p.workshop_id = @ws)`,
    )
    .get({
      loc: filter.locationId ?? null,
      cat: filter.categoryId ?? null,
      ws: filter.workshopId ?? null,
    }) as { units: number; value: number }
  // The whole stock (no location) also holds the goods on the road, at today's cost.
  if (filter.locationId) return row
  const transit = core.database.raw
    .prepare(
      `select coalesce(sum(x.qty_sent * p.cost), 0) as value
       from transfer_lines x join transfers t on t.id = x.transfer_id
         join products p on p.id = x.product_id
       where t.state = 'in_transit'
         and (@cat is null or p.category_id = @cat)
         and (@ws is null or p.workshop_id = @ws)`,
    )
    .get({ cat: filter.categoryId ?? null, ws: filter.workshopId ?? null }) as { value: number }
  return { units: row.units, value: row.value + transit.value }
}

describe('stock screen: the totals aggregate follows every write', () => {
  let core: TestCore
  let galeri: string
  let gudang: string
  let kayu: string
  let anyaman: string
  let lapasA: string
  let lapasB: string
  let patung: ProductDto
  let tas: ProductDto
  let lepas: ProductDto
  beforeEach(async () => {
    core = await createTestCore()
    galeri = await locationId(core, 'Galeri')
    gudang = await locationId(core, 'Gudang')
    kayu = (await core.must('catalog:addCategory', { name: 'Kayu' })).id
    anyaman = (await core.must('catalog:addCategory', { name: 'Anyaman' })).id
    lapasA = (await core.must('catalog:addWorkshop', { name: 'Bengkel A' })).id
    lapasB = (await core.must('catalog:addWorkshop', { name: 'Bengkel B' })).id
    patung = await stockedProduct(core, 0, {
      name: 'Patung Enggang',
      categoryId: kayu,
      workshopId: lapasA,
      cost: 60000,
    })
    tas = await stockedProduct(core, 0, { name: 'Tas Rotan', categoryId: anyaman, cost: 25000 })
    lepas = await stockedProduct(core, 0, { name: 'Gantungan', workshopId: lapasB, cost: 4000 })
  })
  afterEach(async () => core.dispose())

  /** Every view's totals equal the levels' own sums, and the verifier finds nothing. */
  async function expectExact() {
    expect(await verifyStockValueTotals(core.db)).toEqual([])
    expect(await verifyStockLevels(core.db)).toEqual([])
    const views = [
      {},
      { locationId: galeri },
      { locationId: gudang },
      { categoryId: kayu },
      { categoryId: anyaman, locationId: galeri },
      { workshopId: lapasA },
      { workshopId: lapasB, locationId: gudang },
      { categoryId: kayu, workshopId: lapasA, locationId: galeri },
    ]
    for (const view of views) {
      const totals = await core.must('stock:levelTotals', view)
      expect({ units: totals.units, value: totals.value }, JSON.stringify(view)).toEqual(
        levelSums(core, view),
      )
    }
    expect(await core.must('stock:verify', {})).toMatchObject({ mismatches: 0 })
  }

  const intake = (productId: string, qty: number, at = galeri) =>
    core.must('stock:postDocument', {
      kind: 'purchase_in',
      locationId: at,
      docDate: '2026-11-27',
      lines: [{ productId, qty }],
    })

  const checkout = (input: Omit<InputOf<'sales:checkout'>, 'id'>) =>
    core.must('sales:checkout', { id: saleId(), ...input })

  it('starts from the levels (backfill) and follows intake, sale, void and return', async () => {
    await expectExact()
    await intake(patung.id, 10)
    await intake(tas.id, 7)
    await intake(lepas.id, 30, gudang)
    await expectExact()
    expect(await core.must('stock:levelTotals', {})).toMatchObject({
      units: 47,
      value: 10 * 60000 + 7 * 25000 + 30 * 4000,
    })

    const sale = await checkout({
      lines: [
        { productId: patung.id, qty: 2 },
        { productId: tas.id, qty: 1 },
      ],
      payments: [{ methodId: 'tunai', amount: 2 * patung.price + tas.price }],
    })
    await expectExact()
    expect((await core.must('stock:levelTotals', { categoryId: kayu })).units).toBe(8)

    await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
    await expectExact()
    expect((await core.must('stock:levelTotals', { categoryId: kayu })).units).toBe(10)

    const second = await checkout({
      lines: [{ productId: patung.id, qty: 3 }],
      payments: [{ methodId: 'tunai', amount: 3 * patung.price }],
    })
    await core.must('sales:return', {
      id: saleId(),
      saleId: second.id,
      reason: 'Pembeli berubah pikiran',
      lines: [{ saleLineId: second.lines[0]!.id, qty: 1, disposition: 'restock' }],
      refunds: [{ methodId: 'tunai', amount: patung.price }],
    })
    await expectExact()
    expect((await core.must('stock:levelTotals', { workshopId: lapasA })).units).toBe(8)
  })

  it('follows a transfer out, in transit and received', async () => {
    await intake(patung.id, 10)
    await intake(tas.id, 5)
    const draft = await core.must('stock:saveTransfer', {
      fromId: galeri,
      toId: gudang,
      lines: [
        { productId: patung.id, qty: 6 },
        { productId: tas.id, qty: 5 },
      ],
    })
    await core.must('stock:sendTransfer', { id: draft.id })
    await expectExact()
    expect(await core.must('stock:levelTotals', { locationId: galeri })).toMatchObject({
      units: 4,
      value: 4 * 60000,
      inTransit: 11,
    })
    // Nilai stok keeps the goods on the road: sending moves value, it does not lose it.
    expect(await core.must('stock:levelTotals', {})).toMatchObject({
      units: 4,
      value: 10 * 60000 + 5 * 25000,
      inTransitValue: 6 * 60000 + 5 * 25000,
      inTransit: 11,
    })
    expect(await core.must('stock:levelTotals', { categoryId: anyaman })).toMatchObject({
      value: 5 * 25000,
      inTransitValue: 5 * 25000,
    })
    await core.must('stock:receiveTransfer', {
      id: draft.id,
      lines: [
        { productId: patung.id, received: 5, damaged: 1 },
        { productId: tas.id, received: 5, damaged: 0 },
      ],
    })
    await expectExact()
    // Received and damaged both arrive at Gudang; the missing unit is lost on the way.
    expect((await core.must('stock:levelTotals', { locationId: gudang })).units).toBe(10)
  })

  it('moves a product’s whole contribution when its cost, category or workshop changes', async () => {
    await intake(patung.id, 10)
    await intake(patung.id, 4, gudang)
    await intake(tas.id, 3, gudang)
    await expectExact()
    const edit = (product: ProductDto, changes: Partial<InputOf<'catalog:update'>>) =>
      core.must('catalog:update', {
        id: product.id,
        name: product.name,
        sku: product.sku,
        barcode: product.barcode,
        categoryId: product.categoryId,
        unit: product.unit,
        price: product.price,
        cost: product.cost,
        workshopId: product.workshopId,
        active: product.active,
        ...changes,
      })

    patung = await edit(patung, { cost: 75000 })
    await expectExact()
    expect((await core.must('stock:levelTotals', {})).value).toBe(14 * 75000 + 3 * 25000)

    patung = await edit(patung, { categoryId: anyaman })
    await expectExact()
    expect((await core.must('stock:levelTotals', { categoryId: kayu })).units).toBe(0)
    expect((await core.must('stock:levelTotals', { categoryId: anyaman })).units).toBe(17)

    patung = await edit(patung, { workshopId: null, categoryId: null })
    await expectExact()
    expect((await core.must('stock:levelTotals', { workshopId: lapasA })).units).toBe(0)

    tas = await edit(tas, { workshopId: lapasB, cost: 0 })
    await expectExact()
    expect(await core.must('stock:levelTotals', { workshopId: lapasB })).toMatchObject({
      units: 3,
      value: 0,
    })
  })

  it('follows a level deleted or re-keyed directly, and stock:verify reports a drifted cell', async () => {
    await intake(patung.id, 10)
    await intake(tas.id, 5, gudang)
    const raw = core.database.raw
    // Nothing in the app deletes or re-keys a level; the triggers cover it all the same.
    raw.prepare('delete from stock_levels where product_id = ?').run(tas.id)
    expect(await verifyStockValueTotals(core.db)).toEqual([])
    raw
      .prepare('update stock_levels set location_id = ? where product_id = ?')
      .run(gudang, patung.id)
    expect(await verifyStockValueTotals(core.db)).toEqual([])
    expect((await core.must('stock:levelTotals', { locationId: gudang })).units).toBe(10)

    raw.prepare('update stock_value_totals set units = units + 1 where units <> 0').run()
    const drift = await verifyStockValueTotals(core.db)
    expect(drift).toEqual([
      {
        locationId: gudang,
        categoryId: kayu,
        workshopId: lapasA,
        units: 11,
        value: 600000,
        fromLevels: { units: 10, value: 600000 },
      },
    ])
    // The deleted and moved levels no longer match their movements either: verifyStockLevels
    // (stock:verify, the audit view, verify-data) reports both kinds.
    const all = await verifyStockLevels(core.db)
    expect(all).toContainEqual(drift[0])
    expect(all.length).toBeGreaterThan(1)
    expect(await core.must('stock:verify', {})).toMatchObject({ mismatches: all.length })
  })
})

// --- Pages and counts against the plain definition ---------------------------------------

interface GenProduct {
  rowid: number
  id: string
  sku: string
  barcode: string | null
  name: string
  categoryId: string | null
  workshopId: string | null
  cost: number
  reorderLevel: number
}

describe('stock screen: every plan returns the plain definition’s rows', () => {
  let core: TestCore
  let galeri: string
  let gudang: string
  let categories: string[]
  let workshops: string[]
  let products: GenProduct[]
  const levels = new Map<string, Map<string, number>>()

  beforeAll(async () => {
    core = await createTestCore()
    galeri = await locationId(core, 'Galeri')
    gudang = await locationId(core, 'Gudang')
    categories = []
    workshops = []
    for (const name of ['Kayu', 'Anyaman', 'Batik']) {
      categories.push((await core.must('catalog:addCategory', { name })).id)
    }
    for (const name of ['Bengkel A', 'Bengkel B']) {
      workshops.push((await core.must('catalog:addWorkshop', { name })).id)
    }
    // A seeded generator: the same catalogue on every run.
    let seed = 20261128
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
    const raw = core.database.raw
    const insert = raw.prepare(
      `insert into products (id, sku, barcode, name, category_id, unit, price, cost, workshop_id,
         active, device_id, created_at, updated_at, reorder_level)
       values (?, ?, ?, ?, ?, 'pcs', 10000, ?, ?, ?, 'test', 0, 0, ?)`,
    )
    const level = raw.prepare(
      'insert into stock_levels (product_id, location_id, on_hand) values (?, ?, ?)',
    )
    const shapes = ['Patung', 'Tas', 'Gelang', 'Kalung', 'Mangkok', 'Piring']
    const materials = [
      'Kayu Ulin',
      'Rotan',
      'Kayu Jati',
      'kayu Meranti',
      'Kayu Gaharu',
      'KAYU Besi',
      'Manik',
    ]
    products = []
    raw.transaction(() => {
      for (let i = 0; i < 1600; i++) {
        // Few distinct names, so ties on name are ordered by rowid; about one in 150 rare.
        const rare = i % 150 === 7
        const name = rare
          ? `Langka ${pick(shapes)}`
          : `${pick(shapes)} ${pick(materials)} ${Math.floor(random() * 40)}`
        const p: GenProduct = {
          rowid: 0,
          id: `gen-${String(i).padStart(5, '0')}`,
          sku: `GS-${String(i).padStart(5, '0')}`,
          barcode: i % 3 === 0 ? null : `899${String(i).padStart(10, '0')}`,
          name,
          categoryId: i % 5 === 0 ? null : pick(categories),
          workshopId: i % 4 === 0 ? null : pick(workshops),
          cost: Math.floor(random() * 50) * 1000,
          reorderLevel: i % 3 === 0 ? Math.floor(random() * 20) + 1 : 0,
        }
        const info = insert.run(
          p.id,
          p.sku,
          p.barcode,
          p.name,
          p.categoryId,
          p.cost,
          p.workshopId,
          i % 17 === 0 ? 0 : 1,
          p.reorderLevel,
        )
        p.rowid = Number(info.lastInsertRowid)
        products.push(p)
        const at = new Map<string, number>()
        // Galeri holds ~90% of the catalogue, Gudang ~40%: both location plans are reached.
        if (random() < 0.9) at.set(galeri, Math.floor(random() * 40) - 5)
        if (random() < 0.4) at.set(gudang, Math.floor(random() * 30))
        for (const [loc, qty] of at) level.run(p.id, loc, qty)
        levels.set(p.id, at)
      }
    })()
    // The bootstrap's demo-free core has no other products; the view is just these.
    expect(raw.prepare('select count(*) from products').pluck().get()).toBe(1600)
  })
  afterAll(async () => core.dispose())

  type View = Omit<InputOf<'stock:levels'>, 'offset' | 'limit'>

  /** The view as its definition reads, in JS: no index, no plan. */
  function reference(view: View) {
    const text = (view.query ?? '').trim()
    const lower = text.toLowerCase()
    const matches = (p: GenProduct) => {
      if (text.length >= 3) {
        return [p.name, p.sku, p.barcode ?? ''].some((v) => v.toLowerCase().includes(lower))
      }
      if (text.length > 0) {
        return (
          p.name.toLowerCase().startsWith(lower) ||
          p.sku.toLowerCase().startsWith(lower) ||
          p.barcode === text
        )
      }
      return true
    }
    const rows = products
      .filter((p) => {
        const at = levels.get(p.id)!
        if (view.locationId && !at.has(view.locationId)) return false
        if (!matches(p)) return false
        if (view.categoryId && p.categoryId !== view.categoryId) return false
        if (view.workshopId && p.workshopId !== view.workshopId) return false
        const onHand = onHandOf(p, view.locationId ?? null)
        if (view.lowStock && !(p.reorderLevel > 0 && onHand <= p.reorderLevel)) return false
        return true
      })
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.rowid - b.rowid))
    return rows
  }

  function onHandOf(p: GenProduct, location: string | null) {
    const at = levels.get(p.id)!
    if (location) return at.get(location) ?? 0
    let sum = 0
    for (const qty of at.values()) sum += qty
    return sum
  }

  async function expectView(view: View, offsets: number[]) {
    const expected = reference(view)
    const label = JSON.stringify(view)
    for (const offset of offsets) {
      const page = await core.must('stock:levels', { ...view, offset, limit: 50 })
      expect(page.total, `${label} total`).toBe(expected.length)
      expect(
        page.rows.map((r) => [r.productId, r.onHand, r.low, r.value]),
        `${label} offset ${offset}`,
      ).toEqual(
        expected.slice(offset, offset + 50).map((p) => {
          const onHand = onHandOf(p, view.locationId ?? null)
          return [p.id, onHand, p.reorderLevel > 0 && onHand <= p.reorderLevel, onHand * p.cost]
        }),
      )
    }
    const totals = await core.must('stock:levelTotals', view)
    const units = expected.reduce((sum, p) => sum + onHandOf(p, view.locationId ?? null), 0)
    const value = expected.reduce(
      (sum, p) => sum + onHandOf(p, view.locationId ?? null) * p.cost,
      0,
    )
    expect({ units: totals.units, value: totals.value }, `${label} totals`).toEqual({
      units,
      value,
    })
    return expected.length
  }

  const offsetsFor = (n: number) => [0, 50, Math.max(0, n - 60), Math.floor(n / 2), n + 10]

  it('a search with many hits (walked by name) and with few (sorted), alone', async () => {
    // ≥ 1,000 hits takes the name-index walk; a handful is sorted.
    const many = reference({ query: 'kayu' }).length
    expect(many).toBeGreaterThanOrEqual(1000)
    expect(reference({ query: 'langka' }).length).toBeGreaterThan(0)
    expect(reference({ query: 'langka' }).length).toBeLessThan(50)
    for (const query of ['kayu', 'KAYU ulin', 'langka', 'GS-0012', '8990000000033', 'zzz']) {
      const n = reference({ query }).length
      await expectView({ query }, offsetsFor(n))
    }
  })

  it('every location × search × filter × low stock, first, middle, deep and past-the-end pages', async () => {
    const filters: View[] = [
      {},
      { categoryId: categories[0]! },
      { workshopId: workshops[1]! },
      { lowStock: true },
      { categoryId: categories[1]!, lowStock: true },
      { categoryId: categories[2]!, workshopId: workshops[0]! },
      { workshopId: workshops[0]!, lowStock: true },
    ]
    for (const locationId of [null, galeri, gudang]) {
      for (const query of ['', 'kayu', 'langka', 'Ta', 'gs']) {
        for (const filter of filters) {
          const view = { ...filter, locationId, query }
          await expectView(view, offsetsFor(reference(view).length))
        }
      }
    }
  })

  it('one location: the walk for near pages and the sort for far ones agree at every page', async () => {
    for (const locationId of [galeri, gudang]) {
      const n = reference({ locationId }).length
      const offsets: number[] = []
      for (let offset = 0; offset < n + 50; offset += 50) offsets.push(offset)
      await expectView({ locationId }, offsets)
      await expectView({ locationId, query: 'kayu' }, [0, 100, 400, 800, 1200])
    }
  })

  it('the same after writes: a cost edit and a product moved to another category', async () => {
    const raw = core.database.raw
    const target = products[10]!
    raw
      .prepare('update products set cost = ?, category_id = ? where id = ?')
      .run(99000, categories[2]!, target.id)
    target.cost = 99000
    target.categoryId = categories[2]!
    expect(await verifyStockValueTotals(core.db)).toEqual([])
    for (const view of [
      {},
      { categoryId: categories[2]! },
      { locationId: galeri, categoryId: categories[2]! },
    ]) {
      await expectView(view, [0])
    }
  })
})
