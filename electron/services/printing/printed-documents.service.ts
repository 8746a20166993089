import { fileMimes } from '../../../shared/documents/file-payload'
import type { FilePayload } from '../../../shared/documents/file-payload'
import type { RenderedLabels } from '../../../shared/labels/label-svg'
import { layoutReceiptPage } from '../../../shared/receipt/receipt-page'
import type { ReceiptPage } from '../../../shared/receipt/receipt-page'
import type { OsPrintJob } from '../../printing/os-print/os-printer'
import { labelPagesHtml, receiptPageHtml } from '../../printing/os-print/page-html'
import { qrMatrix } from '../../printing/pdf/qr-matrix'
import { labelsPdf, receiptPdf } from '../../documents/lazy-documents'
import { AppError } from '../core/errors'
import type { LabelRenderInput } from './label-printing.service'
import type { PrinterSettingsService } from './printer-settings.service'
import type { createReceiptPrintingService } from './receipt-printing.service'

type ReceiptPreview = ReturnType<typeof createReceiptPrintingService>['preview']
type LabelRender = (input: LabelRenderInput) => Promise<RenderedLabels>

export interface ReceiptDocumentInput {
  saleId: string
  copy: boolean
}

const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const fromDataUrl = (dataUrl: string) =>
  new Uint8Array(Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64'))
/** A receipt number as a file name: letters, digits and dashes only. */
const fileSafe = (text: string) => text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '')

/**
 * The receipt and label pages for paper that is not an ESC/POS roll: a PDF the user saves,
 * and the page set an OS printer driver gets. Both come from the same layout as the preview
 * (shared/receipt/receipt-page.ts), at the paper's exact size.
 */
export function createPrintedDocumentsService(
  printerSettings: PrinterSettingsService,
  preview: ReceiptPreview,
  renderLabels: LabelRender,
  /** How many copies of the sale have been recorded (`sales:reprint`). */
  recordedCopies: (saleId: string) => Promise<{ receiptNo: string; reprintCount: number }>,
) {
  async function receiptPage(input: ReceiptDocumentInput) {
    const settings = await printerSettings.resolved()
    const shown = await preview({ saleId: input.saleId, copy: input.copy })
    const page: ReceiptPage = layoutReceiptPage({
      paperWidth: settings.paperWidth,
      columns: shown.columns,
      lines: shown.lines,
      styles: shown.styles,
      qrData: shown.qrData,
      qrModules: qrMatrix(shown.qrData).size,
      logo: settings.logo
        ? { widthDots: settings.logo.width, heightDots: settings.logo.height }
        : null,
    })
    return { page, settings, receiptNo: shown.receiptNo, logoDataUrl: shown.logoDataUrl }
  }

  async function receiptPdfFile(input: ReceiptDocumentInput): Promise<FilePayload> {
    const { page, receiptNo, logoDataUrl } = await receiptPage(input)
    const bytes = await receiptPdf(page, {
      title: receiptNo,
      logoPng: logoDataUrl ? fromDataUrl(logoDataUrl) : undefined,
    })
    const name = `struk-${fileSafe(receiptNo)}${input.copy ? '-salinan' : ''}.pdf`
    return { filename: name, mime: fileMimes.pdf, base64: toBase64(bytes) }
  }

  async function receiptOsJob(input: ReceiptDocumentInput): Promise<OsPrintJob> {
    // Paper copies are accounted for, as with the receipt printer: record the reprint first.
    if (input.copy) {
      const sale = await recordedCopies(input.saleId)
      if (sale.reprintCount === 0) {
        throw new AppError('REPRINT_NOT_RECORDED', { receiptNo: sale.receiptNo })
      }
    }
    const { page, settings, logoDataUrl } = await receiptPage(input)
    return {
      html: receiptPageHtml(page, logoDataUrl),
      widthMm: page.widthMm,
      heightMm: page.heightMm,
      deviceName: settings.osPrinter,
      copies: input.copy ? 1 : settings.copies,
      // A named printer prints straight away; without one the system dialog lets them choose.
      silent: settings.osPrinter !== '',
    }
  }

  // Outlines help on screen only; on paper they would print as dashed boxes.
  const forPaper = (input: LabelRenderInput): LabelRenderInput => ({
    ...input,
    options: { ...input.options, outline: false },
  })

  async function labelsPdfFile(input: LabelRenderInput): Promise<FilePayload> {
    const rendered = await renderLabels(forPaper(input))
    const bytes = await labelsPdf(rendered, `Label ${input.template}`)
    return {
      filename: `label-${input.template}-${rendered.labels}.pdf`,
      mime: fileMimes.pdf,
      base64: toBase64(bytes),
    }
  }

  async function labelsOsJob(input: LabelRenderInput): Promise<OsPrintJob> {
    const [rendered, settings] = await Promise.all([
      renderLabels(forPaper(input)),
      printerSettings.resolved(),
    ])
    return {
      html: labelPagesHtml(rendered),
      widthMm: rendered.page.widthMm,
      heightMm: rendered.page.heightMm,
      deviceName: settings.labelPrinter,
      copies: 1,
      silent: settings.labelPrinter !== '',
    }
  }

  return { receiptPage, receiptPdfFile, receiptOsJob, labelsPdfFile, labelsOsJob }
}
