import type { Kysely } from 'kysely'
import {
  DEFAULT_PRINT_TIMEOUT_MS,
  DEFAULT_PRINTER_PORT,
  defaultColumns,
} from '../../../shared/printing/printer-settings'
import type { PrinterSettings, PrinterSettingsDto } from '../../../shared/printing/printer-settings'
import type { Database } from '../../db/schema'
import type { Bitmap } from '../../printing/escpos/bitmap'
import { AppError } from '../core/errors'
import type { IssueSpec } from '../core/errors'
import { createSettingsService } from '../settings/settings.service'
import type { SettingsService } from '../settings/settings.service'
import type { StoredPrinterSettings } from './printing-settings-shape'
import {
  bitmapToPngDataUrl,
  loadBitmap,
  LogoError,
  logoMaxWidth,
  logoToBitmap,
  storeBitmap,
} from './receipt-logo'

export const DEFAULT_STORED_PRINTER: StoredPrinterSettings = {
  transport: 'none',
  host: '',
  port: DEFAULT_PRINTER_PORT,
  devicePath: '',
  baud: null,
  spoolerPrinter: '',
  paperWidth: 58,
  columns: null,
  codePage: 'pc858',
  cutter: true,
  footerLines: ['Terima kasih', 'Hasil karya warga binaan'],
  osPrinter: '',
  labelPrinter: '',
  documentPrinter: '',
  autoPrint: false,
  copies: 1,
  openDrawerOnCash: false,
  bilingual: false,
  checkPaper: true,
  timeoutMs: DEFAULT_PRINT_TIMEOUT_MS,
}

const DEFAULT_STORE_NAME = 'Etalase'

/** The settings plus what printing needs and the DTO leaves out: the logo raster. */
export interface ResolvedPrinterSettings extends PrinterSettingsDto {
  logoBitmap: Bitmap | null
}

// Device nodes under /dev (never a `.` or `..` step out of it), and Windows COM/LPT names
// with or without the `\\.\` prefix. Anything else would let a setting write into a file.
const LINUX_DEVICE = /^\/dev\/[A-Za-z0-9._/-]+$/
const WINDOWS_PORT = /^(?:\\\\\.\\)?(?:COM\d{1,3}|LPT\d)$/i
const isDevicePath = (path: string) =>
  WINDOWS_PORT.test(path) ||
  (LINUX_DEVICE.test(path) && !path.split('/').some((step) => step === '.' || step === '..'))

/** Font B on 58 mm paper gives 42 columns; more than that no 58 mm head prints. */
const MAX_COLUMNS_58 = 42

function crossFieldIssues(input: PrinterSettings): IssueSpec[] {
  const issues: IssueSpec[] = []
  if (input.transport === 'network' && input.host === '') {
    issues.push({ path: 'host', code: 'REQUIRED' })
  }
  if (input.transport === 'device') {
    if (input.devicePath === '') issues.push({ path: 'devicePath', code: 'REQUIRED' })
    else if (!isDevicePath(input.devicePath)) {
      issues.push({ path: 'devicePath', code: 'INVALID_FORMAT' })
    }
  }
  if (input.transport === 'spooler' && input.spoolerPrinter === '') {
    issues.push({ path: 'spoolerPrinter', code: 'REQUIRED' })
  }
  if (input.paperWidth === 58 && input.columns !== null && input.columns > MAX_COLUMNS_58) {
    issues.push({ path: 'columns', code: 'TOO_BIG', params: { max: MAX_COLUMNS_58 } })
  }
  return issues
}

/** Receipt printer settings: typed, validated, with the logo converted once at save time. */
export function createPrinterSettingsService(db: Kysely<Database>, settings: SettingsService) {
  async function resolved(): Promise<ResolvedPrinterSettings> {
    const [stored, storeName, address, logo] = await Promise.all([
      settings.get('printing.receipt'),
      settings.get('store.name'),
      settings.get('store.address'),
      settings.get('printing.logo'),
    ])
    // Spread over the defaults, so settings saved by an older version gain new fields.
    const printer: StoredPrinterSettings = { ...DEFAULT_STORED_PRINTER, ...stored }
    const logoBitmap = logo ? loadBitmap(logo.bitmap) : null
    return {
      ...printer,
      storeName: storeName ?? DEFAULT_STORE_NAME,
      headerLines: address ?? [],
      logoDataUrl: logo?.dataUrl ?? null,
      effectiveColumns: printer.columns ?? defaultColumns(printer.paperWidth),
      logo: logoBitmap
        ? {
            width: logoBitmap.width,
            height: logoBitmap.height,
            printedDataUrl: await bitmapToPngDataUrl(logoBitmap),
          }
        : null,
      logoBitmap,
    }
  }

  async function get(): Promise<PrinterSettingsDto> {
    const { logoBitmap: _bitmap, ...dto } = await resolved()
    return dto
  }

  async function save(input: PrinterSettings): Promise<PrinterSettingsDto> {
    const issues = crossFieldIssues(input)
    const columns = input.columns ?? defaultColumns(input.paperWidth)
    let bitmap: Bitmap | null = null
    if (input.logoDataUrl !== null) {
      try {
        bitmap = await logoToBitmap(input.logoDataUrl, logoMaxWidth(input.paperWidth, columns))
      } catch (error) {
        if (!(error instanceof LogoError)) throw error
        issues.push({ path: 'logoDataUrl', code: 'IMAGE_INVALID' })
      }
    }
    if (issues.length > 0) throw new AppError('VALIDATION', undefined, issues)
    const { storeName, headerLines, logoDataUrl, ...printer } = input
    await db.transaction().execute(async (trx) => {
      const inTrx = createSettingsService(trx)
      await inTrx.set('printing.receipt', printer)
      await inTrx.set('store.name', storeName)
      await inTrx.set('store.address', headerLines)
      await inTrx.set(
        'printing.logo',
        logoDataUrl !== null && bitmap
          ? { dataUrl: logoDataUrl, bitmap: storeBitmap(bitmap) }
          : null,
      )
    })
    return get()
  }

  return { resolved, get, save }
}

export type PrinterSettingsService = ReturnType<typeof createPrinterSettingsService>
