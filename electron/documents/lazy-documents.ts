import type { renderA4ReportPdf as RenderA4ReportPdf } from './a4-report-pdf'
import type { labelsPdf as LabelsPdf } from '../printing/pdf/label-pdf'
import type { receiptPdf as ReceiptPdf } from '../printing/pdf/receipt-pdf'
import type { recoveryCodePdf as RecoveryCodePdf } from './recovery-code-pdf'
import type { renderExport as RenderExport } from '../services/reports/report-files'

/*
 * pdf-lib and exceljs take about half a second each to import. Every start of the app (and
 * every child of the crash drill) would pay that for files that are made a few times a day,
 * so the modules that use them are loaded on first use instead.
 */

export const renderA4ReportPdf: typeof RenderA4ReportPdf = async (...args) =>
  (await import('./a4-report-pdf')).renderA4ReportPdf(...args)

export const labelsPdf: typeof LabelsPdf = async (...args) =>
  (await import('../printing/pdf/label-pdf')).labelsPdf(...args)

export const receiptPdf: typeof ReceiptPdf = async (...args) =>
  (await import('../printing/pdf/receipt-pdf')).receiptPdf(...args)

export const recoveryCodePdf: typeof RecoveryCodePdf = async (...args) =>
  (await import('./recovery-code-pdf')).recoveryCodePdf(...args)

export const renderExport: typeof RenderExport = async (...args) =>
  (await import('../services/reports/report-files')).renderExport(...args)
