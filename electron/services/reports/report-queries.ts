import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { renderExport } from '../../documents/lazy-documents'
import type { ExportDocument } from './report-files'
import { hasilKerjaReport, pnbpYearToDate } from './hasil-kerja-report'
import { salesReport, type PeriodQuery } from './sales-report'
import { countVariances, stockValuation } from './stock-report'

/**
 * The read-only aggregations behind Laporan: everything that scans the ledgers. They only
 * read, take plain data and return plain data, so they can run on any connection to the
 * database file — in the main process (tests) or in a worker thread (the apps), where a
 * year's scan never holds up a sale. Rendering an export (XLSX, PDF of tens of thousands of
 * rows) is as heavy, so it runs there too.
 */
export function reportQueriesOver(db: Kysely<Database>) {
  return {
    sales: (query: PeriodQuery, seesCost: boolean, productLimit: number | null) =>
      salesReport(db, query, seesCost, productLimit),
    hasilKerja: (input: { month: string; locationId: string | null }, seesCost: boolean, today: string) =>
      hasilKerjaReport(db, input, seesCost, today),
    pnbpYear: (month: string) => pnbpYearToDate(db, month),
    valuation: (locationId: string | null) => stockValuation(db, locationId),
    variances: (query: PeriodQuery) => countVariances(db, query),
    render: (doc: ExportDocument, format: 'xlsx' | 'csv' | 'pdf') => renderExport(doc, format),
  }
}

export type ReportQueries = ReturnType<typeof reportQueriesOver>
export type ReportMethod = keyof ReportQueries

/** A message to the reports worker: one call, answered by the same id. */
export interface ReportRequest {
  id: number
  method: ReportMethod
  args: unknown[]
}

export type ReportReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string }
