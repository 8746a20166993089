import demoCatalog from '../../../resources/demo-catalog.json'
import type { Actor, ServiceContext } from '../core/context'
import type { SettingsService } from '../settings/settings.service'
import { postMovement } from '../stock/stock-ledger'

export interface DemoCatalog {
  workshops: string[]
  categories: string[]
  products: Array<{
    name: string
    sku: string
    barcode: string
    workshop: string
    category: string
    unit: string
    price: number
    cost: number
    openingStock: number
  }>
}

/**
 * First-run demo: a small catalogue of the showroom's crafts with opening stock, so a
 * newcomer can sell at once. Offered only while the catalogue is empty.
 */
export function createDemoCatalogService(
  ctx: ServiceContext,
  settings: SettingsService,
  defaultLocationId: () => Promise<string>,
) {
  const { db } = ctx

  async function catalogIsEmpty(): Promise<boolean> {
    const row = await db.selectFrom('products').select('id').limit(1).executeTakeFirst()
    return row === undefined
  }

  async function shouldOffer(): Promise<boolean> {
    return (await settings.get('demo.offered')) !== true && (await catalogIsEmpty())
  }

  async function decline(): Promise<void> {
    await settings.set('demo.offered', true)
  }

  async function seed(actor: Actor, catalog: DemoCatalog = demoCatalog): Promise<number> {
    const locationId = await defaultLocationId()
    const now = ctx.clock.now()
    await db.transaction().execute(async (trx) => {
      if ((await trx.selectFrom('products').select('id').limit(1).executeTakeFirst()) !== undefined)
        return
      const workshopIds = new Map(catalog.workshops.map((name) => [name, ctx.ids.next()]))
      const categoryIds = new Map(catalog.categories.map((name) => [name, ctx.ids.next()]))
      for (const [name, id] of workshopIds) {
        await trx
          .insertInto('workshops')
          .values({ id, name, device_id: ctx.deviceId, created_at: now })
          .execute()
      }
      for (const [name, id] of categoryIds) {
        await trx
          .insertInto('categories')
          .values({ id, name, device_id: ctx.deviceId, created_at: now })
          .execute()
      }
      for (const p of catalog.products) {
        const id = ctx.ids.next()
        const workshopId = workshopIds.get(p.workshop) ?? null
        await trx
          .insertInto('products')
          .values({
            id,
            sku: p.sku,
            barcode: p.barcode,
            name: p.name,
            category_id: categoryIds.get(p.category) ?? null,
            unit: p.unit,
            price: p.price,
            cost: p.cost,
            workshop_id: workshopId,
            active: 1,
            device_id: ctx.deviceId,
            created_at: now,
            updated_at: now,
          })
          .execute()
        if (p.openingStock > 0) {
          await postMovement(trx, {
            id: ctx.ids.next(),
            productId: id,
            locationId,
            qty: p.openingStock,
            reason: 'production_in',
            unitCost: p.cost,
            workshopId,
            note: 'Stok awal (demo)',
            userId: actor.userId,
            deviceId: ctx.deviceId,
            createdAt: now,
          })
        }
      }
      await trx
        .insertInto('settings')
        .values({ key: 'demo.offered', value: 'true' })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: 'true' }))
        .execute()
    })
    return catalog.products.length
  }

  return { shouldOffer, decline, seed }
}

export type DemoCatalogService = ReturnType<typeof createDemoCatalogService>
