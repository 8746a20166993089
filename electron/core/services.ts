import { createCatalogService } from '../services/catalog.service'
import { createCheckoutService } from '../services/checkout.service'
import type { ServiceContext } from '../services/context'
import { createDemoCatalogService } from '../services/demo-catalog.service'
import { createInventoryService } from '../services/inventory.service'
import { createPaymentMethodsService } from '../services/payment-methods.service'
import { createSettingsService } from '../services/settings.service'

/** Builds every domain service over one context. Plain functions, no Electron. */
export function buildServices(
  ctx: ServiceContext,
  identity: { deviceCode: string; showroomId: string },
) {
  const settings = createSettingsService(ctx.db)
  const defaultLocationId = async () =>
    (await settings.get('till.defaultLocationId')) ?? identity.showroomId
  const deviceCode = async () => (await settings.get('device.code')) ?? identity.deviceCode
  return {
    settings,
    catalog: createCatalogService(ctx),
    inventory: createInventoryService(ctx, defaultLocationId),
    checkout: createCheckoutService(ctx, { deviceCode, defaultLocationId }),
    payments: createPaymentMethodsService(ctx.db),
    demo: createDemoCatalogService(ctx, settings, defaultLocationId),
    defaultLocationId,
  }
}

export type Services = ReturnType<typeof buildServices>
