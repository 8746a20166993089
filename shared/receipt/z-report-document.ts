import type { ShiftTotals } from '../shifts/shifts-dto'
import type { Locale } from '../locale'
import type {
  ReceiptBlock,
  ReceiptColumns,
  ReceiptDocument,
  ReceiptTextBlock,
} from './receipt-blocks'
import { toPrintableReceiptText } from './receipt-charset'
import { formatReceiptDateTime } from './receipt-datetime'
import { spreadColumns, wrapIndented, wrapWords } from './receipt-layout'
import { formatRupiahAscii } from './rupiah-ascii'

/** `KSG1-Z000012`: the till's code and its running Z number, as screens and paper show it. */
export const formatZNo = (tillCode: string, zNo: number): string =>
  `${tillCode}-Z${String(zNo).padStart(6, '0')}`

/** A closed shift as the Z report prints it: the figures frozen when the shift was closed. */
export interface ZReportSource {
  store: { name: string; address: string[] }
  zNo: number
  /** This till's code: the Z number is printed with it (formatZNo). */
  tillCode: string
  locationName: string
  openedBy: string
  openedAtIso: string
  closedBy: string
  closedAtIso: string
  forced: boolean
  totals: ShiftTotals
  countedCash: number
  expectedCash: number
  variance: number
  note: string | null
  /** Note or coin value → how many were counted, when counted by denomination. */
  denominations: Record<string, number> | null
  printedAtIso: string
  /** 0 for the first print; later prints carry a COPY banner so two papers cannot pass as two shifts. */
  copyNo: number
  timeZone?: string
  /** The ledger chain at this close, `seq:hash` (see README, tamper evidence). */
  anchor?: string | null
}

const labels = {
  id: {
    title: 'LAPORAN Z',
    zNo: 'No. Z',
    copy: (n: number) => `SALINAN (cetak ke-${n + 1})`,
    forced: 'DITUTUP PAKSA',
    location: 'Lokasi',
    opened: 'Dibuka',
    closed: 'Ditutup',
    by: 'Oleh',
    sales: 'PENJUALAN',
    salesCount: 'Jumlah transaksi',
    gross: 'Penjualan kotor',
    discounts: 'Diskon',
    rounding: 'Pembulatan',
    net: 'Penjualan bersih',
    methods: 'PER METODE BAYAR',
    noPayments: 'Belum ada pembayaran',
    corrections: 'KOREKSI',
    voids: 'Pembatalan',
    refunds: 'Retur',
    removedLines: 'Baris dihapus',
    drawerOpens: 'Laci dibuka tanpa transaksi',
    cash: 'KAS DI LACI',
    openingFloat: 'Kas awal',
    cashSales: 'Penjualan tunai',
    cashRefunds: 'Pengembalian tunai',
    cashIn: 'Kas masuk',
    cashOut: 'Kas keluar',
    expected: 'Seharusnya',
    counted: 'Dihitung',
    variance: 'Selisih',
    short: 'KURANG',
    over: 'LEBIH',
    exact: 'PAS',
    denominations: 'HITUNGAN PER PECAHAN',
    note: 'Catatan',
    printed: 'Dicetak',
    anchor: 'Rantai',
    cashier: 'Kasir',
    supervisor: 'Supervisor',
  },
  en: {
    title: 'Z REPORT',
    zNo: 'Z No.',
    copy: (n: number) => `COPY (print ${n + 1})`,
    forced: 'FORCE-CLOSED',
    location: 'Location',
    opened: 'Opened',
    closed: 'Closed',
    by: 'By',
    sales: 'SALES',
    salesCount: 'Transactions',
    gross: 'Gross sales',
    discounts: 'Discounts',
    rounding: 'Rounding',
    net: 'Net sales',
    methods: 'BY PAYMENT METHOD',
    noPayments: 'No payments yet',
    corrections: 'CORRECTIONS',
    voids: 'Voids',
    refunds: 'Refunds',
    removedLines: 'Lines removed',
    drawerOpens: 'Drawer opened, no sale',
    cash: 'CASH IN DRAWER',
    openingFloat: 'Opening float',
    cashSales: 'Cash sales',
    cashRefunds: 'Cash refunds',
    cashIn: 'Cash in',
    cashOut: 'Cash out',
    expected: 'Expected',
    counted: 'Counted',
    variance: 'Variance',
    short: 'SHORT',
    over: 'OVER',
    exact: 'EXACT',
    denominations: 'COUNT BY DENOMINATION',
    note: 'Note',
    printed: 'Printed',
    anchor: 'Chain',
    cashier: 'Cashier',
    supervisor: 'Supervisor',
  },
} as const

const plus = (amount: number) => `+${formatRupiahAscii(amount)}`
const minus = (amount: number) => formatRupiahAscii(-amount)

/**
 * Lays a closed shift's Z report out for a receipt printer `columns` wide: who and when, sales,
 * payment methods, corrections, the drawer count against what was expected, the note, and
 * lines for the cashier's and supervisor's signatures at the hand-over.
 */
