import type { ParsedInputOf } from '../../../shared/contract'
import type { A4ReportDocument, A4Section } from '../../../shared/documents/a4-report'
import { fileMimes, type FilePayload } from '../../../shared/documents/file-payload'
import type { Locale } from '../../../shared/locale'
import { formatRupiah } from '../../../shared/money'
import { formatForeign, formatRate, toForeignCents } from '../../../shared/orders/currency'
import { orderPrintLabels } from '../../../shared/orders/order-print-labels'
import type { DocCurrency, OrderDto } from '../../../shared/orders/orders-dto'
import { A4_PAGE_MM, renderA4ReportHtml } from '../../documents/a4-report-html'
import { renderA4ReportPdf } from '../../documents/lazy-documents'
import type { OsPrintJob } from '../../printing/os-print/os-printer'
import type { Actor, ServiceContext } from '../core/context'
import { AppError, fieldError } from '../core/errors'
import type { SettingsService } from '../settings/settings.service'
import { nextOrderNo } from './order-common'
import { loadOrder } from './order-read'

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  })
const count = (n: number) => new Intl.NumberFormat('en-US').format(n)
const kg = (grams: number) => (grams / 1000).toFixed(2)

/**
 * The order's documents as A4 PDFs or OS print jobs: one model per kind, in the buyer's language, amounts in
 * Rupiah and, when a currency is chosen, also in that currency at the rate typed in. Each
 * issue takes the next number of the kind's series and is recorded with its currency and rate.
 */
export function createOrderDocuments(
  ctx: ServiceContext,
  settings: SettingsService,
  /** The printer settings: which system printer takes A4 documents. */
  printerSettings: () => Promise<{ documentPrinter: string }>,
) {
  const { db } = ctx

  /**
   * Takes the next number of the kind's series, records the document and lays it out. Saving
   * and printing both go through here, so a printed proforma is the proforma: one number.
   */
  async function record(
    caller: { actor: Actor },
    input: ParsedInputOf<'orders:document'>,
  ): Promise<{ docNo: string; doc: A4ReportDocument }> {
    const before = await loadOrder(db, input.orderId, ctx.clock.now())
    const currency: DocCurrency = input.currency ?? before.buyer.currency
    const language = input.language ?? before.buyer.language
    let rateX100 = 100
    if (currency !== 'IDR') {
      if (input.rate === undefined) throw fieldError('rate', 'REQUIRED')
      rateX100 = Math.round(input.rate * 100)
    }
    if (input.kind === 'invoice') {
      if (!['shipped', 'delivered', 'paid'].includes(before.status)) {
        throw new AppError('ORDER_STATE', { orderNo: before.orderNo, status: before.status })
      }
    }
    // A delivery note goes with one shipment: the one named, or the latest.
    const shipment =
      input.kind === 'delivery_note'
        ? input.shipmentId
          ? before.shipments.find((h) => h.id === input.shipmentId)
          : before.shipments.at(-1)
        : undefined
    if (input.kind === 'delivery_note' && !shipment) {
      if (input.shipmentId) throw fieldError('shipmentId', 'INVALID_VALUE')
      throw new AppError('ORDER_STATE', { orderNo: before.orderNo, status: before.status })
    }
    if (input.kind === 'packing_list' && before.cartons.length === 0) {
      throw new AppError('PACKING_INCOMPLETE', {
        name: before.lines[0]?.name ?? '',
        ordered: before.lines[0]?.qty ?? 0,
        packed: 0,
      })
    }
    const payment =
      input.kind === 'deposit_receipt'
        ? input.paymentId
          ? before.payments.find((p) => p.id === input.paymentId)
          : before.payments.filter((p) => p.kind === 'deposit').at(-1)
        : undefined
    // A receipt is for money that came in (a deposit or a balance payment), never a refund.
    if (
      input.kind === 'deposit_receipt' &&
      (!payment || (payment.kind !== 'deposit' && payment.kind !== 'balance'))
    ) {
      throw fieldError('paymentId', 'INVALID_VALUE')
    }

    const now = ctx.clock.now()
    const docNo = await db.transaction().execute(async (trx) => {
      const no = await nextOrderNo(trx, input.kind, now)
      await trx
        .insertInto('order_documents')
        .values({
          id: ctx.ids.next(),
          order_id: before.id,
          kind: input.kind,
          doc_no: no,
          language,
          currency,
          rate_x100: rateX100,
          payment_id: payment?.id ?? null,
          shipment_id: shipment?.id ?? null,
          user_id: caller.actor.userId,
          device_id: ctx.deviceId,
          created_at: now,
        })
        .execute()
      return no
    })

    const L = orderPrintLabels[language]
    const foreign = currency === 'IDR' ? null : { currency, rateX100 }
    const header = [
      (await settings.get('store.name')) ?? 'Etalase',
      ...((await settings.get('store.address')) ?? []),
    ]
    const day = dateFormat(language)
    const facts = [
      { label: L.number, value: docNo },
      { label: L.date, value: day.format(now) },
      { label: L.order, value: before.orderNo },
      ...(shipment
        ? [
            {
              label: L.delivery,
              value: L.shipment
                .replace('{n}', String(shipment.shipmentNo))
                .replace('{receipt}', shipment.receiptNo),
            },
          ]
        : []),
      { label: L.buyer, value: before.buyer.name },
      ...(before.buyer.address ? [{ label: L.address, value: before.buyer.address }] : []),
      { label: L.country, value: before.buyer.country },
      ...(before.buyer.taxId ? [{ label: L.taxId, value: before.buyer.taxId }] : []),
      ...(before.dueDate ? [{ label: L.dueDate, value: before.dueDate }] : []),
      ...(foreign
        ? [
            { label: L.currency, value: `IDR / ${currency}` },
            {
              label: L.rate,
              value: L.ratePer
                .replace('{rate}', formatRate(rateX100))
                .replace('{currency}', currency),
            },
          ]
        : []),
    ]
    const rule = foreign ? [L.rounding.replaceAll('{currency}', currency)] : []
    // The delivery note lists what its shipment carried, not the whole order.
    const shown: OrderDto = shipment
      ? {
          ...before,
          lines: before.lines.flatMap((line) => {
            const went = shipment.lines.find((l) => l.orderLineId === line.id)
            return went ? [{ ...line, qty: went.qty }] : []
          }),
        }
      : before
    const sections = buildSections(input.kind, shown, L, foreign, payment, rule)
    const doc: A4ReportDocument = {
      header,
      title: L.titles[input.kind],
      facts,
      sections,
      footer: L.printed
        .replace(
          '{date}',
          new Intl.DateTimeFormat('en-GB', {
            timeZone: 'Asia/Jakarta',
            dateStyle: 'short',
            timeStyle: 'short',
          }).format(now),
        )
        .replace('{name}', caller.actor.name),
      pageLabel: L.page,
      ...(input.kind === 'delivery_note'
        ? {
            signatures: [
              { role: L.sender, name: caller.actor.name },
              { role: L.receiver, name: before.buyer.contact || before.buyer.name },
            ],
          }
        : input.kind === 'deposit_receipt'
          ? { signatures: [{ role: L.cashier, name: caller.actor.name }] }
          : {}),
    }
    return { docNo, doc }
  }

  /** The document as an A4 PDF the user saves. */
  async function issue(
    caller: { actor: Actor },
    input: ParsedInputOf<'orders:document'>,
  ): Promise<FilePayload> {
    const { docNo, doc } = await record(caller, input)
    const bytes = await renderA4ReportPdf(doc)
    return {
      filename: `${docNo.replace(/[^A-Za-z0-9-]+/g, '-')}.pdf`,
      mime: fileMimes.pdf,
      base64: Buffer.from(bytes).toString('base64'),
    }
  }

  /**
   * The document as an A4 page set for the OS printer chosen for documents (printer settings);
   * none chosen: the system's default, through the print dialog. One copy: an original is
   * printed once, and the dialog offers more. Like a saved PDF, the document is issued (and
   * numbered) before it reaches the printer, outside the transaction.
   */
  async function printJob(
    caller: { actor: Actor },
    input: ParsedInputOf<'orders:document'>,
  ): Promise<{ docNo: string; job: OsPrintJob }> {
    const { documentPrinter } = await printerSettings()
    const { docNo, doc } = await record(caller, input)
    return {
      docNo,
      job: {
        html: renderA4ReportHtml(doc),
        ...A4_PAGE_MM,
        deviceName: documentPrinter,
        copies: 1,
        silent: documentPrinter !== '',
      },
    }
  }

  return { issue, printJob }
}

