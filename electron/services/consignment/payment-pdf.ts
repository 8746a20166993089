import { consignmentPrintLabels } from '../../../shared/consignment/consignment-print-labels'
import type { FilePayload } from '../../../shared/documents/file-payload'
import { formatRupiah } from '../../../shared/money'
import type { ServiceContext } from '../core/context'
import { a4File, a4Head, dateTimeFormat, safeName, type PdfReader } from '../documents/a4-head'
import type { SettingsService } from '../settings/settings.service'
import type { PaymentsService } from './payments.service'

/** A partner payment's own receipt (kwitansi) as an A4 PDF, in the reader's language. */
export function createPaymentPdfService(
  ctx: ServiceContext,
  settings: SettingsService,
  payments: PaymentsService,
) {
  async function paymentPdf(reader: PdfReader, id: string): Promise<FilePayload> {
    const L = consignmentPrintLabels[reader.locale]
    const { header, footer, day } = await a4Head(ctx, settings, reader, L.printed)
    const p = await payments.get(id)
    return a4File(
      {
        header,
        title: L.receipt,
        subtitle: p.docNo,
        facts: [
          { label: L.number, value: p.docNo },
          { label: L.date, value: dateTimeFormat(reader.locale).format(p.createdAt) },
          { label: L.receivedFrom, value: p.partnerName },
          { label: L.method, value: p.methodName },
          ...(p.reference ? [{ label: L.reference, value: p.reference }] : []),
          { label: L.amount, value: formatRupiah(p.amount) },
          { label: L.owedAfter, value: formatRupiah(p.owedAfter) },
        ],
        sections: [
          {
            kind: 'text',
            heading: L.summary,
            paragraphs: [
              L.receiptText
                .replace('{amount}', formatRupiah(p.amount))
                .replace('{partner}', p.partnerName),
              ...(p.note ? [p.note] : []),
            ],
          },
        ],
        placeAndDate: day.format(p.createdAt),
        signatures: [
          { role: L.receivedBy, name: p.userName },
          { role: L.partnerSign, name: p.partnerName },
        ],
        footer,
        pageLabel: L.pageLabel,
      },
      `kwitansi-${safeName(p.docNo)}.pdf`,
    )
  }

  return { paymentPdf }
}
