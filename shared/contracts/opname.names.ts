/** Stock opname channel names (zod-free, for the preload). Kept in step with ./opname.ts. */
export const opnameChannelNames = [
  'opname:options',
  'opname:list',
  'opname:get',
  'opname:create',
  'opname:start',
  'opname:openSession',
  'opname:scan',
  'opname:count',
  'opname:undo',
  'opname:review',
  'opname:reopen',
  'opname:confirmZero',
  'opname:setReason',
  'opname:post',
  'opname:cancel',
  'opname:beritaAcara',
] as const
