import type { AuditRowDto } from '../../../shared/audit/audit-dto'
import {
  auditActionName,
  auditCsvColumns,
  describeAuditDetail,
} from '../../../shared/audit/audit-labels'
import { DEFAULT_TIME_ZONE } from '../../../shared/business-date'
import type { Locale } from '../../../shared/locale'
import { defuseFormula } from '../core/csv-formula-guard'

const BOM = '\uFEFF'
// Excel in Indonesia (and most of Europe) expects `;`: the comma is the decimal separator.
const SEPARATOR = ';'

const csvTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: DEFAULT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

/** `2026-11-27 10:05:00` in WIB: Excel reads it as a date-time and sorts it correctly. */
export const auditCsvTime = (iso: string): string => csvTime.format(new Date(iso))

/**
 * One CSV field. A cell that starts like a formula is prefixed with `'` so a reason typed at
 * the till (`=HYPERLINK(…)`) can never run as a formula in the inspector's Excel.
 */
export function csvField(value: string): string {
  const safe = defuseFormula(value)
  return /[;"\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** The audit entries as a CSV file for Excel: UTF-8 with a BOM, `;` between fields, CRLF. */
export function auditCsv(rows: readonly AuditRowDto[], locale: Locale): string {
  const lines = [auditCsvColumns[locale]]
  for (const row of rows) {
    lines.push([
      auditCsvTime(row.at),
      row.userName,
      auditActionName(row.action, locale),
      row.action,
      row.target ?? '',
      describeAuditDetail(row.action, row.detail, locale),
      row.reason ?? '',
      row.approvedByName ?? '',
      row.id,
    ])
  }
  return BOM + lines.map((fields) => fields.map(csvField).join(SEPARATOR)).join('\r\n') + '\r\n'
}
