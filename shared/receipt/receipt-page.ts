import type { ReceiptLineStyle } from '../printing/printing-dto'

/** A thermal head's dot: 203 dpi, 8 dots per millimetre. */
export const DOT_MM = 0.125
/** ESC/POS default line spacing (ESC 2): 30 dots, so a Font A line advances 3.75 mm. */
const LINE_MM = 30 * DOT_MM
/** Font A glyph cell height: 24 dots. Double height doubles it; the gap stays. */
const CHAR_HEIGHT_MM = 24 * DOT_MM
/** QR module size the ESC/POS encoder asks for (6 dots), so the PDF QR is the printed size. */
export const QR_MODULE_MM = 6 * DOT_MM
const TOP_MM = 4
/** Paper fed past the last line before the cutter: what a printed receipt shows below it. */
const BOTTOM_MM = 8
const LOGO_GAP_MM = 2
const QR_GAP_MM = 1.5

/** Width the head prints on: 384 dots on 58 mm paper, 576 dots on 80 mm. */
export const printableWidthMm = (paperWidth: 58 | 80): number => (paperWidth === 58 ? 48 : 72)

export interface ReceiptPageContent {
  paperWidth: 58 | 80
  columns: number
  /** The preview's monospace lines and their styles (`print:receiptPreview`). */
  lines: string[]
  styles: ReceiptLineStyle[]
  qrData: string
  /** Modules per side of the QR symbol (21 for version 1, 25 for version 2…). */
  qrModules: number
  /** The logo raster's size in printer dots; null without a logo. */
  logo: { widthDots: number; heightDots: number } | null
}

export type ReceiptPageItem =
  | {
      kind: 'text'
      text: string
      /** Left edge of the first character and the top of the line's cell, in mm. */
      xMm: number
      topMm: number
      /** Width of one character cell: the font is sized so its advance equals this. */
      charMm: number
      /** Height of the glyph cell (doubled for double-height lines). */
      heightMm: number
      bold: boolean
      double: boolean
    }
  | { kind: 'qr'; data: string; xMm: number; topMm: number; sizeMm: number }
  | { kind: 'logo'; xMm: number; topMm: number; widthMm: number; heightMm: number }

export interface ReceiptPage {
  /** The paper's width (58 or 80 mm) and a height fitted to the content: never a sheet size. */
  widthMm: number
  heightMm: number
  items: ReceiptPageItem[]
}

/**
 * Places the receipt on a page of the paper's exact width, line for line as the thermal head
 * does (same columns, same character cell, same QR module size), and cuts the page right
 * below the content. The PDF and the OS-printer page are both drawn from this one layout.
 */
export function layoutReceiptPage(content: ReceiptPageContent): ReceiptPage {
  const printable = printableWidthMm(content.paperWidth)
  const left = (content.paperWidth - printable) / 2
  const charMm = printable / content.columns
  const items: ReceiptPageItem[] = []
  let y = TOP_MM
  if (content.logo) {
    const widthMm = content.logo.widthDots * DOT_MM
    const heightMm = content.logo.heightDots * DOT_MM
    items.push({ kind: 'logo', xMm: left + (printable - widthMm) / 2, topMm: y, widthMm, heightMm })
    y += heightMm + LOGO_GAP_MM
  }
  content.lines.forEach((line, index) => {
    const style = content.styles[index] ?? { bold: false, double: false, qr: false }
    if (style.qr) {
      const sizeMm = content.qrModules * QR_MODULE_MM
      y += QR_GAP_MM
      items.push({
        kind: 'qr',
        data: content.qrData,
        xMm: left + (printable - sizeMm) / 2,
        topMm: y,
        sizeMm,
      })
      y += sizeMm + QR_GAP_MM
      return
    }
    const heightMm = style.double ? 2 * CHAR_HEIGHT_MM : CHAR_HEIGHT_MM
    // Trailing spaces carry no ink; leading ones are the alignment and stay.
    const text = line.replace(/\s+$/, '')
    if (text !== '') {
      items.push({
        kind: 'text',
        text,
        xMm: left,
        topMm: y,
        charMm,
        heightMm,
        bold: style.bold,
        double: style.double,
      })
    }
    y += heightMm + (LINE_MM - CHAR_HEIGHT_MM)
  })
  const round = (mm: number) => Math.ceil(mm * 10) / 10
  return { widthMm: content.paperWidth, heightMm: round(y + BOTTOM_MM), items }
}
