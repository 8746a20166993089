/** Till channel names (zod-free, for the preload). Kept in step with ./till.ts. */
export const tillChannelNames = [
  'till:openCart',
  'till:saveCart',
  'till:hold',
  'till:held',
  'till:resume',
  'till:removeLine',
  'till:settings',
  'till:setLocation',
] as const
