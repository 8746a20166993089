import type { Locale } from '../../../shared/locale'
import type {
  CountVariancesDto,
  HasilKerjaDto,
  PnbpYearDto,
  SalesReportDto,
  StockValuationDto,
} from '../../../shared/reports/reports-dto'
import { reportLabels, type ReportLabels } from '../../../shared/reports/report-labels'
import type { ExportColumn, ExportDocument, ExportTable } from './report-files'

export interface ExportContext {
  locale: Locale
  store: { name: string; address: string[] }
  printedBy: string
  now: number
}

const tag = (locale: Locale) => (locale === 'en' ? 'en-GB' : 'id-ID')

function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${date}T00:00:00Z`))
}

function monthName(month: string, locale: Locale): string {
  return new Intl.DateTimeFormat(tag(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(Date.parse(`${month}-01T00:00:00Z`))
}

function printedLine(ctx: ExportContext, l: ReportLabels): string {
  const stamp = new Intl.DateTimeFormat(tag(ctx.locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(ctx.now)
  return `${l.printedAt} ${stamp} ${l.by} ${ctx.printedBy}`
}

function base(ctx: ExportContext, l: ReportLabels): ExportDocument['pdf'] {
  return {
    header: [ctx.store.name, ...ctx.store.address].filter((line) => line.trim().length > 0),
    footer: printedLine(ctx, l),
    pageLabel: l.page,
  }
}

const periodText = (p: { from: string; to: string }, locale: Locale) =>
  p.from === p.to
    ? longDate(p.from, locale)
    : `${longDate(p.from, locale)} – ${longDate(p.to, locale)}`

const text = (title: string, width = 2): ExportColumn => ({ title, kind: 'text', width })
const money = (title: string): ExportColumn => ({ title, kind: 'money' })
const int = (title: string): ExportColumn => ({ title, kind: 'int', width: 0.8 })

export function salesExport(
  report: SalesReportDto,
  ctx: ExportContext,
  basename: string,
): ExportDocument {
  const l = reportLabels(ctx.locale)
  const cost = report.seesCost
  const s = report.summary
  const summary: ExportTable = {
    title: l.summary,
    columns: [text(l.figure, 3), money(l.amount)],
    rows: [
      [l.grossSales, s.grossSales],
      [l.discounts, s.discounts],
      [l.rounding, s.rounding],
      [l.returns, s.returns],
      [l.netSales, s.netSales],
      [l.averageSale, s.averageSale],
      [`${l.voids} (${s.voids.count})`, s.voids.amount],
      ...(cost
        ? [
            [l.cost, report.cost],
            [l.grossProfit, report.grossProfit],
          ]
        : []),
    ],
  }
  const byDay: ExportTable = {
    title: l.byDay,
    columns: [
      text(l.date, 1.4),
      int(l.count),
      money(l.grossSales),
      money(l.discounts),
      money(l.rounding),
      money(l.returns),
      money(l.netSales),
    ],
    rows: report.byDay.map((d) => [
      d.date,
      d.salesCount,
      d.grossSales,
      d.discounts,
      d.rounding,
      d.returns,
      d.netSales,
    ]),
    totals: [
      [l.total, s.salesCount, s.grossSales, s.discounts, s.rounding, s.returns, s.netSales],
    ],
  }
  const breakdown = (
    title: string,
    nameTitle: string,
    rows: SalesReportDto['byCategory'],
    emptyName: string,
    people = false,
  ): ExportTable => breakdownTable(title, nameTitle, rows, emptyName, cost && !people, people)
  const breakdownTable = (
    title: string,
    nameTitle: string,
    rows: SalesReportDto['byCategory'],
    emptyName: string,
    cost: boolean,
    people: boolean,
  ): ExportTable => ({
    title,
    columns: [
      text(nameTitle, 3),
      int(people ? l.count : l.qty),
      money(l.netSales),
      ...(cost ? [money(l.cost), money(l.grossProfit)] : []),
    ],
    rows: rows.map((r) => [
      r.name || emptyName,
      r.qty,
      r.netSales,
      ...(cost ? [r.cost, r.grossProfit] : []),
    ]),
    totals: [
      [
        l.total,
        rows.reduce((a, r) => a + r.qty, 0),
        rows.reduce((a, r) => a + r.netSales, 0),
        ...(cost
          ? [
              rows.reduce((a, r) => a + (r.cost ?? 0), 0),
              rows.reduce((a, r) => a + (r.grossProfit ?? 0), 0),
            ]
          : []),
      ],
    ],
  })
  const products: ExportTable = {
    title: l.byProduct,
    columns: [
      text(l.product, 3),
      text(l.sku, 1.2),
      int(l.qty),
      money(l.netSales),
      ...(cost ? [money(l.cost), money(l.grossProfit)] : []),
    ],
    rows: report.byProduct.map((r) => [
      r.name,
      r.sku,
      r.qty,
      r.netSales,
      ...(cost ? [r.cost, r.grossProfit] : []),
    ]),
  }
  const methods: ExportTable = {
    title: l.byMethod,
    columns: [text(l.method, 2), int(l.count), money(l.refunds), money(l.amount)],
    rows: report.byMethod.map((m) => [m.name, m.count, m.refunds, m.amount]),
    totals: [
      [
        l.total,
        report.byMethod.reduce((a, m) => a + m.count, 0),
        report.byMethod.reduce((a, m) => a + m.refunds, 0),
        report.byMethod.reduce((a, m) => a + m.amount, 0),
      ],
    ],
  }
  const top: ExportTable = {
    title: l.topSellers,
    columns: [text(l.product, 3), text(l.sku, 1.2), int(l.qty), money(l.netSales)],
    rows: report.topSellers.map((r) => [r.name, r.sku, r.qty, r.netSales]),
  }
  const slow: ExportTable = {
    title: l.slowSellers,
    columns: [text(l.product, 3), text(l.sku, 1.2), int(l.qty), int(l.onHand)],
    rows: report.slowSellers.map((r) => [r.name, r.sku, r.qty, r.onHand]),
  }
  return {
    basename,
    title: l.salesTitle,
    subtitle: periodText(report.period, ctx.locale),
    facts: [
      { label: l.period, value: periodText(report.period, ctx.locale) },
      { label: l.location, value: report.locationName ?? l.allLocations },
      { label: l.salesCount, value: String(s.salesCount) },
    ],
    tables: [
      summary,
      byDay,
      methods,
      breakdown(l.byWorkshop, l.workshop, report.byWorkshop, l.noWorkshop),
      breakdown(l.byCategory, l.category, report.byCategory, l.noCategory),
      products,
      breakdown(l.byCashier, l.cashier, report.byCashier, '-', true),
      breakdown(l.byLocation, l.location, report.byLocation, '-', true),
      top,
      slow,
    ],
    pdf: base(ctx, l),
  }
}

const percent = (bp: number) => bp / 100

export function hasilKerjaExport(
  report: HasilKerjaDto,
  pnbpYear: PnbpYearDto,
  ctx: ExportContext,
  basename: string,
  signer: { name: string },
): ExportDocument {
  const l = reportLabels(ctx.locale)
  const cost = report.seesCost
  const t = report.totals
  const main: ExportTable = {
    title: l.byWorkshop,
    columns: [
      text(l.workshop, 2.4),
      int(l.qty),
      money(l.netSales),
      ...(cost ? [money(l.cost), money(l.grossProfit)] : []),
      money(l.premi),
      money(l.pnbp),
      money(l.modal),
    ],
    rows: report.rows.map((r) => [
      r.workshopName ?? l.noWorkshop,
      r.qty,
      r.netSales,
      ...(cost ? [r.cost, r.grossProfit] : []),
      r.premi,
      r.pnbp,
      r.modal,
    ]),
    totals: [
      [
        l.total,
        t.qty,
        t.netSales,
        ...(cost ? [t.cost, t.grossProfit] : []),
        t.premi,
        t.pnbp,
        t.modal,
      ],
    ],
  }
  const basisName = (kind: string | null) =>
    kind === 'net_sales' ? l.basisNetSales : kind === 'gross_profit' ? l.basisGrossProfit : l.noRule
  const rules: ExportTable = {
    title: l.rule,
    columns: [
      text(l.workshop, 2.2),
      text(l.rule, 2.4),
      money(l.basis),
      money(l.premi),
      money(l.pnbp),
      money(l.modal),
    ],
    rows: report.rows.flatMap((r) =>
      r.shares.map((s) => [
        r.workshopName ?? l.noWorkshop,
        s.ruleId === null
          ? l.noRule
          : `${percent(s.premiBp)}/${percent(s.pnbpBp)}/${percent(s.modalBp)} % ${basisName(s.basisKind)} (${s.validFrom})`,
        s.basis,
        s.premi,
        s.pnbp,
        s.modal,
      ]),
    ),
    totals: [[l.total, '', t.basis, t.premi, t.pnbp, t.modal]],
  }
  const pnbp: ExportTable = {
    title: l.pnbpRegister,
    columns: [text(l.date, 1.2), text(l.billingCode, 1.8), text(l.ntpn, 1.8), money(l.amount)],
    // A cancelled deposit stays in the register, marked, and counts for nothing.
    rows: pnbpYear.deposits.map((d) => [
      d.date,
      d.billingCode,
      d.cancelled ? `${d.ntpn} (${l.cancelled}: ${d.cancelled.reason})` : d.ntpn,
      d.cancelled ? 0 : d.amount,
    ]),
    totals: [
      [
        l.total,
        '',
        '',
        pnbpYear.deposits.reduce((a, d) => a + (d.cancelled ? 0 : d.amount), 0),
      ],
    ],
  }
  const money2 = (n: number | null) => (n === null ? '-' : formatMoney(n))
  return {
    basename,
    title: l.hasilKerjaTitle,
    subtitle: l.hasilKerjaSubtitle,
    facts: [
      { label: l.month, value: monthName(report.month, ctx.locale) },
      { label: l.location, value: report.locationName ?? l.allLocations },
      {
        label: l.daysWithSales,
        value: `${report.salesDays.length} / ${report.daysElapsed} (${report.daysInMonth})`,
      },
      { label: l.rounding, value: formatMoney(report.rounding) },
      ...(t.unsplit !== 0 ? [{ label: l.unsplit, value: formatMoney(t.unsplit) }] : []),
      { label: `${l.pnbpTarget} ${pnbpYear.year}`, value: money2(pnbpYear.target) },
      { label: l.pnbpDueYtd, value: formatMoney(pnbpYear.dueYtd) },
      { label: l.pnbpDepositedYtd, value: formatMoney(pnbpYear.depositedYtd) },
    ],
    tables: [main, rules, pnbp],
    pdf: {
      ...base(ctx, l),
      placeAndDate: `Kasongan, ${longDate(new Date(ctx.now + 7 * 3_600_000).toISOString().slice(0, 10), ctx.locale)}`,
      signatures: [
        { role: `${l.knownBy}\n${l.headOfWork}`, name: l.signatureName, id: l.signatureId },
        { role: `${l.preparedBy}\n${l.galleryOfficer}`, name: signer.name },
      ],
    },
  }
}

export function stockValuationExport(
  report: StockValuationDto,
  ctx: ExportContext,
  basename: string,
): ExportDocument {
  const l = reportLabels(ctx.locale)
  return {
    basename,
    title: l.stockValuationTitle,
    facts: [{ label: l.location, value: report.locationName ?? l.allLocations }],
    tables: [
      {
        title: l.byLocation,
        columns: [text(l.location, 2), text(l.category, 2), int(l.qty), money(l.value)],
        rows: report.rows.map((r) => [r.locationName, r.categoryName ?? l.noCategory, r.qty, r.value]),
        totals: [[l.total, '', report.totals.qty, report.totals.value]],
      },
      {
        title: l.byCategory,
        columns: [text(l.category, 3), int(l.qty), money(l.value)],
        rows: report.byCategory.map((r) => [r.name || l.noCategory, r.qty, r.value]),
        totals: [[l.total, report.totals.qty, report.totals.value]],
      },
    ],
    pdf: base(ctx, l),
  }
}

export function countVariancesExport(
  report: CountVariancesDto,
  ctx: ExportContext,
  basename: string,
): ExportDocument {
  const l = reportLabels(ctx.locale)
  return {
    basename,
    title: l.countVariancesTitle,
    subtitle: periodText(report.period, ctx.locale),
    facts: [
      { label: l.period, value: periodText(report.period, ctx.locale) },
      { label: l.location, value: report.locationName ?? l.allLocations },
    ],
    tables: [
      {
        title: l.countVariancesTitle,
        columns: [
          text(l.date, 1.2),
          text(l.product, 2.6),
          text(l.sku, 1.2),
          text(l.location, 1.6),
          int(l.qty),
          money(l.value),
          text(l.note, 2),
        ],
        rows: report.rows.map((r) => [
          r.date,
          r.productName,
          r.sku,
          r.locationName,
          r.qty,
          r.value,
          r.note ?? '',
        ]),
        totals: [[l.total, '', '', '', report.totals.net, report.totals.value, '']],
      },
    ],
    pdf: base(ctx, l),
  }
}

function formatMoney(n: number): string {
  const digits = new Intl.NumberFormat('id-ID').format(Math.abs(n))
  return n < 0 ? `-Rp ${digits}` : `Rp ${digits}`
}
