import { formatRupiah } from '../../../shared/money'
import { stockPrintLabels } from '../../../shared/stock/stock-print-labels'
import type { ServiceContext } from '../core/context'
import { a4File, a4Head, isoDay, qty, safeName, type PdfReader } from '../documents/a4-head'
import type { SettingsService } from '../settings/settings.service'
import type { ExhibitionsService } from './exhibitions.service'
import type { StockDocsService } from './stock-docs.service'
import type { TransfersService } from './transfers.service'

export type { PdfReader }

/** Printable stock documents: intake / write-off, packing list, exhibition report. */
export function createStockPdfService(
  ctx: ServiceContext,
  settings: SettingsService,
  docs: StockDocsService,
  transfers: TransfersService,
  exhibitions: ExhibitionsService,
) {
  async function frame(caller: PdfReader) {
    const L = stockPrintLabels[caller.locale]
    return { L, ...(await a4Head(ctx, settings, caller, L.printed)) }
  }

  const toFile = a4File

  async function document(caller: PdfReader, id: string) {
    const { L, header, footer, day } = await frame(caller)
    const doc = await docs.get(caller.actor, id)
    const withCost = doc.totalCost !== null
    const columns = [
      { title: L.no, align: 'right' as const, width: 0.5 },
      { title: L.sku, width: 1.3 },
      { title: L.product, width: 3.5 },
      { title: L.qty, align: 'right' as const },
      { title: L.unit, width: 0.8 },
      ...(withCost
        ? [
            { title: L.unitCost, align: 'right' as const, width: 1.3 },
            { title: L.lineCost, align: 'right' as const, width: 1.4 },
          ]
        : []),
    ]
    const rows = doc.lineItems.map((l) => [
      String(l.lineNo),
      l.sku,
      l.name,
      qty(l.qty),
      l.unit,
      ...(withCost && l.unitCost !== null
        ? [formatRupiah(l.unitCost), formatRupiah(l.unitCost * l.qty)]
        : []),
    ])
    const facts = [
      { label: L.number, value: doc.docNo },
      { label: L.date, value: day.format(isoDay(doc.docDate)) },
      { label: L.location, value: doc.locationName },
      ...(doc.workshopName ? [{ label: L.workshop, value: doc.workshopName }] : []),
      ...(doc.batch ? [{ label: L.batch, value: doc.batch }] : []),
      ...(doc.party ? [{ label: L.party, value: doc.party }] : []),
      ...(doc.note ? [{ label: L.note, value: doc.note }] : []),
    ]
    return toFile(
      {
        header,
        title: L.docTitles[doc.kind],
        facts,
        sections: [
          {
            kind: 'table',
            table: {
              columns,
              rows,
              totals: [
                [
                  '',
                  '',
                  L.total,
                  qty(doc.units),
                  '',
                  ...(withCost && doc.totalCost !== null ? ['', formatRupiah(doc.totalCost)] : []),
                ],
              ],
            },
          },
        ],
        placeAndDate: day.format(isoDay(doc.docDate)),
        signatures: [
          { role: L.handedBy, name: '' },
          { role: L.receivedBy, name: doc.userName },
        ],
        footer,
      },
      `${safeName(doc.docNo)}.pdf`,
    )
  }

  async function packingList(caller: PdfReader, id: string) {
    const { L, header, footer, day } = await frame(caller)
    const t = await transfers.get(id)
    const received = t.state === 'received'
    return toFile(
      {
        header,
        title: L.packingList,
        facts: [
          { label: L.number, value: t.transferNo },
          { label: L.date, value: day.format(t.sentAt ?? t.createdAt) },
          { label: L.from, value: t.fromName },
          { label: L.to, value: t.toName },
          { label: L.state, value: L.states[t.state] },
          ...(t.note ? [{ label: L.note, value: t.note }] : []),
        ],
        sections: [
          {
            kind: 'table',
            table: {
              columns: [
                { title: L.no, align: 'right', width: 0.5 },
                { title: L.sku, width: 1.3 },
                { title: L.product, width: 3.5 },
                { title: L.sent, align: 'right' },
                { title: L.unit, width: 0.8 },
                ...(received
                  ? [
                      { title: L.received, align: 'right' as const },
                      { title: L.damaged, align: 'right' as const },
                      { title: L.missing, align: 'right' as const },
                    ]
                  : [{ title: L.checked, width: 1 }]),
              ],
              rows: t.lineItems.map((l) => [
                String(l.lineNo),
                l.sku,
                l.name,
                qty(l.qtySent),
                l.unit,
                ...(received
                  ? [qty(l.qtyReceived ?? 0), qty(l.qtyDamaged ?? 0), qty(l.qtyMissing ?? 0)]
                  : ['']),
              ]),
              totals: [['', '', L.total, qty(t.units), '', ...(received ? ['', '', ''] : [''])]],
            },
          },
        ],
        placeAndDate: day.format(t.sentAt ?? t.createdAt),
        signatures: [
          { role: L.handedBy, name: t.sentByName ?? t.createdByName },
          { role: L.receivedBy, name: t.receivedByName ?? '' },
        ],
        footer,
      },
      `${safeName(t.transferNo)}.pdf`,
    )
  }

  async function exhibitionReport(caller: PdfReader, locationId: string) {
    const { L, header, footer, day } = await frame(caller)
    const r = await exhibitions.report(locationId)
    const ex = r.location.exhibition
    const n = (v: number) => qty(v)
    const row = (x: typeof r.totals) => [
      n(x.sent),
      n(x.soldQty),
      formatRupiah(x.soldAmount),
      n(x.returned),
      n(x.damaged),
      n(x.missing),
      n(x.remaining),
      n(x.varianceQty),
      formatRupiah(x.varianceAmount),
    ]
    const right = 'right' as const
    return toFile(
      {
        header,
        title: L.exhibitionReport,
        subtitle: r.location.name,
        facts: [
          ...(ex?.place ? [{ label: L.place, value: ex.place }] : []),
          ...(ex
            ? [
                {
                  label: L.period,
                  value: `${day.format(isoDay(ex.startsOn))} – ${day.format(isoDay(ex.endsOn))}`,
                },
                { label: L.state, value: L.states[ex.state] },
              ]
            : []),
        ],
        sections: [
          {
            kind: 'table',
            table: {
              columns: [
                { title: L.product, width: 3 },
                { title: L.sent, align: right, width: 0.8 },
                { title: L.sold, align: right, width: 0.8 },
                { title: L.soldAmount, align: right, width: 1.5 },
                { title: L.returned, align: right, width: 0.8 },
                { title: L.damaged, align: right, width: 0.8 },
                { title: L.missing, align: right, width: 0.8 },
                { title: L.remaining, align: right, width: 0.8 },
                { title: L.variance, align: right, width: 0.8 },
                { title: L.varianceAmount, align: right, width: 1.5 },
              ],
              rows: r.lines.map((l) => [`${l.name} (${l.sku})`, ...row(l)]),
              totals: [[L.total, ...row(r.totals)]],
            },
          },
        ],
        placeAndDate: day.format(ctx.clock.now()),
        signatures: [
          { role: L.madeBy, name: caller.actor.name },
          { role: L.knownBy, name: '' },
        ],
        footer,
      },
      `pameran-${safeName(r.location.name)}.pdf`,
    )
  }

  return { document, packingList, exhibitionReport }
}

export type StockPdfService = ReturnType<typeof createStockPdfService>
