/** Training channel names (zod-free, for the preload). Kept in step with ./training.ts. */
export const trainingChannelNames = ['training:enter', 'training:leave'] as const
