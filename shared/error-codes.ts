/**
 * Stable error codes that cross the IPC edge. The renderer and tests depend on them:
 * add new ones, never rename or reuse.
 */
export const errorCodes = [
  'BAD_REQUEST',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'DUPLICATE_BARCODE',
  'DUPLICATE_SKU',
  'DUPLICATE_NAME',
  'UNKNOWN_BARCODE',
  'INSUFFICIENT_STOCK',
  'INSUFFICIENT_PAYMENT',
  'NONCASH_EXCEEDS_DUE',
  'REFERENCE_REQUIRED',
  'EMPTY_CART',
  'INACTIVE_PRODUCT',
  'IDEMPOTENCY_MISMATCH',
  'DISCOUNT_TOO_LARGE',
  'REASON_REQUIRED',
  'QRIS_INVALID',
  'ALREADY_VOIDED',
  'HAS_RETURNS',
  'SALE_VOIDED',
  'RETURN_EXCEEDS_SOLD',
  'REFUND_MISMATCH',
  'STORAGE_FULL',
  'READ_ONLY_STORAGE',
  'INTERNAL',
  // field-level validation reasons
  'REQUIRED',
  'TOO_LONG',
  'TOO_SMALL',
  'TOO_BIG',
  'NOT_INTEGER',
  'INVALID_FORMAT',
  'INVALID_VALUE',
] as const

export type ErrorCode = (typeof errorCodes)[number]
