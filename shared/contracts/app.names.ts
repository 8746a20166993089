/** App channel names (zod-free, for the preload). Kept in step with ./app.ts. */
export const appChannelNames = ['app:info', 'app:about', 'app:startCheck'] as const
