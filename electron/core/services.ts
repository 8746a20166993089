import { createAfterSaleService } from '../services/after-sale.service'
import { createCatalogService } from '../services/catalog.service'
import { createCheckoutService } from '../services/checkout.service'
import type { ServiceContext } from '../services/context'
import { createDemoCatalogService } from '../services/demo-catalog.service'
import { createInventoryService } from '../services/inventory.service'
import { createPaymentMethodsService } from '../services/payment-methods.service'
import { createSettingsService } from '../services/settings.service'
import { createTillCartService } from '../services/till-cart.service'
import { createTillSettingsService } from '../services/till-settings.service'

/** Builds every domain service over one context. Plain functions, no Electron. */
export function buildServices(
  ctx: ServiceContext,
  identity: { deviceCode: string; showroomId: string },
) {
  const settings = createSettingsService(ctx.db)
  const till = createTillSettingsService(ctx, settings, identity)
  const defaultLocationId = till.locationId
  return {
    settings,
    till,
    catalog: createCatalogService(ctx),
    inventory: createInventoryService(ctx, defaultLocationId),
    checkout: createCheckoutService(ctx, till),
    afterSale: createAfterSaleService(ctx, till),
    tillCart: createTillCartService(ctx),
    payments: createPaymentMethodsService(ctx.db),
    demo: createDemoCatalogService(ctx, settings, defaultLocationId),
    defaultLocationId,
  }
}

export type Services = ReturnType<typeof buildServices>
