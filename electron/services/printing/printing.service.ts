import { createNodePrintingSystem } from '../../printing/printing-system'
import type { PrintingSystem } from '../../printing/printing-system'
import { createCatalogService } from '../catalogue/catalog.service'
import type { ServiceContext } from '../core/context'
import { loadSale } from '../sales/sale-read'
import type { SettingsService } from '../settings/settings.service'
import { createLabelPrintingService } from './label-printing.service'
import { createPrintedDocumentsService } from './printed-documents.service'
import { createPrintJobLog } from './print-job-log'
import { createPrinterSettingsService } from './printer-settings.service'
import { createReceiptPrintingService } from './receipt-printing.service'

/**
 * Receipts, printers and labels behind one object. `system` is the machine's printing edge
 * (sockets, device files, the OS spooler); tests pass a fake or point the real one at a fake
 * printer.
 */
export function createPrintingService(
  ctx: ServiceContext,
  settings: SettingsService,
  system: PrintingSystem = createNodePrintingSystem(),
) {
  const printerSettings = createPrinterSettingsService(ctx.db, settings)
  const receipts = createReceiptPrintingService(
    ctx,
    printerSettings,
    system,
    createPrintJobLog(ctx),
  )
  const labels = createLabelPrintingService(ctx, createCatalogService(ctx))
  const documents = createPrintedDocumentsService(
    printerSettings,
    receipts.preview,
    labels.render,
    (saleId) => loadSale(ctx.db, saleId),
  )
  return {
    settings: printerSettings.get,
    resolvedSettings: printerSettings.resolved,
    saveSettings: printerSettings.save,
    detect: () => system.detect(),
    status: receipts.status,
    receiptPreview: receipts.preview,
    printReceipt: receipts.printReceipt,
    testPage: receipts.testPage,
    printDocument: receipts.printDocument,
    renderLabels: labels.render,
    assignBarcodes: labels.assignBarcodes,
    /** Who recorded the sale's latest copy (`sales:reprint`); null before any copy. */
    copyRecordedBy: async (saleId: string): Promise<string | null> => {
      const last = await ctx.db
        .selectFrom('receipt_prints')
        .select('user_id')
        .where('sale_id', '=', saleId)
        .orderBy('copy_no', 'desc')
        .limit(1)
        .executeTakeFirst()
      return last?.user_id ?? null
    },
    receiptPdf: documents.receiptPdfFile,
    receiptOsJob: documents.receiptOsJob,
    labelsPdf: documents.labelsPdfFile,
    labelsOsJob: documents.labelsOsJob,
  }
}

export type PrintingService = ReturnType<typeof createPrintingService>
