import type { ShiftTotals } from '../../../shared/shifts/shifts-dto'
import { readDeviceCode } from '../core/device-code'
import type { Locale } from '../../../shared/locale'
import type { ReceiptColumns } from '../../../shared/receipt/receipt-blocks'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import { buildZReportDocument, type ZReportSource } from '../../../shared/receipt/z-report-document'
import type {
  ZReportPreviewDto,
  ZReportPrintResultDto,
} from '../../../shared/shift-print/shift-print-dto'
import { recordAudit } from '../core/audit-writer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError } from '../core/errors'
import type { PrintingService } from '../printing/printing.service'
import { anchorOfRow } from '../evidence/chain-anchor'
import { shiftWithClose } from './shift-with-close'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import { layoutReceiptPage } from '../../../shared/receipt/receipt-page'
import { receiptPdf } from '../../documents/lazy-documents'
import { lineStyles } from '../printing/receipt-printing.service'

const PRINT_ACTION = 'shift.printZ'

/**
 * The Z report on the receipt printer. It prints the figures stored when the shift closed, not
 * a recomputation, so a later void of one of its sales cannot change a Z report after the fact.
 */
export function createShiftPrintService(
  ctx: ServiceContext,
  printing: Pick<PrintingService, 'resolvedSettings' | 'printDocument'>,
) {
  const { db } = ctx

  async function prints(shiftId: string): Promise<number> {
    const row = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('action', '=', PRINT_ACTION)
      .where('ref_type', '=', 'shift')
      .where('ref_id', '=', shiftId)
      .executeTakeFirstOrThrow()
    return Number(row.n)
  }

  async function source(shiftId: string, copyNo: number): Promise<ZReportSource> {
    const row = await shiftWithClose(db)
      .where('s.id', '=', shiftId)
      .where('s.device_id', '=', ctx.deviceId)
      .executeTakeFirst()
    if (!row) throw new AppError('NOT_FOUND')
    if (row.z_no === null || row.totals === null) throw new AppError('SHIFT_NOT_CLOSED')
    const settings = await printing.resolvedSettings()
    return {
      store: { name: settings.storeName, address: settings.headerLines },
      zNo: row.z_no,
      tillCode: await readDeviceCode(ctx.db),
      locationName: row.location,
      openedBy: row.opened_by,
      openedAtIso: new Date(row.created_at).toISOString(),
      closedBy: row.closed_by ?? '',
      closedAtIso: new Date(row.closed_at ?? 0).toISOString(),
      forced: row.forced === 1,
      totals: JSON.parse(row.totals) as ShiftTotals,
      countedCash: row.counted_cash ?? 0,
      expectedCash: row.expected_cash ?? 0,
      variance: row.variance ?? 0,
      note: row.note,
      denominations: row.denominations
        ? (JSON.parse(row.denominations) as Record<string, number>)
        : null,
      printedAtIso: new Date(ctx.clock.now()).toISOString(),
      copyNo,
      // The close's own link: the paper proves the chain up to this Z is never rewritten.
      anchor: row.close_id ? await anchorOfRow(db, 'shift_closes', row.close_id) : null,
    }
  }

  async function preview(
    input: { shiftId: string; columns?: number | undefined },
    locale: Locale,
  ): Promise<ZReportPreviewDto> {
    const src = await source(input.shiftId, await prints(input.shiftId))
    const columns = input.columns ?? (await printing.resolvedSettings()).effectiveColumns
    // The layout is width-agnostic; ReceiptColumns names only the two common widths.
    const doc = buildZReportDocument(src, { columns: columns as ReceiptColumns, locale })
    return { zNo: src.zNo, columns, lines: renderReceiptText(doc) }
  }

  /** The Z report as a PDF on the receipt paper's size: the printed lines, anchor included. */
  async function pdf(shiftId: string, locale: Locale): Promise<FilePayload> {
    const src = await source(shiftId, await prints(shiftId))
    const settings = await printing.resolvedSettings()
    const columns = settings.effectiveColumns
    const doc = buildZReportDocument(src, { columns: columns as ReceiptColumns, locale })
    const page = layoutReceiptPage({
      paperWidth: settings.paperWidth,
      columns,
      lines: renderReceiptText(doc),
      styles: lineStyles(doc),
      qrData: '',
      qrModules: 0,
      logo: null,
    })
    const title = `Z ${src.zNo}`
    const bytes = await receiptPdf(page, { title })
    return {
      filename: `laporan-z-${String(src.zNo).padStart(4, '0')}.pdf`,
      mime: fileMimes.pdf,
      base64: Buffer.from(bytes).toString('base64'),
    }
  }

  async function print(
    actor: Actor,
    shiftId: string,
    locale: Locale,
  ): Promise<ZReportPrintResultDto> {
    // Fails before the printer is touched when the shift is unknown or still open.
    await source(shiftId, 0)
    let printed = { zNo: 0, copyNo: 0 }
    const result = await printing.printDocument(
      async (columns) => {
        const copyNo = await prints(shiftId)
        const src = await source(shiftId, copyNo)
        printed = { zNo: src.zNo, copyNo }
        return buildZReportDocument(src, { columns, locale })
      },
      () =>
        db.transaction().execute((trx) =>
          recordAudit(trx, ctx, actor, {
            action: PRINT_ACTION,
            refType: 'shift',
            refId: shiftId,
            detail: { zNo: printed.zNo, copy: printed.copyNo },
          }),
        ),
    )
    return { ...result, ...printed }
  }

  return { preview, print, pdf }
}

export type ShiftPrintService = ReturnType<typeof createShiftPrintService>
