import { z } from 'zod'
import { requiredText, shortText } from '../schemas'

/** How receipt bytes leave the machine. `none`: no receipt printer, the screen preview only. */
export const printerTransports = ['none', 'network', 'device', 'spooler'] as const
export type PrinterTransport = (typeof printerTransports)[number]

export const receiptCodePages = ['pc858', 'wpc1252'] as const
export type ReceiptCodePage = (typeof receiptCodePages)[number]

export const paperWidths = [58, 80] as const
export type PaperWidth = (typeof paperWidths)[number]

/** Rates USB-serial and Bluetooth SPP receipt printers ship with; null = leave the port as is. */
export const baudRates = [9600, 19200, 38400, 57600, 115200] as const

export const DEFAULT_PRINTER_PORT = 9100
export const DEFAULT_PRINT_TIMEOUT_MS = 5000
/** A data URL of this length still fits the browser-mode bridge's 1 MB request limit. */
export const MAX_LOGO_DATA_URL = 700_000

/** Font A columns: 58 mm paper prints 32, 80 mm prints 48. */
export const defaultColumns = (paperWidth: PaperWidth): number => (paperWidth === 58 ? 32 : 48)

const lines = z.array(shortText(64)).max(6)

/**
 * Everything `print:saveSettings` accepts. Cross-field rules (a host for the network, a path
 * for a device, a printer name for the spooler) are checked by the service, so each error
 * lands on its own field.
 */
export const printerSettingsSchema = z.strictObject({
  transport: z.enum(printerTransports),
  /** IPv4 address or host name of a network printer (raw TCP, "JetDirect" port). */
  host: z
    .string()
    .trim()
    .max(253)
    .regex(/^[A-Za-z0-9.:-]*$/)
    .default(''),
  port: z.number().int().min(1).max(65535).default(DEFAULT_PRINTER_PORT),
  /** `/dev/usb/lp0`, `/dev/ttyUSB0`, `/dev/rfcomm0` on Linux; `COM3` on Windows. */
  devicePath: shortText(200).default(''),
  baud: z.literal(baudRates).nullable().default(null),
  /** Queue name in CUPS (`lpstat -e`) or Windows (`Get-Printer`). */
  spoolerPrinter: shortText(200).default(''),
  paperWidth: z.union([z.literal(58), z.literal(80)]),
  /** Characters per line when the printer's font differs from the usual; null = by paper. */
  columns: z.number().int().min(32).max(56).nullable().default(null),
  codePage: z.enum(receiptCodePages).default('pc858'),
  /** False for printers without an auto-cutter: the paper is fed past the tear bar. */
  cutter: z.boolean().default(true),
  storeName: requiredText(80),
  /** Address and other lines under the store name. */
  headerLines: lines.default([]),
  footerLines: lines.default([]),
  /** A PNG as a data URL; printed above the store name in black and white. */
  logoDataUrl: z
    .string()
    .max(MAX_LOGO_DATA_URL)
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/)
    .nullable()
    .default(null),
  /**
   * System printer (driver) for receipts printed through the OS with the exact paper size, for
   * labels, and for A4 order documents; empty: the system's default printer, chosen in the print
   * dialog.
   */
  osPrinter: shortText(200).default(''),
  labelPrinter: shortText(200).default(''),
  documentPrinter: shortText(200).default(''),
  /** The till prints the receipt as soon as a sale is recorded. */
  autoPrint: z.boolean().default(false),
  copies: z.number().int().min(1).max(3).default(1),
  openDrawerOnCash: z.boolean().default(false),
  /** Indonesian / English labels on receipts, for foreign buyers. */
  bilingual: z.boolean().default(false),
  /** Ask a network printer for its paper sensor (DLE EOT 4) before each job. */
  checkPaper: z.boolean().default(true),
  timeoutMs: z.number().int().min(200).max(60_000).default(DEFAULT_PRINT_TIMEOUT_MS),
})

export type PrinterSettingsInput = z.input<typeof printerSettingsSchema>
export type PrinterSettings = z.output<typeof printerSettingsSchema>

export interface PrinterLogoDto {
  /** Size in printer dots (8 per mm) after scaling to the paper. */
  width: number
  height: number
  /** The 1-bit image exactly as it will print, as a PNG data URL for the preview. */
  printedDataUrl: string
}

export interface PrinterSettingsDto extends PrinterSettings {
  /** Characters per line actually used: `columns`, or the paper's default. */
  effectiveColumns: number
  logo: PrinterLogoDto | null
}
