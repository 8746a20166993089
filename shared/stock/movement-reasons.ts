/** Reason codes of stock movements, as stored (0001_foundation). */
export const movementReasons = [
  'production_in',
  'purchase_in',
  'consignment_in',
  'sale',
  'return',
  'void',
  'damaged',
  'sample',
  'transfer_out',
  'transfer_in',
  'count_adjustment',
] as const
export type MovementReasonCode = (typeof movementReasons)[number]

/** Document kinds posted from the Stok screen: intake adds stock, write-offs remove it. */
export const intakeKinds = ['production_in', 'purchase_in', 'consignment_in'] as const
export const writeOffKinds = ['damaged', 'sample'] as const
export const stockDocKinds = [...intakeKinds, ...writeOffKinds] as const

/** Number prefix of each document series. */
export const docPrefixes = {
  production_in: 'PHP',
  purchase_in: 'PMB',
  consignment_in: 'KSY',
  damaged: 'RSK',
  sample: 'SPL',
  transfer: 'TRF',
} as const
