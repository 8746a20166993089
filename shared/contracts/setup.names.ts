/** First-run and training channel names (zod-free, for the preload). Kept in step with ./setup.ts. */
export const setupChannelNames = [
  'setup:complete',
  'setup:backupsIn',
  'setup:restore',
  'training:enter',
  'training:leave',
  'app:about',
] as const
