import type {
  ReceiptBlock,
  ReceiptColumns,
  ReceiptDocument,
} from '../../../shared/receipt/receipt-blocks'
import { toPrintableReceiptText } from '../../../shared/receipt/receipt-charset'
import { formatReceiptDateTime } from '../../../shared/receipt/receipt-datetime'
import { spreadColumns, wrapWords } from '../../../shared/receipt/receipt-layout'
import { formatRupiahAscii } from '../../../shared/receipt/rupiah-ascii'
import type { PrinterSettings } from '../../../shared/printing/printer-settings'

/** Characters from both code pages' upper halves: if these print right, names will too. */
export const TEST_PAGE_ACCENTS = 'Café crème brûlée · Ñ ñ ü ö ß é è à ç € £ ¥ ½'
export const TEST_PAGE_QR = 'ETALASE PRINTER TEST'

const yesNo = (value: boolean) => (value ? 'ya / yes' : 'tidak / no')

/**
 * A short page that proves the set-up: store name, how the printer is reached, paper and
 * code page, accented letters, a ruler that must fill exactly one line, a QR code and a cut.
 */
export function buildTestPage(
  settings: Pick<
    PrinterSettings,
    'storeName' | 'paperWidth' | 'codePage' | 'cutter' | 'openDrawerOnCash'
  >,
  columns: number,
  target: string,
  nowIso: string,
): ReceiptDocument {
  const centered = (text: string, bold = false): ReceiptBlock[] =>
    wrapWords(toPrintableReceiptText(text), columns).map((line) => ({
      kind: 'text',
      text: line,
      align: 'center',
      bold,
    }))
  const row = (label: string, value: string): ReceiptBlock[] =>
    spreadColumns(label, toPrintableReceiptText(value), columns).map((line) => ({
      kind: 'text',
      text: line,
      align: 'left',
    }))
  const ruler = Array.from({ length: columns }, (_, i) => String((i + 1) % 10)).join('')
  const blocks: ReceiptBlock[] = [
    ...wrapWords(toPrintableReceiptText(settings.storeName), columns).map((line): ReceiptBlock => ({
      kind: 'text',
      text: line,
      align: 'center',
      bold: true,
      size: 'double',
    })),
    ...centered('TES PRINTER / PRINTER TEST', true),
    ...centered(formatReceiptDateTime(nowIso)),
    { kind: 'rule' },
    ...row('Printer', target),
    ...row('Kertas/Paper', `${settings.paperWidth} mm, ${columns} kolom`),
    ...row('Code page', settings.codePage.toUpperCase()),
    ...row('Pemotong/Cutter', yesNo(settings.cutter)),
    ...row('Laci/Drawer', yesNo(settings.openDrawerOnCash)),
    { kind: 'rule' },
    ...centered(TEST_PAGE_ACCENTS),
    { kind: 'text', text: ruler, align: 'left' },
    ...row('Rupiah', formatRupiahAscii(1_234_500)),
    { kind: 'rule' },
    { kind: 'qr', data: TEST_PAGE_QR },
    ...centered('OK'),
    { kind: 'cut' },
  ]
  // The layout code is width-agnostic; ReceiptColumns names only the two common widths.
  return { columns: columns as ReceiptColumns, blocks }
}
