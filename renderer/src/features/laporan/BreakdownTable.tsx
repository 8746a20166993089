import { Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatRupiah } from '../../../../shared/money'
import type { SalesReportDto } from '../../../../shared/reports/reports-dto'
import { useSeededName } from '../../i18n/use-seeded-name'
import { scrollRegion } from '../../components/scroll-region'

export const breakdowns = [
  'product',
  'category',
  'workshop',
  'method',
  'cashier',
  'location',
  'top',
  'slow',
] as const
export type Breakdown = (typeof breakdowns)[number]

interface Column {
  title: string
  numeric?: boolean
}

/** The rows and columns of one "sales by …" view, formatted for the screen. */
function view(
  report: SalesReportDto,
  by: Breakdown,
  t: (key: string) => string,
  seeded: (name: string) => string,
) {
  const none = t('breakdown.none')
  const cost = report.seesCost
  const money = (n: number | null) => (n === null ? '' : formatRupiah(n))
  if (by === 'method') {
    return {
      columns: [
        { title: t('breakdown.name') },
        { title: t('breakdown.count'), numeric: true },
        { title: t('breakdown.refunds'), numeric: true },
        { title: t('breakdown.amount'), numeric: true },
      ] as Column[],
      rows: report.byMethod.map((m) => [
        seeded(m.name),
        String(m.count),
        money(m.refunds),
        money(m.amount),
      ]),
      total: [
        t('breakdown.total'),
        String(report.byMethod.reduce((a, m) => a + m.count, 0)),
        money(report.byMethod.reduce((a, m) => a + m.refunds, 0)),
        money(report.byMethod.reduce((a, m) => a + m.amount, 0)),
      ],
    }
  }
  if (by === 'slow') {
    return {
      columns: [
        { title: t('breakdown.name') },
        { title: t('breakdown.sku') },
        { title: t('breakdown.qty'), numeric: true },
        { title: t('breakdown.onHand'), numeric: true },
      ] as Column[],
      rows: report.slowSellers.map((r) => [r.name, r.sku, String(r.qty), String(r.onHand)]),
      total: null,
    }
  }
  const withSku = by === 'product' || by === 'top'
  // Cashier and location rows count sales, not units, and carry no cost.
  const people = by === 'cashier' || by === 'location'
  const showCost = cost && !people
  const source = {
    product: report.byProduct,
    top: report.topSellers,
    category: report.byCategory,
    workshop: report.byWorkshop,
    cashier: report.byCashier,
    location: report.byLocation,
  }[by]
  const columns: Column[] = [
    { title: t('breakdown.name') },
    ...(withSku ? [{ title: t('breakdown.sku') }] : []),
    { title: people ? t('breakdown.count') : t('breakdown.qty'), numeric: true },
    { title: t('breakdown.netSales'), numeric: true },
    ...(showCost
      ? [
          { title: t('breakdown.cost'), numeric: true },
          { title: t('breakdown.grossProfit'), numeric: true },
        ]
      : []),
  ]
  const rows = source.map((r) => [
    (by === 'location' ? seeded(r.name) : r.name) || none,
    ...(withSku ? ['sku' in r ? String(r.sku) : ''] : []),
    String(r.qty),
    money(r.netSales),
    ...(showCost ? [money(r.cost), money(r.grossProfit)] : []),
  ])
  const total =
    by === 'top'
      ? null
      : [
          t('breakdown.total'),
          ...(withSku ? [''] : []),
          String(source.reduce((a, r) => a + r.qty, 0)),
          money(source.reduce((a, r) => a + r.netSales, 0)),
          ...(showCost
            ? [
                money(source.reduce((a, r) => a + (r.cost ?? 0), 0)),
                money(source.reduce((a, r) => a + (r.grossProfit ?? 0), 0)),
              ]
            : []),
        ]
  return { columns, rows, total }
}

export function BreakdownTable({ report, by }: { report: SalesReportDto; by: Breakdown }) {
  const { t } = useTranslation('laporan')
  const seeded = useSeededName()
  const { columns, rows, total } = view(report, by, t, seeded)
  const label = t('breakdown.tableLabel', { by: t(`breakdown.${by}`).toLowerCase() })
  if (rows.length === 0) {
    return (
      <Text c="dimmed" size="sm">
        {t('charts.empty')}
      </Text>
    )
  }
  return (
    <Table.ScrollContainer minWidth={600} maxHeight={360} scrollAreaProps={scrollRegion(label)}>
      <Table striped highlightOnHover stickyHeader aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c.title} ta={c.numeric ? 'right' : 'left'}>
                {c.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, i) => (
            <Table.Tr key={i}>
              {row.map((cell, j) => (
                <Table.Td key={j} ta={columns[j]?.numeric ? 'right' : 'left'}>
                  {cell}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        {total && (
          <Table.Tfoot>
            <Table.Tr>
              {total.map((cell, j) => (
                <Table.Th key={j} ta={columns[j]?.numeric ? 'right' : 'left'}>
                  {cell}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  )
}
