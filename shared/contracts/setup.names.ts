/** First-run channel names (zod-free, for the preload). Kept in step with ./setup.ts. */
export const setupChannelNames = ['setup:complete', 'setup:backupsIn', 'setup:restore'] as const
