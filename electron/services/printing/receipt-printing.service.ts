import type { SaleDto } from '../../../shared/sales/sales-dto'
import type { PrinterSettingsDto } from '../../../shared/printing/printer-settings'
import type {
  PaperState,
  PrinterStatusDto,
  PrintResultDto,
  ReceiptLineStyle,
  ReceiptPreviewDto,
  ReceiptPrintResultDto,
} from '../../../shared/printing/printing-dto'
import type { ReceiptColumns, ReceiptDocument } from '../../../shared/receipt/receipt-blocks'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import { receiptModel } from '../../../shared/receipt/receipt-model'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import { encodeReceipt } from '../../printing/escpos/encode-receipt'
import { PrinterError } from '../../printing/printer-port'
import type { PrinterPort } from '../../printing/printer-port'
import type { PrintingSystem } from '../../printing/printing-system'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import { loadSale } from '../sales/sale-read'
import type { PrintJobEntry, PrintJobLog } from './print-job-log'
import type { PrinterSettingsService, ResolvedPrinterSettings } from './printer-settings.service'
import { saleToReceiptSource } from './receipt-source'
import { buildTestPage } from './test-page'

type Configured = ResolvedPrinterSettings & {
  transport: Exclude<ResolvedPrinterSettings['transport'], 'none'>
}

/** One job at a time: a receipt printer takes one connection, and jobs must not interleave. */
function createPrintQueue() {
  let tail: Promise<unknown> = Promise.resolve()
  return {
    run<T>(job: () => Promise<T>): Promise<T> {
      const result = tail.then(job, job)
      tail = result.catch(() => {})
      return result
    },
  }
}

const asColumns = (columns: number) => columns as ReceiptColumns

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0))
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.length
  }
  return out
}

export interface ReceiptBytesOptions {
  copy: boolean
  openDrawer: boolean
  training: boolean
}

export type ReceiptPrintSettings = Pick<
  ResolvedPrinterSettings,
  | 'storeName'
  | 'headerLines'
  | 'footerLines'
  | 'bilingual'
  | 'effectiveColumns'
  | 'codePage'
  | 'cutter'
  | 'logoBitmap'
>

/**
 * The ESC/POS bytes of one receipt for these settings. Exported so tests can rebuild exactly
 * what the printer should have received.
 */
export function receiptBytes(
  sale: SaleDto,
  settings: ReceiptPrintSettings,
  options: ReceiptBytesOptions,
): Uint8Array {
  const doc = buildReceiptDocument(receiptSource(sale, settings, options.copy, options.training), {
    columns: asColumns(settings.effectiveColumns),
  })
  return encodeReceipt(doc, {
    columns: asColumns(settings.effectiveColumns),
    codePage: settings.codePage,
    cut: settings.cutter,
    openDrawer: options.openDrawer,
    ...(settings.logoBitmap ? { logo: settings.logoBitmap } : {}),
  })
}

function receiptSource(
  sale: SaleDto,
  settings: Pick<PrinterSettingsDto, 'storeName' | 'headerLines' | 'footerLines' | 'bilingual'>,
  copy: boolean,
  training: boolean,
) {
  const store = {
    name: settings.storeName,
    address: settings.headerLines,
    footer: settings.footerLines,
  }
  return saleToReceiptSource(sale, store, { copy, bilingual: settings.bilingual, training })
}

/** Parallel to renderReceiptText's lines: the blocks that make a line, in the same order. */
export function lineStyles(doc: ReceiptDocument): ReceiptLineStyle[] {
  const plain = { bold: false, double: false, qr: false }
  return doc.blocks.flatMap((block): ReceiptLineStyle[] => {
    if (block.kind === 'text') {
      return [{ bold: block.bold ?? false, double: block.size === 'double', qr: false }]
    }
    if (block.kind === 'rule') return [plain]
    if (block.kind === 'qr') return [{ ...plain, qr: true }]
    return []
  })
}

const toAppError = (error: unknown): unknown =>
  error instanceof PrinterError ? new AppError(error.code, error.params) : error

