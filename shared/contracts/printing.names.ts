/** Printing channel names (zod-free, for the preload). Kept in step with ./printing.ts. */
export const printingChannelNames = [] as const
