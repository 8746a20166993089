/** Tamper-evidence channel names (zod-free, for the preload). Kept in step with ./evidence.ts. */
export const evidenceChannelNames = [
  'evidence:status',
  'evidence:recoveryCode',
  'evidence:recoveryPdf',
  'evidence:restoreKey',
] as const
