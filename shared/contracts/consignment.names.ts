/** Consignment channel names (zod-free, for the preload). Kept in step with ./consignment.ts. */
export const consignmentChannelNames = [
  'consignment:partners',
  'consignment:savePartner',
  'consignment:stock',
  'consignment:setPrice',
  'consignment:priceHistory',
  'consignment:pay',
  'consignment:payments',
  'consignment:paymentPdf',
  'consignment:send',
  'consignment:settle',
  'consignment:settlements',
  'consignment:statement',
  'consignment:statementPdf',
] as const
