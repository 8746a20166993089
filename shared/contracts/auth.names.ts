/** Sign-in, people and permission channel names (zod-free, for the preload). Kept in step with ./auth.ts. */
export const authChannelNames = [
  'auth:candidates',
  'auth:login',
  'auth:lock',
  'auth:changePin',
  'users:list',
  'users:save',
  'permissions:matrix',
  'permissions:set',
] as const
