import type { z } from 'zod'
import { appContract } from './contracts/app'
import { settingsContract } from './contracts/settings'
import { catalogueContract } from './contracts/catalogue'
import { salesContract } from './contracts/sales'
import { tillContract } from './contracts/till'
import { authContract } from './contracts/auth'
import { shiftsContract } from './contracts/shifts'
import { auditContract } from './contracts/audit'
import { printingContract } from './contracts/printing'
import { opnameContract } from './contracts/opname'
import { importContract } from './contracts/import'
import { dataContract } from './contracts/data'
import { shiftPrintContract } from './contracts/shift-print'
import { stockContract } from './contracts/stock'
import { reportsContract } from './contracts/reports'
import { buyerContract } from './contracts/buyer'
import { trainingContract } from './contracts/training'
import { consignmentContract } from './contracts/consignment'
import { evidenceContract } from './contracts/evidence'
import { setupContract } from './contracts/setup'
import { approvalsContract } from './contracts/approvals'
import { ordersContract } from './contracts/orders'
import { syncContract } from './contracts/sync'
import { hubviewContract } from './contracts/hubview'

/**
 * The IPC contract: every channel's input schema and output type. The router validates
 * against these, the preload and the HTTP client are generated from the channel names,
 * and the renderer's types are inferred from here — nothing is restated. Each area keeps
 * its channels in `contracts/<area>.ts` (zod-free names beside it in `<area>.names.ts`);
 * this file only puts them together.
 */
export const contract = {
  ...appContract,
  ...settingsContract,
  ...catalogueContract,
  ...salesContract,
  ...tillContract,
  ...authContract,
  ...shiftsContract,
  ...auditContract,
  ...printingContract,
  ...opnameContract,
  ...importContract,
  ...dataContract,
  ...shiftPrintContract,
  ...stockContract,
  ...reportsContract,
  ...buyerContract,
  ...trainingContract,
  ...consignmentContract,
  ...evidenceContract,
  ...setupContract,
  ...approvalsContract,
  ...ordersContract,
  ...syncContract,
  ...hubviewContract,
}

export type Contract = typeof contract
export type Channel = keyof Contract
export type InputOf<C extends Channel> = z.input<Contract[C]['input']>
export type ParsedInputOf<C extends Channel> = z.output<Contract[C]['input']>
export type OutputOf<C extends Channel> = Contract[C]['output']
