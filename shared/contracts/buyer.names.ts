/** Buyer screen channel names (zod-free, for the preload). Kept in step with ./buyer.ts. */
export const buyerChannelNames = ['buyer:open', 'buyer:showQris'] as const
