/** Data-safety channel names (zod-free, for the preload). Kept in step with ./data.ts. */
export const dataChannelNames = [
  'data:recovery',
  'data:backups',
  'data:backupNow',
  'data:restorePreview',
  'data:restore',
  'data:export',
  'data:settings',
  'data:saveSettings',
] as const
