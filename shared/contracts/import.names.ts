/** Import channel names (zod-free, for the preload). Kept in step with ./import.ts. */
export const importChannelNames = ['import:preview', 'import:confirm', 'import:template'] as const
