import type { ReceiptModel } from '../receipt/receipt-model'
import type { PrinterTransport } from './printer-settings'

export type PaperState = 'ok' | 'near-end' | 'paper-out'

export interface ReceiptLineStyle {
  bold: boolean
  double: boolean
  /** The line stands for the QR symbol (`[QR …]`): draw the code there. */
  qr: boolean
}

export interface ReceiptPreviewDto {
  receiptNo: string
  columns: number
  /** Monospace lines, exactly as the printer lays them out; the QR shows as `[QR <data>]`. */
  lines: string[]
  /** One entry per line: how the printer emphasises it (double = double height). */
  styles: ReceiptLineStyle[]
  /** What the receipt's QR code encodes (the receipt number). */
  qrData: string
  /** The logo as printed (1-bit PNG data URL), shown above the lines; null without one. */
  logoDataUrl: string | null
  /** What the lines say, unlaid: the screen receipt is drawn from it, in the same words. */
  model: ReceiptModel
}

export interface PrintResultDto {
  transport: Exclude<PrinterTransport, 'none'>
  /** `192.168.1.50:9100`, `/dev/usb/lp0` or the spooler queue: where the bytes went. */
  target: string
  copies: number
  bytes: number
  /** Paper sensor before printing; `unknown` when the transport cannot ask (device, spooler). */
  paper: PaperState | 'unknown'
}

export interface ReceiptPrintResultDto extends PrintResultDto {
  receiptNo: string
  /** 0 for the original, N for the N-th recorded reprint. */
  copyNo: number
  drawerOpened: boolean
}

export interface PrinterStatusDto {
  transport: Exclude<PrinterTransport, 'none'>
  target: string
  /** `unsupported`: this transport cannot report the paper sensor. */
  paper: PaperState | 'unsupported'
}

export type DetectedDeviceKind = 'usb-printer' | 'usb-serial' | 'usb-acm' | 'bluetooth' | 'serial'

export interface PrinterDetectionDto {
  platform: 'linux' | 'win32' | 'darwin' | 'other'
  /** Which transports can work on this machine at all. Network always can. */
  transports: { network: boolean; device: boolean; spooler: boolean }
  spooler: {
    kind: 'cups' | 'windows' | null
    /** `lp` on PATH (CUPS) or PowerShell on Windows. */
    available: boolean
    printers: string[]
  }
  devices: Array<{ path: string; kind: DetectedDeviceKind }>
  /** Kinds of device present, for quick hints in the settings screen. */
  found: { usbPrinter: boolean; usbSerial: boolean; usbAcm: boolean; bluetooth: boolean }
}

/** What an OS printer driver was given: the printer (empty: system default) and page size. */
export interface OsPrintResultDto {
  deviceName: string
  widthMm: number
  heightMm: number
  pages: number
  copies: number
}
