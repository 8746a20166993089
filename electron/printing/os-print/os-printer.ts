/**
 * One page set for an OS printer driver: HTML laid out in mm, and the exact page size to ask
 * the driver for (a receipt's paper width and fitted height, a label's size). Never A4 unless
 * the job is an A4 sheet.
 */
export interface OsPrintJob {
  html: string
  widthMm: number
  heightMm: number
  /** The system name of the printer; empty: the system's default printer. */
  deviceName: string
  copies: number
  /** True: print straight away; false: show the system print dialog first. */
  silent: boolean
}

/** The OS print edge. Electron's main process supplies one; browser mode has none. */
export interface OsPrinter {
  print(job: OsPrintJob): Promise<void>
}

/** Why the driver refused, as Chromium says it ("Print job canceled", "Invalid printer…"). */
export class OsPrintError extends Error {
  constructor(readonly reason: string) {
    super(reason)
    this.name = 'OsPrintError'
  }
}
