import type { Channel } from './contract'
import { printingChannelNames } from './contracts/printing.names'

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
  'stock:receive',
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
  ...printingChannelNames,
] as const satisfies readonly Channel[]

export type ChannelName = (typeof channelNames)[number]
