/** Start check channel names (zod-free, for the preload). Kept in step with ./start-check.ts. */
export const startCheckChannelNames = ['app:startCheck'] as const
