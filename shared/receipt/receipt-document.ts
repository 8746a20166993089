import type {
  ReceiptBlock,
  ReceiptColumns,
  ReceiptDocument,
  ReceiptTextBlock,
} from './receipt-blocks'
import { toPrintableReceiptText } from './receipt-charset'
import { formatReceiptDateTime } from './receipt-datetime'
import { copyBanner, labelCandidates, voidBanner } from './receipt-labels'
import type { ReceiptLabel } from './receipt-labels'
import { spreadColumns, spreadWithLabel, wrapIndented, wrapWords } from './receipt-layout'
import type { ReceiptLine, ReceiptSource, ReceiptTender } from './receipt-source'
import { formatRupiahAscii } from './rupiah-ascii'

export interface ReceiptLayoutOptions {
  columns: ReceiptColumns
}

const DETAIL_INDENT = 2

type TextStyle = Omit<ReceiptTextBlock, 'kind' | 'text'>

const left = (text: string): ReceiptTextBlock => ({ kind: 'text', text, align: 'left' })
const leftLines = (lines: string[]): ReceiptTextBlock[] => lines.map(left)
const styled = (lines: string[], style: TextStyle): ReceiptTextBlock[] =>
  lines.map((text) => ({ kind: 'text', text, ...style }))

class ReceiptLayout {
  readonly #columns: ReceiptColumns
  readonly #bilingual: boolean

  constructor(columns: ReceiptColumns, bilingual: boolean) {
    this.#columns = columns
    this.#bilingual = bilingual
  }

  centered(text: string, style: Omit<TextStyle, 'align'> = {}): ReceiptTextBlock[] {
    const printable = toPrintableReceiptText(text)
    // A blank store line is a deliberate spacer; keep it instead of wrapping it away.
    if (printable.trim() === '') return [left('')]
    return styled(wrapWords(printable, this.#columns), { align: 'center', ...style })
  }

  labelled(
    label: ReceiptLabel,
    value: string,
    style: TextStyle = { align: 'left' },
  ): ReceiptTextBlock[] {
    const candidates = labelCandidates(label, this.#bilingual)
    return styled(spreadWithLabel(candidates, toPrintableReceiptText(value), this.#columns), style)
  }

  item(line: ReceiptLine): ReceiptTextBlock[] {
    const name = wrapWords(toPrintableReceiptText(line.name), this.#columns)
    const quantity = `${line.qty} x ${formatRupiahAscii(line.unitPrice)}`
    const gross = formatRupiahAscii(line.qty * line.unitPrice)
    const blocks = leftLines([...name, ...spreadColumns(quantity, gross, this.#columns)])
    if (line.discount !== 0) blocks.push(...this.#lineDiscount(line))
    return blocks
  }

  #lineDiscount(line: ReceiptLine): ReceiptTextBlock[] {
    const pad = ' '.repeat(DETAIL_INDENT)
    const amount = formatRupiahAscii(-line.discount)
    const labels = labelCandidates('discount', this.#bilingual).map((label) => pad + label)
    const reason = toPrintableReceiptText(line.discountReason ?? '').trim()
    if (reason === '') return leftLines(spreadWithLabel(labels, amount, this.#columns))
    const withReason = labels.map((label) => `${label} (${reason})`)
    const oneLine = spreadWithLabel(withReason, amount, this.#columns)
    if (oneLine.length === 1) return leftLines(oneLine)
    // The reason is what an auditor asks about, so it wraps below rather than being dropped.
    return leftLines([
      ...spreadWithLabel(labels, amount, this.#columns),
      ...wrapIndented(`(${reason})`, DETAIL_INDENT * 2, this.#columns),
    ])
  }

  tender(tender: ReceiptTender): ReceiptTextBlock[] {
    const method = toPrintableReceiptText(tender.methodName)
    const lines = spreadColumns(method, formatRupiahAscii(tender.amount), this.#columns)
    const reference = toPrintableReceiptText(tender.reference ?? '').trim()
    if (reference !== '') {
      const [label = 'Ref'] = labelCandidates('reference', this.#bilingual)
      lines.push(...wrapIndented(`${label}: ${reference}`, DETAIL_INDENT, this.#columns))
    }
    return leftLines(lines)
  }
}

function header(src: ReceiptSource, layout: ReceiptLayout): ReceiptBlock[] {
  const banners: ReceiptBlock[] = []
  if (src.copy) banners.push(...layout.centered(copyBanner(src.copy.reprintCount), { bold: true }))
  if (src.voided) banners.push(...layout.centered(voidBanner, { bold: true, size: 'double' }))
  return [
    ...layout.centered(src.store.name, { bold: true, size: 'double' }),
    ...src.store.address.flatMap((line) => layout.centered(line)),
    ...banners,
    { kind: 'rule' },
    ...layout.labelled('receiptNo', src.receiptNo),
    ...layout.labelled('date', formatReceiptDateTime(src.createdAtIso, src.timeZone)),
    ...layout.labelled('cashier', src.cashierName),
    ...layout.labelled('location', src.locationName),
    { kind: 'rule' },
  ]
}

function totals(src: ReceiptSource, layout: ReceiptLayout): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = []
  // Subtotal only earns its paper when something sits between it and the total.
  if (src.cartDiscount !== 0 || src.rounding !== 0) {
    blocks.push(...layout.labelled('subtotal', formatRupiahAscii(src.subtotal)))
  }
  if (src.cartDiscount !== 0) {
    blocks.push(...layout.labelled('discount', formatRupiahAscii(-src.cartDiscount)))
  }
  if (src.rounding !== 0) {
    blocks.push(...layout.labelled('rounding', formatRupiahAscii(src.rounding)))
  }
  const totalStyle: TextStyle = { align: 'left', bold: true, size: 'double' }
  blocks.push(...layout.labelled('total', formatRupiahAscii(src.total), totalStyle))
  return blocks
}

function payment(src: ReceiptSource, layout: ReceiptLayout): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = src.tenders.flatMap((tender) => layout.tender(tender))
  if (src.change !== 0 || src.tenders.some((tender) => tender.isCash)) {
    blocks.push(...layout.labelled('change', formatRupiahAscii(src.change)))
  }
  return blocks
}

/**
 * Lays a sale out for a receipt printer `columns` characters wide. The same document feeds the
 * ESC/POS encoder and the on-screen preview, so both show the same lines.
 */
export function buildReceiptDocument(
  src: ReceiptSource,
  { columns }: ReceiptLayoutOptions,
): ReceiptDocument {
  const layout = new ReceiptLayout(columns, src.bilingual)
  const voidFooter = src.voided ? layout.centered(voidBanner, { bold: true, size: 'double' }) : []
  const blocks: ReceiptBlock[] = [
    ...header(src, layout),
    ...src.lines.flatMap((line) => layout.item(line)),
    { kind: 'rule' },
    ...totals(src, layout),
    { kind: 'rule' },
    ...payment(src, layout),
    { kind: 'rule' },
    ...voidFooter,
    { kind: 'qr', data: src.receiptNo },
    ...src.store.footer.flatMap((line) => layout.centered(line)),
    { kind: 'cut' },
  ]
  return { columns, blocks }
}