export function buildZReportDocument(
  src: ZReportSource,
  { columns, locale }: { columns: ReceiptColumns; locale: Locale },
): ReceiptDocument {
  const l = labels[locale]
  const at = (iso: string) => formatReceiptDateTime(iso, src.timeZone)
  const text = (
    line: string,
    style: Omit<ReceiptTextBlock, 'kind' | 'text'>,
  ): ReceiptTextBlock => ({
    kind: 'text',
    text: line,
    ...style,
  })
  const centered = (value: string, style: { bold?: boolean; size?: 'double' } = {}) =>
    wrapWords(toPrintableReceiptText(value), columns).map((line) =>
      text(line, { align: 'center', ...style }),
    )
  const row = (label: string, value: string | number, bold = false): ReceiptBlock[] =>
    spreadColumns(
      toPrintableReceiptText(label),
      toPrintableReceiptText(String(value)),
      columns,
    ).map((line) => text(line, { align: 'left', bold }))
  const heading = (label: string): ReceiptBlock[] => [text(label, { align: 'left', bold: true })]
  const rule: ReceiptBlock = { kind: 'rule' }
  const { totals } = src
  const verdict = src.variance < 0 ? l.short : src.variance > 0 ? l.over : l.exact
  const varianceText = src.variance > 0 ? plus(src.variance) : formatRupiahAscii(src.variance)

  const denominations = Object.entries(src.denominations ?? {})
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => Number(b) - Number(a))
  const blocks: ReceiptBlock[] = [
    ...centered(src.store.name, { bold: true, size: 'double' }),
    ...src.store.address.flatMap((line) => centered(line)),
    rule,
    ...centered(l.title, { bold: true }),
    ...spreadColumns(l.zNo, formatZNo(src.tillCode, src.zNo), columns).map((line) =>
      text(line, { align: 'left', bold: true, size: 'double' }),
    ),
    ...(src.copyNo > 0 ? centered(l.copy(src.copyNo), { bold: true }) : []),
    ...(src.forced ? centered(l.forced, { bold: true }) : []),
    rule,
    ...row(l.location, src.locationName),
    ...row(l.opened, at(src.openedAtIso)),
    ...row(l.by, src.openedBy),
    ...row(l.closed, at(src.closedAtIso)),
    ...row(l.by, src.closedBy),
    rule,
    ...heading(l.sales),
    ...row(l.salesCount, totals.salesCount),
    ...row(l.gross, formatRupiahAscii(totals.grossSales)),
    ...row(l.discounts, minus(totals.discounts)),
    ...row(l.rounding, formatRupiahAscii(totals.rounding)),
    ...row(l.net, formatRupiahAscii(totals.netSales), true),
    rule,
    ...heading(l.methods),
    ...(totals.byMethod.length === 0
      ? [text(toPrintableReceiptText(l.noPayments), { align: 'left' })]
      : totals.byMethod.flatMap((m) => row(m.methodName, formatRupiahAscii(m.amount)))),
    rule,
    ...heading(l.corrections),
    ...row(`${l.voids} (${totals.voids.count}x)`, formatRupiahAscii(totals.voids.amount)),
    ...row(`${l.refunds} (${totals.refunds.count}x)`, formatRupiahAscii(totals.refunds.amount)),
    ...row(l.removedLines, totals.removedLines),
    ...row(l.drawerOpens, totals.drawerOpens),
    rule,
    ...heading(l.cash),
    ...row(l.openingFloat, formatRupiahAscii(totals.openingFloat)),
    ...row(l.cashSales, plus(totals.cashSales)),
    ...row(l.cashRefunds, minus(totals.refunds.cash)),
    ...row(l.cashIn, plus(totals.cashIn)),
    ...row(l.cashOut, minus(totals.cashOut)),
    ...row(l.expected, formatRupiahAscii(src.expectedCash), true),
    ...row(l.counted, formatRupiahAscii(src.countedCash), true),
    ...row(`${l.variance} (${verdict})`, varianceText, true),
  ]
  if (denominations.length > 0) {
    blocks.push(rule, ...heading(l.denominations))
    for (const [value, count] of denominations) {
      const face = formatRupiahAscii(Number(value))
      blocks.push(...row(`${count} x ${face}`, formatRupiahAscii(count * Number(value))))
    }
  }
  const note = toPrintableReceiptText(src.note ?? '').trim()
  if (note !== '') {
    blocks.push(rule, text(`${l.note}:`, { align: 'left' }))
    blocks.push(...wrapIndented(note, 2, columns).map((line) => text(line, { align: 'left' })))
  }
  const half = Math.floor((columns - 2) / 2)
  const signature = (name: string) => name.padEnd(half).slice(0, half)
  blocks.push(
    rule,
    ...row(l.printed, at(src.printedAtIso)),
    ...(src.anchor ? row(l.anchor, src.anchor) : []),
    text('', { align: 'left' }),
    text('', { align: 'left' }),
    text(`${'_'.repeat(half)}  ${'_'.repeat(half)}`, { align: 'left' }),
    text(`${signature(l.cashier)}  ${signature(l.supervisor)}`.trimEnd(), { align: 'left' }),
    { kind: 'cut' },
  )
  return { columns, blocks }
}
