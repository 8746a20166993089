import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import type { ProductDto } from '../catalogue/catalogue-dto'
import { labelOptionsSchema, labelSheetSchema, labelTemplateIds } from '../labels/label-templates'
import type { RenderedLabels } from '../labels/label-svg'
import { printerSettingsSchema } from '../printing/printer-settings'
import type { PrinterSettingsDto } from '../printing/printer-settings'
import type {
  OsPrintResultDto,
  PrintResultDto,
  PrinterDetectionDto,
  PrinterStatusDto,
  ReceiptPreviewDto,
  ReceiptPrintResultDto,
} from '../printing/printing-dto'
import { emptyInput, id } from '../schemas'
import { channel } from './common'

const MAX_LABELS_PER_RUN = 2000

const labelItems = z
  .array(z.strictObject({ productId: id, copies: z.number().int().min(1).max(500) }))
  .min(1)
  .max(200)
  .superRefine((items, ctx) => {
    const total = items.reduce((sum, item) => sum + item.copies, 0)
    if (total > MAX_LABELS_PER_RUN) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: MAX_LABELS_PER_RUN,
        inclusive: true,
        input: total,
        message: 'too many labels in one run',
      })
    }
  })

const receiptDocument = z.strictObject({ saleId: id, copy: z.boolean().default(false) })

const labelRun = z.strictObject({
  items: labelItems,
  template: z.enum(labelTemplateIds),
  sheet: labelSheetSchema.optional(),
  options: labelOptionsSchema.prefault({}),
})

/** Printing channels: receipts, labels, printers. Spread into the main contract. */
export const printingContract = {
  /** The receipt printer settings, with the defaults filled in. */
  'print:settings': channel<PrinterSettingsDto>()(emptyInput),
  'print:saveSettings': channel<PrinterSettingsDto>()(printerSettingsSchema),
  /** What this machine offers: spooler queues, USB / serial / Bluetooth device nodes. */
  'print:detect': channel<PrinterDetectionDto>()(emptyInput),
  /** Asks the configured printer for its paper sensor (network printers only). */
  'print:status': channel<PrinterStatusDto>()(emptyInput),
  /** The receipt as monospace lines, exactly as it prints; nothing is sent or recorded. */
  'print:receiptPreview': channel<ReceiptPreviewDto>()(
    z.strictObject({
      saleId: id,
      columns: z.number().int().min(32).max(56).optional(),
      copy: z.boolean().default(false),
    }),
  ),
  /**
   * Sends a recorded sale's receipt to the printer. `copy: false` prints the original (until
   * it has printed once); `copy: true` prints the copy recorded by the last `sales:reprint`.
   * Never changes the sale; a failure is a clear error the till offers to retry.
   */
  'print:receipt': channel<ReceiptPrintResultDto>()(
    z.strictObject({ saleId: id, copy: z.boolean().default(false) }),
  ),
  'print:testPage': channel<PrintResultDto>()(emptyInput),
  /** Product labels as SVG pages in exact millimetres, for preview, OS printing or PDF. */
  'labels:render': channel<RenderedLabels>()(labelRun),
  /**
   * The receipt as a PDF of the paper's exact size (58/80 mm wide, as long as the receipt),
   * from the same layout as the preview; nothing is recorded. `copy` marks it SALINAN / COPY.
   */
  'print:receiptPdf': channel<FilePayload>()(receiptDocument),
  /**
   * The receipt through an OS printer driver with the exact paper size (desktop app only;
   * browser mode answers OS_PRINT_UNAVAILABLE and the user saves the PDF instead).
   */
  'print:receiptOs': channel<OsPrintResultDto>()(receiptDocument),
  /** The label pages as a PDF, one page per roll label or A4 sheet, at their exact size. */
  'labels:pdf': channel<FilePayload>()(labelRun),
  /** The label pages to the label printer's OS driver (desktop app only). */
  'labels:printOs': channel<OsPrintResultDto>()(labelRun),
  /** Gives products without a barcode a unique in-store EAN-13 (20…); returns those changed. */
  'labels:assignBarcodes': channel<ProductDto[]>()(
    z.strictObject({
      productIds: z.union([z.array(id).min(1).max(1000), z.literal('all-missing')]),
    }),
  ),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
