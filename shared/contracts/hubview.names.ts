/** Hub read-model channel names (zod-free, for the preload). Kept in step with ./hubview.ts. */
export const hubviewChannelNames = [
  'hubview:sales',
  'hubview:stock',
  'hubview:hasilKerja',
  'hubview:pnbp',
] as const
