/** Report channel names (zod-free, for the preload). Kept in step with ./reports.ts. */
export const reportsChannelNames = [
  'reports:sales',
  'reports:stockValuation',
  'reports:countVariances',
  'reports:hasilKerja',
  'reports:pnbp',
  'reports:splitRules',
  'reports:addSplitRule',
  'reports:addPnbpDeposit',
  'reports:cancelPnbpDeposit',
  'reports:setPnbpTarget',
  'reports:export',
] as const
