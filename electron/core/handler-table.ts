import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { HandlerTable } from '../ipc/handler-types'
import { appHandlers } from '../ipc/handlers/app.handlers'
import { approvalsHandlers } from '../ipc/handlers/approvals.handlers'
import { ordersHandlers } from '../ipc/handlers/orders.handlers'
import { consignmentHandlers } from '../ipc/handlers/consignment.handlers'
import { syncHandlers } from '../ipc/handlers/sync.handlers'
import { hubviewHandlers } from '../ipc/handlers/hubview.handlers'
import { auditHandlers } from '../ipc/handlers/audit.handlers'
import { authHandlers } from '../ipc/handlers/auth.handlers'
import { buyerHandlers, observeForBuyerDisplay } from '../ipc/handlers/buyer.handlers'
import { catalogHandlers } from '../ipc/handlers/catalog.handlers'
import { demoHandlers } from '../ipc/handlers/demo.handlers'
import { dataHandlers, observeForDataSafety } from '../ipc/handlers/data.handlers'
import { evidenceHandlers } from '../ipc/handlers/evidence.handlers'
import { importHandlers } from '../ipc/handlers/import.handlers'
import { opnameHandlers } from '../ipc/handlers/opname.handlers'
import { paymentsHandlers } from '../ipc/handlers/payments.handlers'
import { permissionsHandlers } from '../ipc/handlers/permissions.handlers'
import { printingHandlers } from '../ipc/handlers/printing.handlers'
import { reportsHandlers } from '../ipc/handlers/reports.handlers'
import { salesHandlers } from '../ipc/handlers/sales.handlers'
import { settingsHandlers } from '../ipc/handlers/settings.handlers'
import { setupHandlers } from '../ipc/handlers/setup.handlers'
import { trainingHandlers } from '../ipc/handlers/training.handlers'
import { shiftPrintHandlers } from '../ipc/handlers/shift-print.handlers'
import { shiftsHandlers } from '../ipc/handlers/shifts.handlers'
import type { StartCheck } from '../services/start-check/start-check'
import { stockHandlers } from '../ipc/handlers/stock.handlers'
import { tillHandlers } from '../ipc/handlers/till.handlers'
import { usersHandlers } from '../ipc/handlers/users.handlers'
import type { Clock } from '../services/core/context'
import type { FileVerifier } from '../services/backup/verification'
import type { CoreServices, Services } from './services'
import type { CoreOptions } from './start-core'

/** What the handlers need beyond the services: facts of this run and the shells' seams. */
export type HandlerFacts = Pick<
  CoreOptions,
  'version' | 'dataDir' | 'osPrinter' | 'buyerScreen' | 'reopen' | 'switchBooks' | 'restoreFaults'
> & {
  db: Kysely<Database>
  deviceId: string
  training: boolean
  clock: Clock
  verify: FileVerifier
  startCheck: StartCheck
}

/**
 * Every channel's handler, in one table. Sales and shift closes also tell the data-safety
 * service (backups every N sales, at Z), and the buyer's screen follows cart saves and sales
 * the same way, so the table handed back is already observed for both.
 */
export function buildHandlerTable(
  services: Services,
  core: CoreServices,
  facts: HandlerFacts,
): HandlerTable {
  const { dataDir, version, training, clock, verify } = facts
  const handlers: HandlerTable = {
    ...appHandlers(services, {
      db: facts.db,
      deviceId: facts.deviceId,
      version,
      dataDir,
      training,
      startCheck: facts.startCheck,
    }),
    ...settingsHandlers(services),
    ...demoHandlers(services, { training }),
    ...setupHandlers(services, {
      dataDir,
      training,
      clock,
      verify,
      ...(facts.reopen ? { reopen: facts.reopen } : {}),
    }),
    ...trainingHandlers({
      training,
      ...(facts.switchBooks ? { switchBooks: facts.switchBooks } : {}),
    }),
    ...catalogHandlers(services),
    ...salesHandlers(services),
    ...paymentsHandlers(services),
    ...tillHandlers(services),
    ...printingHandlers(services, facts.osPrinter),
    ...authHandlers(services),
    ...usersHandlers(services),
    ...permissionsHandlers(services),
    ...shiftsHandlers(services),
    ...auditHandlers(services),
    ...opnameHandlers(services),
    ...importHandlers(services),
    ...dataHandlers(core.dataSafety, {
      dataDir,
      clock,
      verify,
      ...(facts.reopen ? { reopen: facts.reopen } : {}),
      ...(facts.restoreFaults ? { faults: facts.restoreFaults } : {}),
    }),
    ...stockHandlers(services),
    ...shiftPrintHandlers(services),
    ...reportsHandlers(services),
    ...buyerHandlers(core.buyerDisplay, facts.buyerScreen),
    ...evidenceHandlers(core.evidence),
    ...approvalsHandlers(services),
    ...ordersHandlers(services, facts.osPrinter),
    ...consignmentHandlers(services),
    ...syncHandlers(core.sync),
    ...hubviewHandlers(facts.db, facts.deviceId, clock),
  }
  return observeForBuyerDisplay(observeForDataSafety(handlers, core.dataSafety), core.buyerDisplay)
}
