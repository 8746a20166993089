import type {
  PrinterSettingsDto,
  PrinterSettingsInput,
  PrinterTransport,
  ReceiptCodePage,
} from '../../../../../shared/printing/printer-settings'

/** The printer settings as the form edits them: lists as text, numbers as they are typed. */
export interface PrinterFormValues {
  transport: PrinterTransport
  host: string
  port: number | string
  devicePath: string
  baud: string | null
  spoolerPrinter: string
  osPrinter: string
  labelPrinter: string
  documentPrinter: string
  paperWidth: '58' | '80'
  columns: number | string
  codePage: ReceiptCodePage
  cutter: boolean
  storeName: string
  headerLines: string
  footerLines: string
  logoDataUrl: string | null
  autoPrint: boolean
  copies: number | string
  openDrawerOnCash: boolean
  bilingual: boolean
  checkPaper: boolean
  timeoutMs: number
}

export function toFormValues(settings: PrinterSettingsDto): PrinterFormValues {
  return {
    transport: settings.transport,
    host: settings.host,
    port: settings.port,
    devicePath: settings.devicePath,
    baud: settings.baud === null ? null : String(settings.baud),
    spoolerPrinter: settings.spoolerPrinter,
    osPrinter: settings.osPrinter,
    labelPrinter: settings.labelPrinter,
    documentPrinter: settings.documentPrinter,
    paperWidth: settings.paperWidth === 80 ? '80' : '58',
    columns: settings.columns ?? '',
    codePage: settings.codePage,
    cutter: settings.cutter,
    storeName: settings.storeName,
    headerLines: settings.headerLines.join('\n'),
    footerLines: settings.footerLines.join('\n'),
    logoDataUrl: settings.logoDataUrl,
    autoPrint: settings.autoPrint,
    copies: settings.copies,
    openDrawerOnCash: settings.openDrawerOnCash,
    bilingual: settings.bilingual,
    checkPaper: settings.checkPaper,
    timeoutMs: settings.timeoutMs,
  }
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')

const whole = (value: number | string, fallback: number) => {
  const n = typeof value === 'number' ? value : Number(value)
  return value === '' || !Number.isFinite(n) ? fallback : Math.trunc(n)
}

export function toSettingsInput(values: PrinterFormValues): PrinterSettingsInput {
  return {
    transport: values.transport,
    host: values.host.trim(),
    port: whole(values.port, 9100),
    devicePath: values.devicePath.trim(),
    baud: values.baud === null ? null : (Number(values.baud) as PrinterSettingsInput['baud']),
    spoolerPrinter: values.spoolerPrinter.trim(),
    osPrinter: values.osPrinter.trim(),
    labelPrinter: values.labelPrinter.trim(),
    documentPrinter: values.documentPrinter.trim(),
    paperWidth: values.paperWidth === '80' ? 80 : 58,
    columns: values.columns === '' ? null : whole(values.columns, 32),
    codePage: values.codePage,
    cutter: values.cutter,
    storeName: values.storeName.trim(),
    headerLines: lines(values.headerLines),
    footerLines: lines(values.footerLines),
    logoDataUrl: values.logoDataUrl,
    autoPrint: values.autoPrint,
    copies: whole(values.copies, 1),
    openDrawerOnCash: values.openDrawerOnCash,
    bilingual: values.bilingual,
    checkPaper: values.checkPaper,
    timeoutMs: values.timeoutMs,
  }
}

/** Field errors from main use the schema's paths; the text areas hold whole lists. */
export function formErrors(fieldErrors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = path.split('.')[0] ?? path
    out[field] ??= message
  }
  return out
}
