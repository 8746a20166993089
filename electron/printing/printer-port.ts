import type { ErrorCode } from '../../shared/error-codes'
import type { PaperStatus } from './escpos/printer-status'

export interface SendOptions {
  /** Upper bound for each phase (connect, write, reply); a stuck printer fails, never hangs. */
  timeoutMs: number
}

/**
 * One way of getting bytes to a receipt printer. Adapters are small and stateless: each call
 * opens, writes and closes, so a printer that was switched off and on again just works.
 */
export interface PrinterPort {
  /** Where the bytes go, for messages and the print log: `host:port`, a device, a queue. */
  readonly target: string
  send(bytes: Uint8Array, options: SendOptions): Promise<void>
  /** Paper sensor (DLE EOT 4), where the transport can read a reply. */
  status?(options: SendOptions): Promise<PaperStatus>
}

export const printerFailureCodes = [
  'PRINTER_UNREACHABLE',
  'PRINTER_TIMEOUT',
  'PRINTER_PAPER_OUT',
  'DEVICE_NOT_FOUND',
  'PRINTER_ACCESS_DENIED',
  'PRINTER_FAILED',
] as const satisfies readonly ErrorCode[]

export type PrinterFailureCode = (typeof printerFailureCodes)[number]

/** A printer problem with a stable code; the printing service turns it into an AppError. */
export class PrinterError extends Error {
  constructor(
    readonly code: PrinterFailureCode,
    readonly params: Record<string, string | number>,
  ) {
    super(`${code} ${JSON.stringify(params)}`)
    this.name = 'PrinterError'
  }
}

export const errnoOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'UNKNOWN'
}
