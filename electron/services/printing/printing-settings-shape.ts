import type { PrinterSettings } from '../../../shared/printing/printer-settings'
import type { StoredLogo } from './receipt-logo'

/**
 * Stored under `printing.receipt`: the printer settings except the store's name and address
 * lines (kept in `store.name` / `store.address`, which other features share) and the logo.
 */
export type StoredPrinterSettings = Omit<
  PrinterSettings,
  'storeName' | 'headerLines' | 'logoDataUrl'
>

/** Stored under `printing.logo`: the PNG as given, and its raster for the configured paper. */
export interface StoredReceiptLogo {
  dataUrl: string
  bitmap: StoredLogo
}