type Labels = (typeof orderPrintLabels)[Locale]
type Foreign = { currency: DocCurrency; rateX100: number } | null

function buildSections(
  kind: ParsedInputOf<'orders:document'>['kind'],
  order: OrderDto,
  L: Labels,
  foreign: Foreign,
  payment: OrderDto['payments'][number] | undefined,
  rule: string[],
): A4Section[] {
  const fx = (rupiah: number) =>
    foreign ? formatForeign(toForeignCents(rupiah, foreign.rateX100), foreign.currency) : ''
  if (kind === 'packing_list') {
    const pieces = order.cartons.reduce((s, c) => s + c.lines.reduce((t, l) => t + l.qty, 0), 0)
    const net = order.cartons.reduce((s, c) => s + c.netWeightG, 0)
    const gross = order.cartons.reduce((s, c) => s + c.grossWeightG, 0)
    return [
      {
        kind: 'table',
        table: {
          columns: [
            { title: L.carton, align: 'right', width: 0.7 },
            { title: L.contents, width: 3.5 },
            { title: L.pieces, align: 'right' },
            { title: L.netKg, align: 'right' },
            { title: L.grossKg, align: 'right' },
            { title: L.dimensions, width: 1.3 },
          ],
          rows: order.cartons.map((c) => [
            String(c.cartonNo),
            c.lines.map((l) => `${l.name} x ${count(l.qty)}`).join('; '),
            count(c.lines.reduce((t, l) => t + l.qty, 0)),
            kg(c.netWeightG),
            kg(c.grossWeightG),
            `${c.lengthCm} x ${c.widthCm} x ${c.heightCm}`,
          ]),
          totals: [
            [`${L.cartons}: ${order.cartons.length}`, '', count(pieces), kg(net), kg(gross), ''],
          ],
        },
      },
      {
        kind: 'table',
        table: {
          columns: [
            { title: L.sku, width: 1.2 },
            { title: L.description, width: 3.5 },
            { title: L.hsCode, width: 1.2 },
            { title: L.qty, align: 'right' },
          ],
          rows: order.lines.map((l) => [l.sku, l.name, l.hsCode ?? '', count(l.qty)]),
        },
      },
      { kind: 'text', paragraphs: [L.origin] },
    ]
  }

  if (kind === 'delivery_note') {
    const pieces = order.lines.reduce((s, l) => s + l.qty, 0)
    return [
      {
        kind: 'table',
        table: {
          columns: [
            { title: L.no, align: 'right', width: 0.5 },
            { title: L.sku, width: 1.2 },
            { title: L.description, width: 4 },
            { title: L.qty, align: 'right' },
          ],
          rows: order.lines.map((l) => [String(l.lineNo), l.sku, l.name, count(l.qty)]),
          totals: [['', '', `${L.total} (${L.cartons}: ${order.cartons.length})`, count(pieces)]],
        },
      },
      { kind: 'text', paragraphs: [L.origin] },
    ]
  }

  if (kind === 'deposit_receipt' && payment) {
    const rows: string[][] = [
      [L.receipt, payment.receiptNo],
      [L.receivedFrom, order.buyer.name],
      [
        L.amountReceived,
        [formatRupiah(payment.amount), fx(payment.amount)].filter(Boolean).join(' / '),
      ],
      [L.method, payment.methodName ?? ''],
      ...(payment.reference ? [[L.reference, payment.reference]] : []),
      [L.forOrder, order.orderNo],
      [
        L.total,
        [formatRupiah(order.money.total), fx(order.money.total)].filter(Boolean).join(' / '),
      ],
      [
        L.balanceDue,
        [formatRupiah(order.money.balanceDue), fx(order.money.balanceDue)]
          .filter(Boolean)
          .join(' / '),
      ],
    ]
    return [
      {
        kind: 'table',
        table: {
          columns: [
            { title: '', width: 1.5 },
            { title: '', width: 3 },
          ],
          rows,
        },
      },
      ...(rule.length ? [{ kind: 'text' as const, paragraphs: rule }] : []),
    ]
  }

  // Quotation, proforma and commercial invoice: priced lines.
  const columns = [
    { title: L.no, align: 'right' as const, width: 0.4 },
    { title: L.description, width: 2.8 },
    { title: L.hsCode, width: 0.9 },
    { title: L.qty, align: 'right' as const, width: 0.7 },
    { title: `${L.unitPrice} (IDR)`, align: 'right' as const, width: 1.2 },
    { title: `${L.amount} (IDR)`, align: 'right' as const, width: 1.4 },
    ...(foreign
      ? [
          { title: `${L.unitPrice} (${foreign.currency})`, align: 'right' as const, width: 1.2 },
          { title: `${L.amount} (${foreign.currency})`, align: 'right' as const, width: 1.4 },
        ]
      : []),
  ]
  const rows = order.lines.map((l) => [
    String(l.lineNo),
    `${l.name} (${l.sku})`,
    l.hsCode ?? '',
    count(l.qty),
    formatRupiah(l.unitPrice),
    formatRupiah(l.lineTotal),
    ...(foreign ? [fx(l.unitPrice), fx(l.lineTotal)] : []),
  ])
  const kept = order.money.received - order.money.refunded
  const totalCents = foreign
    ? order.lines.reduce((s, l) => s + toForeignCents(l.lineTotal, foreign.rateX100), 0)
    : 0
  const totals = [
    [
      '',
      L.total,
      '',
      '',
      '',
      formatRupiah(order.money.total),
      ...(foreign ? ['', formatForeign(totalCents, foreign.currency)] : []),
    ],
    ...(kind !== 'quotation' && kept > 0
      ? [
          [
            '',
            kind === 'invoice' ? L.paid : L.depositReceived,
            '',
            '',
            '',
            formatRupiah(kept),
            ...(foreign ? ['', fx(kept)] : []),
          ],
          [
            '',
            L.balanceDue,
            '',
            '',
            '',
            formatRupiah(order.money.balanceDue),
            // In the currency the balance is the printed total less the printed payment, so
            // the document adds up to the cent.
            ...(foreign
              ? [
                  '',
                  formatForeign(
                    order.money.balanceDue === 0
                      ? 0
                      : totalCents - toForeignCents(kept, foreign.rateX100),
                    foreign.currency,
                  ),
                ]
              : []),
          ],
        ]
      : []),
  ]
  return [
    { kind: 'table', table: { columns, rows, totals } },
    {
      kind: 'text',
      paragraphs: [L.origin, ...rule, ...(order.note ? [`${L.notes}: ${order.note}`] : [])],
    },
  ]
}
