import { OsPrintError } from '../printing/os-print/os-printer'
import type { OsPrinter, OsPrintJob } from '../printing/os-print/os-printer'
import { AppError } from '../services/core/errors'

/**
 * Refuses in the user's words when there is no OS printer (browser mode, tests): called before
 * anything is issued, so a refused print takes no document number.
 */
export function requireOsPrinter(osPrinter: OsPrinter | undefined): OsPrinter {
  if (!osPrinter) throw new AppError('OS_PRINT_UNAVAILABLE')
  return osPrinter
}

/** Sends a job to the OS driver; browser mode has no driver and says so in the user's words. */
export async function printOnOs(osPrinter: OsPrinter | undefined, job: OsPrintJob) {
  const printer = requireOsPrinter(osPrinter)
  try {
    await printer.print(job)
  } catch (error) {
    if (error instanceof OsPrintError) {
      throw new AppError('OS_PRINT_FAILED', {
        printer: job.deviceName || '—',
        reason: error.reason,
      })
    }
    throw error
  }
  const pages = Math.max(1, (job.html.match(/class="page"/g) ?? []).length)
  return {
    deviceName: job.deviceName,
    widthMm: job.widthMm,
    heightMm: job.heightMm,
    pages,
    copies: job.copies,
  }
}
