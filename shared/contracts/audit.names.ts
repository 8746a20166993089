/** Audit viewer channel names (zod-free, for the preload). Kept in step with ./audit.ts. */
export const auditChannelNames = [
  'audit:list',
  'audit:verify',
  'audit:count',
  'audit:filterOptions',
  'audit:export',
  'audit:history',
] as const
