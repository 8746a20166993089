/** Hub read-model channel names (zod-free, for the preload). Kept in step with ./hubview.ts. */
export const hubviewChannelNames = ['hubview:sales', 'hubview:stock'] as const
