import { sql, type Kysely } from 'kysely'
import type { ParsedInputOf } from '../../../shared/contract'
import type { ProductDto } from '../../../shared/catalogue/catalogue-dto'
import type { Database } from '../../db/schema'
import type { ServiceContext } from '../core/context'
import { createProductSearch, type ProductSearchOptions } from './catalog-search'
import { AppError, fieldError } from '../core/errors'
import { productIdForCode } from './scan-code'

type ProductInput = ParsedInputOf<'catalog:create'>

function productQuery(db: Kysely<Database>) {
  return db
    .selectFrom('products as p')
    .leftJoin('categories as c', 'c.id', 'p.category_id')
    .leftJoin('workshops as w', 'w.id', 'p.workshop_id')
    .select((eb) => [
      'p.id',
      'p.sku',
      'p.barcode',
      'p.name',
      'p.category_id as categoryId',
      'c.name as categoryName',
      'p.unit',
      'p.price',
      'p.cost',
      'p.workshop_id as workshopId',
      'w.name as workshopName',
      'p.active',
      eb
        .selectFrom('stock_levels as s')
        .select((s) => s.fn.coalesce(s.fn.sum<number>('s.on_hand'), s.lit(0)).as('n'))
        .whereRef('s.product_id', '=', 'p.id')
        .as('onHand'),
    ])
}

type ProductRow = Awaited<ReturnType<ReturnType<typeof productQuery>['executeTakeFirstOrThrow']>>

const toDto = (row: ProductRow): ProductDto => ({
  ...row,
  active: row.active === 1,
  onHand: Number(row.onHand ?? 0),
})

export function createCatalogService(ctx: ServiceContext, searchOptions?: ProductSearchOptions) {
  const { db } = ctx
  const productSearch = createProductSearch(db, searchOptions)

  /** Name order, SKU (unique) breaking ties, so every path lists the same products alike. */
  async function search(query: string, limit: number, includeInactive: boolean) {
    const text = query.trim()
    let q = productQuery(db)
    if (text.length >= 3) {
      // Trigram semantics: substring of name, SKU or barcode (see catalog-search.ts).
      const rowids = await productSearch.matchingRowids(text, limit, includeInactive)
      if (rowids.length === 0) return []
      q = q.where(sql<boolean>`p.rowid in (${sql.join(rowids)})`)
    } else {
      if (!includeInactive) q = q.where('p.active', '=', 1)
      if (text.length > 0) {
        // Trigrams need three characters; short queries fall back to prefix matches.
        const prefix = `${text.replace(/[%_\\]/g, (m) => `\\${m}`)}%`
        q = q.where((eb) =>
          eb.or([
            eb(sql`p.name`, 'like', sql`${prefix} escape '\\'`),
            eb(sql`p.sku`, 'like', sql`${prefix} escape '\\'`),
            eb('p.barcode', '=', text),
          ]),
        )
      }
    }
    const rows = await q.orderBy('p.name').orderBy('p.sku').limit(limit).execute()
    return rows.map(toDto)
  }

  async function get(id: string): Promise<ProductDto> {
    const row = await productQuery(db).where('p.id', '=', id).executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    return toDto(row)
  }

  /** A scanned or typed code: its barcode, else its SKU (the one rule of every scan field). */
  async function byBarcode(barcode: string): Promise<ProductDto> {
    const id = await productIdForCode(db, barcode)
    const row = id ? await productQuery(db).where('p.id', '=', id).executeTakeFirst() : undefined
    if (!row) throw new AppError('UNKNOWN_BARCODE', { barcode: barcode.trim() })
    return toDto(row)
  }

  async function assertUnique(input: ProductInput, exceptId?: string) {
    const clash = await db
      .selectFrom('products')
      .select(['id', 'sku', 'barcode'])
      .where((eb) =>
        eb.or([
          eb('sku', '=', input.sku),
          ...(input.barcode ? [eb('barcode', '=', input.barcode)] : []),
        ]),
      )
      .$if(exceptId !== undefined, (qb) => qb.where('id', '!=', exceptId ?? ''))
      .execute()
    const issues = []
    if (clash.some((r) => r.sku === input.sku))
      issues.push({ path: 'sku', code: 'DUPLICATE_SKU' as const })
    if (input.barcode && clash.some((r) => r.barcode === input.barcode))
      issues.push({ path: 'barcode', code: 'DUPLICATE_BARCODE' as const })
    if (issues.length > 0) throw new AppError('VALIDATION', undefined, issues)
  }

  async function assertReferences(input: ProductInput) {
    if (input.categoryId) {
      const found = await db
        .selectFrom('categories')
        .select('id')
        .where('id', '=', input.categoryId)
        .executeTakeFirst()
      if (!found) throw fieldError('categoryId', 'INVALID_VALUE')
    }
    if (input.workshopId) {
      const found = await db
        .selectFrom('workshops')
        .select('id')
        .where('id', '=', input.workshopId)
        .executeTakeFirst()
      if (!found) throw fieldError('workshopId', 'INVALID_VALUE')
    }
  }

  const columns = (input: ProductInput) => ({
    sku: input.sku,
    barcode: input.barcode,
    name: input.name,
    category_id: input.categoryId,
    unit: input.unit,
    price: input.price,
    cost: input.cost,
    workshop_id: input.workshopId,
    active: input.active ? 1 : 0,
  })

  async function create(input: ProductInput): Promise<ProductDto> {
    await assertUnique(input)
    await assertReferences(input)
    const id = ctx.ids.next()
    const now = ctx.clock.now()
    await db
      .insertInto('products')
      .values({ id, ...columns(input), device_id: ctx.deviceId, created_at: now, updated_at: now })
      .execute()
    return get(id)
  }

  async function update(input: ProductInput & { id: string }): Promise<ProductDto> {
    await get(input.id)
    await assertUnique(input, input.id)
    await assertReferences(input)
    await db
      .updateTable('products')
      .set({ ...columns(input), updated_at: ctx.clock.now() })
      .where('id', '=', input.id)
      .execute()
    return get(input.id)
  }

  async function options() {
    const [workshops, categories, locations, units] = await Promise.all([
      db
        .selectFrom('workshops')
        .select(['id', 'name'])
        .where('active', '=', 1)
        .orderBy('name')
        .execute(),
      db.selectFrom('categories').select(['id', 'name']).orderBy('name').execute(),
      db
        .selectFrom('locations')
        .select(['id', 'name', 'kind'])
        .where('active', '=', 1)
        .orderBy('created_at')
        .execute(),
      db.selectFrom('products').select('unit').distinct().orderBy('unit').execute(),
    ])
    const unitNames = new Set(['pcs', 'set', 'pasang', 'lembar', ...units.map((u) => u.unit)])
    return { workshops, categories, locations, units: [...unitNames] }
  }

  /** Categories and workshops are named once and picked thereafter; names are unique. */
  async function addNamed(table: 'categories' | 'workshops', name: string) {
    const clash = await db
      .selectFrom(table)
      .select('id')
      .where('name', '=', name)
      .executeTakeFirst()
    if (clash) throw fieldError('name', 'DUPLICATE_NAME')
    const id = ctx.ids.next()
    await db
      .insertInto(table)
      .values({ id, name, device_id: ctx.deviceId, created_at: ctx.clock.now() })
      .execute()
    return { id, name }
  }

  return {
    search,
    get,
    byBarcode,
    create,
    update,
    options,
    addCategory: (name: string) => addNamed('categories', name),
    addWorkshop: (name: string) => addNamed('workshops', name),
  }
}

export type CatalogService = ReturnType<typeof createCatalogService>
