import type { OpenDatabase } from '../db/connection'
import { createAfterSaleService } from '../services/after-sale.service'
import { createAuditViewService } from '../services/audit-view.service'
import { createAuthService } from '../services/auth/auth.service'
import type { Session } from '../services/auth/session'
import { createCatalogService } from '../services/catalog.service'
import { createCheckoutService } from '../services/checkout.service'
import type { ServiceContext } from '../services/context'
import { createDemoCatalogService } from '../services/demo-catalog.service'
import { createInventoryService } from '../services/inventory.service'
import { createPaymentMethodsService } from '../services/payment-methods.service'
import { createPrintingService } from '../services/printing/printing.service'
import { createSettingsService } from '../services/settings.service'
import { createShiftsService } from '../services/shifts.service'
import { createTillCartService } from '../services/till-cart.service'
import { createTillSettingsService } from '../services/till-settings.service'

/** Builds every domain service over one context. Plain functions, no Electron. */
export function buildServices(
  ctx: ServiceContext,
  identity: { deviceCode: string; showroomId: string },
  session: Session,
  database: Pick<OpenDatabase, 'raw'>,
) {
  const settings = createSettingsService(ctx.db)
  const till = createTillSettingsService(ctx, settings, identity)
  const defaultLocationId = till.locationId
  const auth = createAuthService(ctx, session, settings)
  const requireShift = async () => !(await auth.setupMode())
  return {
    settings,
    till,
    auth,
    shifts: createShiftsService(ctx, till),
    audit: createAuditViewService(ctx, database),
    catalog: createCatalogService(ctx),
    inventory: createInventoryService(ctx, defaultLocationId),
    checkout: createCheckoutService(ctx, till, requireShift),
    afterSale: createAfterSaleService(ctx, till),
    tillCart: createTillCartService(ctx),
    payments: createPaymentMethodsService(ctx.db),
    printing: createPrintingService(ctx, settings),
    demo: createDemoCatalogService(ctx, settings, defaultLocationId),
    defaultLocationId,
  }
}

export type Services = ReturnType<typeof buildServices>
