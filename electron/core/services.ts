import type { OpenDatabase } from '../db/connection'
import { writeGeneration } from '../db/write-generation'
import { createAfterSaleService } from '../services/after-sale.service'
import { createAuditViewService } from '../services/audit-view.service'
import { createAuthService } from '../services/auth/auth.service'
import type { Session } from '../services/auth/session'
import { createCatalogService } from '../services/catalog.service'
import { createCheckoutService } from '../services/checkout.service'
import type { ServiceContext } from '../services/context'
import { createDemoCatalogService } from '../services/demo-catalog.service'
import { createPaymentMethodsService } from '../services/payment-methods.service'
import { createPrintingService } from '../services/printing/printing.service'
import type { ReportQueries } from '../services/reports/report-queries'
import { createReportsService } from '../services/reports/reports.service'
import { createSettingsService } from '../services/settings.service'
import { createShiftsService } from '../services/shifts.service'
import { createStockService } from '../services/stock/stock.service'
import { createShiftPrintService } from '../services/shift-print.service'
import { createTillCartService } from '../services/till-cart.service'
import { createTillSettingsService } from '../services/till-settings.service'
import { createSetupService } from '../services/setup/setup.service'
import { createOpnameService } from '../services/opname/opname.service'
import { createCatalogImportService } from '../services/import/catalog-import.service'

/** Builds every domain service over one context. Plain functions, no Electron. */
export function buildServices(
  ctx: ServiceContext,
  identity: { showroomId: string },
  session: Session,
  database: Pick<OpenDatabase, 'raw'>,
  /** Where Laporan's aggregations run (a worker thread in the apps); the main connection if absent. */
  reportQueries?: ReportQueries,
) {
  const settings = createSettingsService(ctx.db)
  const till = createTillSettingsService(ctx, settings, identity)
  const defaultLocationId = till.locationId
  const generation = writeGeneration(database.raw)
  const auth = createAuthService(ctx, session, settings, generation)
  // Everyone signs in with a PIN (the wizard makes sure of it), so sales always need a shift.
  const requireShift = async () => true
  const printing = createPrintingService(ctx, settings)
  return {
    settings,
    setup: createSetupService(ctx),
    till,
    auth,
    shifts: createShiftsService(ctx, till),
    audit: createAuditViewService(ctx, database),
    catalog: createCatalogService(ctx),
    checkout: createCheckoutService(ctx, till, requireShift),
    afterSale: createAfterSaleService(ctx, till),
    tillCart: createTillCartService(ctx),
    payments: createPaymentMethodsService(ctx.db),
    printing,
    reports: createReportsService(ctx, settings, reportQueries),
    shiftPrint: createShiftPrintService(ctx, printing),
    demo: createDemoCatalogService(ctx, settings, defaultLocationId),
    stock: createStockService(ctx, settings),
    opname: createOpnameService(ctx, settings),
    catalogImport: createCatalogImportService(ctx, defaultLocationId),
    defaultLocationId,
    /** Changes with every write on the connection: what may be remembered until then. */
    generation,
  }
}

export type Services = ReturnType<typeof buildServices>
