import type { ParsedInputOf } from '../../shared/contract'
import type { StockReceipt } from '../../shared/dto'
import type { Actor, ServiceContext } from './context'
import { AppError, fieldError } from './errors'
import { postMovement } from './stock-ledger'

export function createInventoryService(
  ctx: ServiceContext,
  defaultLocationId: () => Promise<string>,
) {
  const { db } = ctx

  /** Penerimaan hasil produksi: finished goods from a workshop enter stock. */
  async function receive(
    actor: Actor,
    input: ParsedInputOf<'stock:receive'>,
  ): Promise<StockReceipt> {
    const product = await db
      .selectFrom('products')
      .select(['id', 'cost', 'workshop_id'])
      .where('id', '=', input.productId)
      .executeTakeFirst()
    if (!product) throw new AppError('NOT_FOUND')
    const locationId = input.locationId ?? (await defaultLocationId())
    const location = await db
      .selectFrom('locations')
      .select('id')
      .where('id', '=', locationId)
      .executeTakeFirst()
    if (!location) throw fieldError('locationId', 'INVALID_VALUE')
    const movementId = ctx.ids.next()
    const onHand = await db.transaction().execute((trx) =>
      postMovement(trx, {
        id: movementId,
        productId: product.id,
        locationId,
        qty: input.qty,
        reason: 'production_in',
        unitCost: input.unitCost ?? product.cost,
        workshopId: input.workshopId === undefined ? product.workshop_id : input.workshopId,
        note: input.note ?? null,
        userId: actor.userId,
        deviceId: ctx.deviceId,
        createdAt: ctx.clock.now(),
      }),
    )
    return { movementId, productId: product.id, locationId, onHand }
  }

  return { receive }
}

export type InventoryService = ReturnType<typeof createInventoryService>
