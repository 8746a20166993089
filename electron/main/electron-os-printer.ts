import { BrowserWindow } from 'electron'
import type { OsPrinter, OsPrintJob } from '../printing/os-print/os-printer'
import { OsPrintError } from '../printing/os-print/os-printer'

const MICRONS_PER_MM = 1000

/**
 * Prints through the OS driver from a hidden, script-less window holding the job's HTML,
 * with the page size set explicitly in microns and no margins, so the driver never falls
 * back to A4 or Letter for a receipt or a label. Each job gets its own window, closed after.
 */
export function createElectronOsPrinter(): OsPrinter {
  return {
    async print(job: OsPrintJob): Promise<void> {
      const window = new BrowserWindow({
        show: false,
        width: 800,
        height: 600,
        webPreferences: {
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          webSecurity: true,
          spellcheck: false,
          devTools: false,
        },
      })
      try {
        await window.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(job.html)}`)
        await new Promise<void>((resolve, reject) => {
          window.webContents.print(
            {
              silent: job.silent,
              deviceName: job.deviceName,
              printBackground: true,
              copies: job.copies,
              margins: { marginType: 'none' },
              pageSize: {
                width: Math.round(job.widthMm * MICRONS_PER_MM),
                height: Math.round(job.heightMm * MICRONS_PER_MM),
              },
            },
            (success, failureReason) =>
              success ? resolve() : reject(new OsPrintError(failureReason || 'Print job failed')),
          )
        })
      } finally {
        window.destroy()
      }
    },
  }
}
