import type {
  ReceiptBlock,
  ReceiptColumns,
  ReceiptDocument,
  ReceiptTextBlock,
} from './receipt-blocks'
import { toPrintableReceiptText } from './receipt-charset'
import { formatReceiptDateTime } from './receipt-datetime'
import { labelCandidates, trainingBanner, voidBanner } from './receipt-labels'
import type { ReceiptLabel } from './receipt-labels'
import { receiptModel, type ReceiptModel } from './receipt-model'
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

function header(src: ReceiptSource, model: ReceiptModel, layout: ReceiptLayout): ReceiptBlock[] {
  const banners = model.banners.flatMap((text) =>
    layout.centered(text, text === voidBanner ? { bold: true, size: 'double' } : { bold: true }),
  )
  return [
    ...layout.centered(model.storeName, { bold: true, size: 'double' }),
    ...model.address.flatMap((line) => layout.centered(line)),
    ...banners,
    { kind: 'rule' },
    ...layout.labelled('receiptNo', src.receiptNo),
    ...layout.labelled('date', formatReceiptDateTime(src.createdAtIso, src.timeZone)),
    ...layout.labelled('cashier', src.cashierName),
    ...layout.labelled('location', src.locationName),
    { kind: 'rule' },
  ]
}

/** Subtotal (before discounts) − Diskon + Pembulatan = TOTAL, as the model says it. */
function totals(model: ReceiptModel, layout: ReceiptLayout): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = model.breakdown.flatMap((row) =>
    layout.labelled(row.key, formatRupiahAscii(row.amount)),
  )
  const totalStyle: TextStyle = { align: 'left', bold: true, size: 'double' }
  blocks.push(...layout.labelled('total', formatRupiahAscii(model.total.amount), totalStyle))
  return blocks
}

function payment(src: ReceiptSource, model: ReceiptModel, layout: ReceiptLayout): ReceiptBlock[] {
  const blocks: ReceiptBlock[] = src.tenders.flatMap((tender) => layout.tender(tender))
  if (model.change)
    blocks.push(...layout.labelled('change', formatRupiahAscii(model.change.amount)))
  return blocks
}

/**
 * Lays a sale out for a receipt printer `columns` characters wide. The same document feeds the
 * ESC/POS encoder and the on-screen preview, so both show the same lines; its wording and
 * totals come from `receiptModel`, which the screen receipt draws too.
 */
export function buildReceiptDocument(
  src: ReceiptSource,
  { columns }: ReceiptLayoutOptions,
): ReceiptDocument {
  const layout = new ReceiptLayout(columns, src.bilingual)
  const model = receiptModel(src)
  const voidFooter = model.voided ? layout.centered(voidBanner, { bold: true, size: 'double' }) : []
  const blocks: ReceiptBlock[] = [
    ...header(src, model, layout),
    ...src.lines.flatMap((line) => layout.item(line)),
    { kind: 'rule' },
    ...totals(model, layout),
    { kind: 'rule' },
    ...payment(src, model, layout),
    { kind: 'rule' },
    ...voidFooter,
    // Practice books: said at the top (a banner) and again above the QR, so no cut-off part
    // of the receipt passes for a real one.
    ...(src.training
      ? trainingBanner.flatMap((line) => layout.centered(line, { bold: true }))
      : []),
    { kind: 'qr', data: model.qrData },
    ...model.footer.flatMap((line) => layout.centered(line)),
    { kind: 'cut' },
  ]
  return { columns, blocks }
}
