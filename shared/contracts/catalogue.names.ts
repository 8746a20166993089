/** Catalogue channel names (zod-free, for the preload). Kept in step with ./catalogue.ts. */
export const catalogueChannelNames = [
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
] as const
