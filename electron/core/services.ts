import type { OpenDatabase } from '../db/connection'
import { createBackupService } from '../services/backup/backup.service'
import type { FileVerifier } from '../services/backup/verification'
import { createBuyerDisplay } from '../services/buyer-display/buyer-display.service'
import { createEvidenceService } from '../services/evidence/evidence.service'
import type { TopicHub } from '../services/push/topic-hub'
import { replaceChainKey, type LoadedChainKey } from './chain-key-store'
import { registerChainFunctions } from '../db/ledger-chain'
import type { AdoptChainKey } from '../services/evidence/evidence.service'
import { writeGeneration } from '../db/write-generation'
import { createAfterSaleService } from '../services/sales/after-sale.service'
import { createAuditViewService } from '../services/audit/audit-view.service'
import { createAuthService } from '../services/auth/auth.service'
import type { Session } from '../services/auth/session'
import { createCatalogService } from '../services/catalogue/catalog.service'
import { createCheckoutService } from '../services/sales/checkout.service'
import { createConsignmentService } from '../services/consignment/consignment.service'
import type { ServiceContext } from '../services/core/context'
import { createDemoCatalogService } from '../services/catalogue/demo-catalog.service'
import { createPaymentMethodsService } from '../services/settings/payment-methods.service'
import { createPrintingService } from '../services/printing/printing.service'
import type { ReportQueries } from '../services/reports/report-queries'
import { createReportsService } from '../services/reports/reports.service'
import { createSettingsService } from '../services/settings/settings.service'
import { createShiftsService } from '../services/shifts/shifts.service'
import { createStockService } from '../services/stock/stock.service'
import { createShiftPrintService } from '../services/shifts/shift-print.service'
import { createTillCartService } from '../services/till/till-cart.service'
import { createTillSettingsService } from '../services/till/till-settings.service'
import { createSetupService } from '../services/setup/setup.service'
import { createOpnameService } from '../services/opname/opname.service'
import { createCatalogImportService } from '../services/import/catalog-import.service'
import { createMasterHistoryService } from '../services/catalogue/master-history.service'
import { createOrdersArea } from '../services/orders'
import { createSyncService } from '../services/sync/sync.service'
import type { CounterActivity } from '../services/sync/counter-activity'
import { fileHubSecretStore } from '../services/sync/hub-secret-store'

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
  const stock = createStockService(ctx, settings)
  return {
    settings,
    setup: createSetupService(ctx),
    till,
    auth,
    shifts: createShiftsService(ctx, till),
    audit: createAuditViewService(ctx, database),
    masterHistory: createMasterHistoryService(ctx),
    catalog: createCatalogService(ctx),
    checkout: createCheckoutService(ctx, till, requireShift),
    afterSale: createAfterSaleService(ctx, till),
    tillCart: createTillCartService(ctx),
    payments: createPaymentMethodsService(ctx.db),
    printing,
    reports: createReportsService(ctx, settings, reportQueries),
    shiftPrint: createShiftPrintService(ctx, printing),
    demo: createDemoCatalogService(ctx, settings, defaultLocationId),
    stock,
    consignment: createConsignmentService(ctx, settings, till, stock.transfers),
    opname: createOpnameService(ctx, settings),
    catalogImport: createCatalogImportService(ctx, defaultLocationId),
    orders: createOrdersArea(ctx, settings, till, printing.resolvedSettings),
    defaultLocationId,
    /** Changes with every write on the connection: what may be remembered until then. */
    generation,
  }
}

export type Services = ReturnType<typeof buildServices>

/**
 * The services that need more than the database: the data folder and its backups, the push
 * channel to the buyer's screen, the chain key of the evidence pack. Built here beside the
 * domain services so that start-core only wires them to the router and the shells.
 */
export function buildCoreServices(options: {
  ctx: ServiceContext
  services: Services
  database: Pick<OpenDatabase, 'raw'>
  dataDir: string
  chainKey: LoadedChainKey
  push: TopicHub
  autoBackup: boolean
  verify: FileVerifier
  /** The cashier's calls, which a running sync gives way to. */
  counter: CounterActivity
  logError?: (channel: string, error: unknown) => void
}) {
  const { ctx, services, logError } = options
  return {
    dataSafety: createBackupService({
      ctx,
      raw: options.database.raw,
      dataDir: options.dataDir,
      auto: options.autoBackup,
      verify: options.verify,
      ...(logError ? { logError } : {}),
    }),
    buyerDisplay: createBuyerDisplay({
      ctx: { db: ctx.db },
      tillCart: services.tillCart,
      till: services.till,
      settings: services.settings,
      hub: options.push,
      ...(logError ? { logError: (e: unknown) => logError('buyer', e) } : {}),
    }),
    evidence: createEvidenceService(
      ctx,
      options.chainKey,
      services.auth.checkOwnPin,
      adoptChainKey(options.chainKey, options.database.raw, ctx.clock),
    ),
    sync: createSyncService({
      ctx,
      secrets: fileHubSecretStore(options.dataDir),
      counter: options.counter,
    }),
  }
}

export type CoreServices = ReturnType<typeof buildCoreServices>

/** A restored chain key goes back to its store and signs this connection's links from now on. */
function adoptChainKey(
  chainKey: LoadedChainKey,
  raw: OpenDatabase['raw'],
  clock: ServiceContext['clock'],
): AdoptChainKey | null {
  const store = chainKey.store
  if (!store) return null
  return (key) => {
    const retired = replaceChainKey(store, key, clock.now())
    registerChainFunctions(raw, key)
    return retired
  }
}