export function createReceiptPrintingService(
  ctx: ServiceContext,
  printerSettings: PrinterSettingsService,
  system: PrintingSystem,
  log: PrintJobLog,
) {
  const queue = createPrintQueue()

  async function configured(): Promise<Configured> {
    const settings = await printerSettings.resolved()
    if (settings.transport === 'none') throw new AppError('PRINTER_NOT_CONFIGURED')
    return settings as Configured
  }

  /** Paper check (where the transport can ask and it is switched on), then the bytes. */
  async function deliver(
    settings: Configured,
    port: PrinterPort,
    bytes: Uint8Array,
  ): Promise<PaperState | 'unknown'> {
    const timeoutMs = settings.timeoutMs
    let paper: PaperState | 'unknown' = 'unknown'
    if (settings.checkPaper && port.status) {
      const status = await port.status({ timeoutMs })
      if (status.paperOut) throw new PrinterError('PRINTER_PAPER_OUT', { target: port.target })
      paper = status.state
    }
    await port.send(bytes, { timeoutMs })
    return paper
  }

  /**
   * Sends a job and records it in print_jobs whether it printed or the printer refused it;
   * the printer's failure reaches the caller as the AppError the till explains.
   */
  async function deliverLogged(
    settings: Configured,
    port: PrinterPort,
    bytes: Uint8Array,
    job: Pick<PrintJobEntry, 'kind' | 'saleId' | 'copyNo' | 'copies' | 'userId'>,
  ): Promise<PaperState | 'unknown'> {
    const entry = {
      ...job,
      transport: settings.transport,
      target: port.target,
      bytes: bytes.length,
    }
    try {
      const paper = await deliver(settings, port, bytes)
      await log.record({ ...entry, errorCode: null })
      return paper
    } catch (error) {
      if (error instanceof PrinterError) await log.record({ ...entry, errorCode: error.code })
      throw toAppError(error)
    }
  }

  async function preview(input: {
    saleId: string
    columns?: number | undefined
    copy: boolean
  }): Promise<ReceiptPreviewDto> {
    const [settings, stored] = await Promise.all([
      printerSettings.resolved(),
      loadSale(ctx.db, input.saleId),
    ])
    // Previewing a copy before `sales:reprint` shows the copy that reprint would produce.
    const sale = input.copy ? { ...stored, reprintCount: Math.max(1, stored.reprintCount) } : stored
    const columns = input.columns ?? settings.effectiveColumns
    const source = receiptSource(sale, settings, input.copy, ctx.training === true)
    const doc = buildReceiptDocument(source, { columns: asColumns(columns) })
    return {
      receiptNo: sale.receiptNo,
      columns,
      lines: renderReceiptText(doc),
      styles: lineStyles(doc),
      qrData: sale.receiptNo,
      logoDataUrl: settings.logo?.printedDataUrl ?? null,
      model: receiptModel(source),
    }
  }

  async function printReceipt(
    actor: Actor,
    input: { saleId: string; copy: boolean },
  ): Promise<ReceiptPrintResultDto> {
    const sale = await loadSale(ctx.db, input.saleId)
    const settings = await configured()
    if (input.copy && sale.reprintCount === 0) {
      throw new AppError('REPRINT_NOT_RECORDED', { receiptNo: sale.receiptNo })
    }
    const copyNo = input.copy ? sale.reprintCount : 0
    const copies = input.copy ? 1 : settings.copies
    // The drawer opens for the sale itself, never for a copy or a voided sale.
    const openDrawer =
      !input.copy &&
      settings.openDrawerOnCash &&
      sale.voided === null &&
      sale.payments.some((payment) => payment.kind === 'cash')
    const bytes = concat(
      Array.from({ length: copies }, (_, index) =>
        receiptBytes(sale, settings, {
          copy: input.copy,
          openDrawer: openDrawer && index === 0,
          training: ctx.training === true,
        }),
      ),
    )
    const port = system.openPort(settings)
    return queue.run(async () => {
      // Checked inside the queue, so two quick clicks cannot both print the original.
      if (await log.printed(sale.id, copyNo)) {
        throw new AppError('RECEIPT_ALREADY_PRINTED', { receiptNo: sale.receiptNo })
      }
      const paper = await deliverLogged(settings, port, bytes, {
        kind: 'receipt',
        saleId: sale.id,
        copyNo,
        copies,
        userId: actor.userId,
      })
      return {
        receiptNo: sale.receiptNo,
        copyNo,
        copies,
        drawerOpened: openDrawer,
        transport: settings.transport,
        target: port.target,
        bytes: bytes.length,
        paper,
      }
    })
  }

  async function testPage(actor: Actor): Promise<PrintResultDto> {
    const settings = await configured()
    const port = system.openPort(settings)
    const nowIso = new Date(ctx.clock.now()).toISOString()
    const doc = buildTestPage(settings, settings.effectiveColumns, port.target, nowIso)
    const bytes = encodeReceipt(doc, {
      columns: asColumns(settings.effectiveColumns),
      codePage: settings.codePage,
      cut: settings.cutter,
      openDrawer: false,
      ...(settings.logoBitmap ? { logo: settings.logoBitmap } : {}),
    })
    return queue.run(async () => {
      const paper = await deliverLogged(settings, port, bytes, {
        kind: 'test',
        saleId: null,
        copyNo: null,
        copies: 1,
        userId: actor.userId,
      })
      return {
        transport: settings.transport,
        target: port.target,
        copies: 1,
        bytes: bytes.length,
        paper,
      }
    })
  }

  /**
   * Prints a document that is not a sale's receipt (the Z report) through the same queue,
   * paper check and error mapping as receipts. `prepare` lays it out for the configured paper
   * and `printed` records it once the bytes went out; both run inside the queue, so two quick
   * clicks are numbered one after the other. Not in print_jobs, whose kinds are receipts and
   * test pages: the caller keeps its own trail in `printed`.
   */
  async function printDocument(
    prepare: (columns: ReceiptColumns) => Promise<ReceiptDocument>,
    printed: () => Promise<void>,
  ): Promise<PrintResultDto> {
    const settings = await configured()
    const port = system.openPort(settings)
    return queue.run(async () => {
      const doc = await prepare(asColumns(settings.effectiveColumns))
      const bytes = encodeReceipt(doc, {
        columns: asColumns(settings.effectiveColumns),
        codePage: settings.codePage,
        cut: settings.cutter,
        openDrawer: false,
        ...(settings.logoBitmap ? { logo: settings.logoBitmap } : {}),
      })
      try {
        const paper = await deliver(settings, port, bytes)
        await printed()
        return {
          transport: settings.transport,
          target: port.target,
          copies: 1,
          bytes: bytes.length,
          paper,
        }
      } catch (error) {
        throw toAppError(error)
      }
    })
  }

  async function status(): Promise<PrinterStatusDto> {
    const settings = await configured()
    const port = system.openPort(settings)
    const base = { transport: settings.transport, target: port.target }
    const ask = port.status?.bind(port)
    if (!ask) return { ...base, paper: 'unsupported' }
    try {
      const paper = await queue.run(() => ask({ timeoutMs: settings.timeoutMs }))
      return { ...base, paper: paper.state }
    } catch (error) {
      throw toAppError(error)
    }
  }

  return { preview, printReceipt, testPage, printDocument, status }
}
