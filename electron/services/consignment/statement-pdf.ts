import { consignmentPrintLabels } from '../../../shared/consignment/consignment-print-labels'
import type { StatementTotals } from '../../../shared/consignment/consignment-dto'
import type { FilePayload } from '../../../shared/documents/file-payload'
import { formatRupiah } from '../../../shared/money'
import type { ServiceContext } from '../core/context'
import {
  a4File,
  a4Head,
  dateTimeFormat,
  isoDay,
  qty,
  safeName,
  type PdfReader,
} from '../documents/a4-head'
import type { SettingsService } from '../settings/settings.service'
import type { StatementService } from './statement.service'

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '')

export type { PdfReader }

/** The partner's statement as an A4 PDF, in the reader's language. */
export function createStatementPdfService(
  ctx: ServiceContext,
  settings: SettingsService,
  statements: StatementService,
) {
  async function statementPdf(
    reader: PdfReader,
    input: { locationId: string; from: string; to: string },
  ): Promise<FilePayload> {
    const L = consignmentPrintLabels[reader.locale]
    const { header, footer, day } = await a4Head(ctx, settings, reader, L.printed)
    const s = await statements.statement(input)
    const right = 'right' as const
    const units = (x: StatementTotals) => [
      qty(x.opening),
      qty(x.sent),
      qty(x.sold),
      qty(x.returned),
      qty(x.missing),
      qty(x.closing),
      formatRupiah(x.soldAmount),
      formatRupiah(x.commission),
      formatRupiah(x.amountDue),
    ]
    const t = s.totals
    return a4File(
      {
        header,
        title: L.statement,
        subtitle: s.partner.name,
        facts: [
          { label: L.partner, value: s.partner.name },
          ...(s.partner.contact ? [{ label: L.contact, value: s.partner.contact }] : []),
          ...(s.partner.address ? [{ label: L.address, value: s.partner.address }] : []),
          {
            label: L.period,
            value: `${day.format(isoDay(s.from))} – ${day.format(isoDay(s.to))}`,
          },
          { label: L.commission, value: `${s.partner.commissionPct}%` },
          { label: L.owedAtEnd, value: formatRupiah(s.owedAtEnd) },
        ],
        sections: [
          {
            kind: 'text',
            heading: L.summary,
            paragraphs: [
              fill(L.summaryText, {
                sent: qty(t.sent),
                sold: qty(t.sold),
                returned: qty(t.returned),
                missing: qty(t.missing),
                closing: qty(t.closing),
                soldAmount: formatRupiah(t.soldAmount),
                commission: formatRupiah(t.commission),
                amountDue: formatRupiah(t.amountDue),
              }),
            ],
          },
          {
            kind: 'table',
            heading: L.perProduct,
            table: {
              columns: [
                { title: L.product, width: 2.2 },
                { title: L.opening, align: right, width: 0.8 },
                { title: L.sent, align: right, width: 0.8 },
                { title: L.sold, align: right, width: 0.8 },
                { title: L.returned, align: right, width: 0.8 },
                { title: L.missing, align: right, width: 0.8 },
                { title: L.closing, align: right, width: 0.8 },
                { title: L.soldAmount, align: right, width: 1.3 },
                { title: L.commissionAmount, align: right, width: 1.2 },
                { title: L.amountDue, align: right, width: 1.3 },
              ],
              rows: s.lines.map((l) => [`${l.name} (${l.sku})`, ...units(l)]),
              totals: [[L.total, ...units(t)]],
            },
          },
          s.settlements.length > 0
            ? {
                kind: 'table',
                heading: L.settlements,
                table: {
                  columns: [
                    { title: L.number, width: 2 },
                    { title: L.date, width: 1.5 },
                    { title: L.amountDue, align: right, width: 1.3 },
                  ],
                  rows: s.settlements.map((x) => [
                    x.docNo,
                    dateTimeFormat(reader.locale).format(x.createdAt),
                    formatRupiah(x.amountDue),
                  ]),
                },
              }
            : { kind: 'text', heading: L.settlements, paragraphs: [L.none] },
          s.payments.length > 0
            ? {
                kind: 'table',
                heading: L.payments,
                table: {
                  columns: [
                    { title: L.number, width: 2 },
                    { title: L.date, width: 1.5 },
                    { title: L.method, width: 1.2 },
                    { title: L.amount, align: right, width: 1.3 },
                  ],
                  rows: s.payments.map((x) => [
                    x.docNo,
                    dateTimeFormat(reader.locale).format(x.createdAt),
                    x.methodName,
                    formatRupiah(x.amount),
                  ]),
                },
              }
            : { kind: 'text', heading: L.payments, paragraphs: [L.noPayments] },
        ],
        placeAndDate: day.format(ctx.clock.now()),
        signatures: [
          { role: L.madeBy, name: reader.actor.name },
          { role: L.partnerSign, name: s.partner.name },
        ],
        footer,
        pageLabel: L.pageLabel,
      },
      `titip-jual-${safeName(s.partner.name)}-${s.from}-${s.to}.pdf`,
    )
  }

  return { statementPdf }
}
