import type { Channel } from './contract'
import { appChannelNames } from './contracts/app.names'
import { settingsChannelNames } from './contracts/settings.names'
import { catalogueChannelNames } from './contracts/catalogue.names'
import { salesChannelNames } from './contracts/sales.names'
import { tillChannelNames } from './contracts/till.names'
import { authChannelNames } from './contracts/auth.names'
import { shiftsChannelNames } from './contracts/shifts.names'
import { printingChannelNames } from './contracts/printing.names'
import { opnameChannelNames } from './contracts/opname.names'
import { importChannelNames } from './contracts/import.names'
import { dataChannelNames } from './contracts/data.names'
import { auditChannelNames } from './contracts/audit.names'
import { shiftPrintChannelNames } from './contracts/shift-print.names'
import { stockChannelNames } from './contracts/stock.names'
import { reportsChannelNames } from './contracts/reports.names'
import { buyerChannelNames } from './contracts/buyer.names'
import { trainingChannelNames } from './contracts/training.names'
import { consignmentChannelNames } from './contracts/consignment.names'
import { evidenceChannelNames } from './contracts/evidence.names'
import { syncChannelNames } from './contracts/sync.names'
import { hubviewChannelNames } from './contracts/hubview.names'
import { setupChannelNames } from './contracts/setup.names'
import { approvalsChannelNames } from './contracts/approvals.names'
import { ordersChannelNames } from './contracts/orders.names'

/**
 * Channel names without zod, for the preload (which must stay small and dependency-free
 * under the sandbox). A type test in test/unit proves this list equals the contract's keys.
 */
export const channelNames = [
  ...appChannelNames,
  ...settingsChannelNames,
  ...catalogueChannelNames,
  ...salesChannelNames,
  ...tillChannelNames,
  ...authChannelNames,
  ...shiftsChannelNames,
  ...auditChannelNames,
  ...printingChannelNames,
  ...opnameChannelNames,
  ...importChannelNames,
  ...dataChannelNames,
  ...shiftPrintChannelNames,
  ...stockChannelNames,
  ...reportsChannelNames,
  ...buyerChannelNames,
  ...trainingChannelNames,
  ...consignmentChannelNames,
  ...evidenceChannelNames,
  ...setupChannelNames,
  ...approvalsChannelNames,
  ...ordersChannelNames,
  ...syncChannelNames,
  ...hubviewChannelNames,
] as const satisfies readonly Channel[]

export type ChannelName = (typeof channelNames)[number]
