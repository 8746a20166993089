/** Hub sync channel names (zod-free, for the preload). Kept in step with ./sync.ts. */
export const syncChannelNames = ['sync:status', 'sync:join', 'sync:leave', 'sync:now'] as const
