/** Shift channel names (zod-free, for the preload). Kept in step with ./shifts.ts. */
export const shiftsChannelNames = [
  'shifts:current',
  'shifts:open',
  'shifts:cash',
  'shifts:drawer',
  'shifts:close',
  'shifts:history',
] as const
