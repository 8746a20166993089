/** Sales channel names (zod-free, for the preload). Kept in step with ./sales.ts. */
export const salesChannelNames = [
  'sales:checkout',
  'sales:get',
  'sales:list',
  'sales:byReceipt',
  'sales:void',
  'sales:return',
  'sales:reprint',
] as const
