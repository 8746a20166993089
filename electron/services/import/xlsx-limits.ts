/**
 * How big a workbook may be once unpacked. A 5,000-row catalogue is a few megabytes of XML;
 * the limits leave room for styles and pictures and refuse a "zip bomb" (a small file built to
 * unpack to hundreds of megabytes) before it is unpacked.
 */
export const XLSX_MAX_UNPACKED_MB = 64
export const XLSX_MAX_UNPACKED_BYTES = XLSX_MAX_UNPACKED_MB * 1024 * 1024
/** An Excel file has a few dozen parts; thousands are a directory built to exhaust the reader. */
export const XLSX_MAX_ENTRIES = 2_000
/** The import's template has 10 columns; a row claiming column XFD (16,384) is cut here. */
export const XLSX_MAX_COLUMNS = 64
/** The worker's V8 heap: several times what the largest allowed workbook needs. */
export const XLSX_WORKER_HEAP_MB = 512
/** A workbook within the limits reads in a second or two; past this it is refused. */
export const XLSX_WORKER_TIMEOUT_MS = 30_000

/** The workbook unpacks past the limits: answered as IMPORT_TOO_LARGE. */
export class XlsxTooLargeError extends Error {}
