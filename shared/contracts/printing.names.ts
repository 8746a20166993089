/** Printing channel names (zod-free, for the preload). Kept in step with ./printing.ts. */
export const printingChannelNames = [
  'print:settings',
  'print:saveSettings',
  'print:detect',
  'print:status',
  'print:receiptPreview',
  'print:receipt',
  'print:testPage',
  'labels:render',
  'labels:assignBarcodes',
  'print:receiptPdf',
  'print:receiptOs',
  'labels:pdf',
  'labels:printOs',
] as const
