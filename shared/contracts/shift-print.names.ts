/** Z report printing channel names (zod-free, for the preload). Kept in step with ./shift-print.ts. */
export const shiftPrintChannelNames = ['shifts:zPreview', 'shifts:printZ', 'shifts:zPdf'] as const
