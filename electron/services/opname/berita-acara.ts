import { DEFAULT_TIME_ZONE } from '../../../shared/business-date'
import type { A4ReportDocument } from '../../../shared/documents/a4-report'
import type { Locale } from '../../../shared/locale'
import { formatRupiah } from '../../../shared/money'
import type { CountDocumentDto } from '../../../shared/opname/opname-dto'

const labels = {
  id: {
    title: 'BERITA ACARA STOCK OPNAME',
    draft: 'DRAF — belum diposting',
    cancelled: 'DIBATALKAN',
    number: 'Nomor',
    location: 'Lokasi',
    scope: 'Cakupan',
    scopeAll: 'Semua produk',
    scopeCategory: 'Kategori {name}',
    scopeWorkshop: 'Kegiatan kerja {name}',
    started: 'Mulai dihitung',
    posted: 'Diposting',
    pic: 'Penanggung jawab',
    witness: 'Saksi',
    sessions: 'Sesi hitung',
    intro:
      'Pada {date} telah dilakukan perhitungan fisik persediaan (stock opname) di {location} oleh penanggung jawab dan disaksikan oleh saksi yang bertanda tangan di bawah ini, dengan hasil sebagai berikut.',
    rule: 'Jumlah sistem adalah stok saat penghitungan dimulai, ditambah penjualan dan mutasi di lokasi ini sampai barang tersebut dihitung. Selisih = fisik − sistem.',
    table: 'Hasil perhitungan',
    no: 'No',
    sku: 'SKU',
    name: 'Nama barang',
    system: 'Sistem',
    physical: 'Fisik',
    variance: 'Selisih',
    value: 'Nilai selisih',
    reason: 'Keterangan',
    zero: 'tidak ditemukan',
    total: 'Jumlah',
    summary: 'Ringkasan',
    shortage: 'Kurang: {units} unit{value}',
    surplus: 'Lebih: {units} unit{value}',
    net: 'Selisih bersih nilai: {value}',
    noVariance: 'Tidak ada selisih.',
    headRole: 'Kepala Galeri',
    footer: 'Dicetak {at} oleh {user} — Etalase',
    page: 'Halaman {page} dari {pages}',
  },
  en: {
    title: 'STOCK COUNT REPORT (BERITA ACARA STOCK OPNAME)',
    draft: 'DRAFT — not posted',
    cancelled: 'CANCELLED',
    number: 'Number',
    location: 'Location',
    scope: 'Scope',
    scopeAll: 'All products',
    scopeCategory: 'Category {name}',
    scopeWorkshop: 'Workshop {name}',
    started: 'Counting started',
    posted: 'Posted',
    pic: 'Person in charge',
    witness: 'Witness',
    sessions: 'Counting sessions',
    intro:
      'On {date} a physical stock count was carried out at {location} by the person in charge and witnessed by the undersigned, with the following results.',
    rule: 'The system quantity is the stock when counting began, plus sales and movements at this location until the item was counted. Variance = counted − system.',
    table: 'Count results',
    no: 'No',
    sku: 'SKU',
    name: 'Item',
    system: 'System',
    physical: 'Counted',
    variance: 'Variance',
    value: 'Variance value',
    reason: 'Remarks',
    zero: 'not found',
    total: 'Total',
    summary: 'Summary',
    shortage: 'Short: {units} units{value}',
    surplus: 'Over: {units} units{value}',
    net: 'Net variance value: {value}',
    noVariance: 'No variances.',
    headRole: 'Head of Showroom',
    footer: 'Printed {at} by {user} — Etalase',
    page: 'Page {page} of {pages}',
  },
} as const

const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole))

const signed = (n: number) => (n > 0 ? `+${n}` : String(n))

export interface BeritaAcaraInput {
  doc: CountDocumentDto
  locale: Locale
  store: { name: string; address: string[] }
  printedBy: string
  printedAt: number
}

