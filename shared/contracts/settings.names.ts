/** Settings and payment-method channel names (zod-free, for the preload). Kept in step with ./settings.ts. */
export const settingsChannelNames = [
  'settings:setLocale',
  'settings:updateTill',
  'settings:setQris',
  'settings:setAutoLock',
  'payments:methods',
  'payments:save',
] as const
