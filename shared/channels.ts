import type { Channel } from './contract'
import { printingChannelNames } from './contracts/printing.names'
import { opnameChannelNames } from './contracts/opname.names'
import { importChannelNames } from './contracts/import.names'
import { dataChannelNames } from './contracts/data.names'
import { auditChannelNames } from './contracts/audit.names'
import { shiftPrintChannelNames } from './contracts/shift-print.names'
import { stockChannelNames } from './contracts/stock.names'
import { reportsChannelNames } from './contracts/reports.names'
import { buyerChannelNames } from './contracts/buyer.names'
import { startCheckChannelNames } from './contracts/start-check.names'
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
  'app:info',
  'settings:setLocale',
  'demo:seed',
  'demo:decline',
  'catalog:options',
  'catalog:search',
  'catalog:get',
  'catalog:byBarcode',
  'catalog:create',
  'catalog:update',
  'catalog:addCategory',
  'catalog:addWorkshop',
  'payments:methods',
  'sales:checkout',
  'sales:get',
  'sales:list',
  'sales:byReceipt',
  'sales:void',
  'sales:return',
  'sales:reprint',
  'till:openCart',
  'till:saveCart',
  'till:hold',
  'till:held',
  'till:resume',
  'till:removeLine',
  'till:settings',
  'till:setLocation',
  'settings:updateTill',
  'settings:setQris',
  'payments:save',
  'auth:candidates',
  'auth:login',
  'auth:lock',
  'auth:changePin',
  'users:list',
  'users:save',
  'permissions:matrix',
  'permissions:set',
  'settings:setAutoLock',
  'shifts:current',
  'shifts:open',
  'shifts:cash',
  'shifts:drawer',
  'shifts:close',
  'shifts:history',
  'audit:list',
  'audit:verify',
  ...printingChannelNames,
  ...opnameChannelNames,
  ...importChannelNames,
  ...dataChannelNames,
  ...auditChannelNames,
  ...shiftPrintChannelNames,
  ...stockChannelNames,
  ...reportsChannelNames,
  ...buyerChannelNames,
  ...startCheckChannelNames,
  ...consignmentChannelNames,
  ...evidenceChannelNames,
  ...setupChannelNames,
  ...approvalsChannelNames,
  ...ordersChannelNames,
  ...syncChannelNames,
  ...hubviewChannelNames,
] as const satisfies readonly Channel[]

export type ChannelName = (typeof channelNames)[number]