/** The signed report of a count as the shared A4 document model. */
export function beritaAcaraDocument({
  doc,
  locale,
  store,
  printedBy,
  printedAt,
}: BeritaAcaraInput): A4ReportDocument {
  const l = labels[locale]
  const tag = locale === 'id' ? 'id-ID' : 'en-GB'
  const longDate = new Intl.DateTimeFormat(tag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: DEFAULT_TIME_ZONE,
  })
  const day = new Intl.DateTimeFormat(tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: DEFAULT_TIME_ZONE,
  })
  const stamp = new Intl.DateTimeFormat(tag, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: DEFAULT_TIME_ZONE,
  })
  const startedAt = doc.events.find((e) => e.state === 'counting')?.at ?? doc.createdAt
  const postedAt = doc.events.find((e) => e.state === 'posted')?.at ?? null
  const scope =
    doc.scope.kind === 'all'
      ? l.scopeAll
      : fill(doc.scope.kind === 'category' ? l.scopeCategory : l.scopeWorkshop, {
          name: doc.scope.name ?? '',
        })
  const money = doc.canSeeCost
  const facts = [
    { label: l.number, value: doc.countNo },
    { label: l.location, value: doc.locationName },
    { label: l.scope, value: scope },
    { label: l.started, value: stamp.format(startedAt) },
    ...(postedAt !== null ? [{ label: l.posted, value: stamp.format(postedAt) }] : []),
    { label: l.pic, value: doc.personInCharge },
    { label: l.witness, value: doc.witness },
    ...(doc.sessions.length > 0
      ? [
          {
            label: l.sessions,
            value: doc.sessions.map((s) => `${s.label} (${s.userName})`).join(', '),
          },
        ]
      : []),
  ]
  const rows = doc.lines.map((line, index) => [
    String(index + 1),
    line.sku,
    line.name,
    String(line.expected ?? ''),
    line.counted === null ? '' : String(line.counted),
    line.variance === null ? '' : signed(line.variance),
    ...(money ? [line.varianceValue ? formatRupiah(line.varianceValue) : ''] : []),
    line.reason ?? (line.confirmedZero ? l.zero : ''),
  ])
  const t = doc.totals
  const totals = t
    ? [
        [
          '',
          '',
          l.total,
          String(t.expectedUnits),
          String(t.countedUnits),
          signed(t.surplusUnits - t.shortageUnits),
          ...(money ? [formatRupiah(t.netValue ?? 0)] : []),
          '',
        ],
      ]
    : []
  const value = (v: number | null | undefined) => (money && v ? ` (${formatRupiah(v)})` : '')
  const summary = !t
    ? []
    : t.shortageUnits === 0 && t.surplusUnits === 0
      ? [l.noVariance]
      : [
          fill(l.shortage, { units: t.shortageUnits, value: value(t.shortageValue) }),
          fill(l.surplus, { units: t.surplusUnits, value: value(t.surplusValue) }),
          ...(money ? [fill(l.net, { value: formatRupiah(t.netValue ?? 0) })] : []),
        ]
  // The place is the town on the address's last line; the receipt header also carries the
  // phone and NPWP lines after the address (see setup's receiptHeaderLines), which are not places.
  const townLine = store.address.findLast((line) => !/^(Telp\.|NPWP)\s/.test(line)) ?? ''
  const place = townLine.split(',')[0]?.trim() ?? ''
  return {
    header: [store.name, ...store.address],
    title: l.title,
    // The number is in the facts; a subtitle only marks a document that is not final.
    subtitle:
      doc.state === 'posted' ? undefined : `${doc.state === 'cancelled' ? l.cancelled : l.draft}`,
    facts,
    sections: [
      {
        kind: 'text',
        paragraphs: [
          fill(l.intro, { date: longDate.format(startedAt), location: doc.locationName }),
          l.rule,
        ],
      },
      {
        kind: 'table',
        heading: l.table,
        table: {
          columns: [
            { title: l.no, align: 'right', width: 0.5 },
            { title: l.sku, width: 1.3 },
            { title: l.name, width: 3.2 },
            { title: l.system, align: 'right', width: 0.9 },
            { title: l.physical, align: 'right', width: 0.9 },
            { title: l.variance, align: 'right', width: 0.9 },
            ...(money ? [{ title: l.value, align: 'right' as const, width: 1.4 }] : []),
            { title: l.reason, width: 2 },
          ],
          rows,
          totals,
        },
      },
      ...(summary.length > 0
        ? [{ kind: 'text' as const, heading: l.summary, paragraphs: summary }]
        : []),
    ],
    placeAndDate: place ? `${place}, ${day.format(postedAt ?? printedAt)}` : day.format(printedAt),
    signatures: [
      { role: l.pic, name: doc.personInCharge },
      { role: l.witness, name: doc.witness },
      { role: l.headRole, name: doc.headOfShowroom ?? '' },
    ],
    footer: fill(l.footer, { at: stamp.format(printedAt), user: printedBy }),
    pageLabel: l.page,
  }
}
