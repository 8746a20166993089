import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import type { PDFFont, PDFPage } from 'pdf-lib'
import type { RenderedLabels } from '../../../shared/labels/label-svg'
import { toPrintableReceiptText } from '../../../shared/receipt/receipt-charset'
import { mmToPt, PT_PER_MM } from './pdf-units'

// The label pages are SVG that this app draws itself (shared/labels/label-svg.ts): a white
// background, groups translated in mm, <text> lines, and nested <svg> symbols made of bwip-js
// paths. That small, known vocabulary is redrawn here with pdf-lib's vector operators, so the
// PDF holds the same bars at the same millimetres as the preview, with no browser involved.

const black = rgb(0, 0, 0)
const TAG = /<(\/?)([a-zA-Z]+)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/g
const ATTR = /([\w:-]+)="([^"]*)"/g

interface Frame {
  x: number
  y: number
  /** mm per unit of the current coordinate system. */
  scale: number
  element: string
}

function attributes(source: string): Map<string, string> {
  const map = new Map<string, string>()
  for (const match of source.matchAll(ATTR)) map.set(match[1] ?? '', match[2] ?? '')
  return map
}

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')

const number = (value: string | undefined, fallback = 0) => {
  const parsed = Number.parseFloat(value ?? '')
  return Number.isFinite(parsed) ? parsed : fallback
}

/** Keeps what the standard font can show; anything else falls back to a plain substitute. */
function encodable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet())
  return [...text]
    .map((char) =>
      supported.has(char.codePointAt(0) ?? 0)
        ? char
        : [...toPrintableReceiptText(char)]
            .filter((c) => supported.has(c.codePointAt(0) ?? 0))
            .join(''),
    )
    .join('')
}

interface Fonts {
  regular: PDFFont
  bold: PDFFont
}

function drawSvgPage(sheet: PDFPage, svg: string, heightMm: number, fonts: Fonts): void {
  const stack: Frame[] = []
  const top = (): Frame => stack[stack.length - 1] ?? { x: 0, y: 0, scale: 1, element: 'root' }
  const pageHeight = mmToPt(heightMm)
  TAG.lastIndex = 0
  for (let match = TAG.exec(svg); match; match = TAG.exec(svg)) {
    const [, closing, name = '', rawAttributes = '', selfClosing] = match
    if (closing) {
      if (name === 'g' || name === 'svg') stack.pop()
      continue
    }
    const attrs = attributes(rawAttributes)
    const frame = top()
    if (name === 'svg') {
      if (stack.length === 0) {
        // The page itself: its viewBox is in mm.
        stack.push({ x: 0, y: 0, scale: 1, element: 'svg' })
      } else {
        const [, , boxWidth = 1] = (attrs.get('viewBox') ?? '0 0 1 1').split(/\s+/).map(Number)
        stack.push({
          x: frame.x + number(attrs.get('x')) * frame.scale,
          y: frame.y + number(attrs.get('y')) * frame.scale,
          scale: (number(attrs.get('width')) * frame.scale) / (boxWidth || 1),
          element: 'svg',
        })
      }
      if (selfClosing) stack.pop()
    } else if (name === 'g') {
      const translate = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(attrs.get('transform') ?? '')
      stack.push({
        x: frame.x + number(translate?.[1]) * frame.scale,
        y: frame.y + number(translate?.[2]) * frame.scale,
        scale: frame.scale,
        element: 'g',
      })
      if (selfClosing) stack.pop()
    } else if (name === 'path') {
      const d = attrs.get('d')
      if (!d) continue
      const stroke = attrs.get('stroke-width')
      sheet.drawSvgPath(d, {
        x: mmToPt(frame.x),
        y: pageHeight - mmToPt(frame.y),
        scale: frame.scale * PT_PER_MM,
        ...(stroke !== undefined
          ? { borderColor: black, borderWidth: number(stroke, 1) }
          : { color: black }),
      })
    } else if (name === 'text') {
      const end = svg.indexOf('</text>', TAG.lastIndex)
      const content = unescapeXml(svg.slice(TAG.lastIndex, end < 0 ? undefined : end))
      const font = attrs.get('font-weight') === '700' ? fonts.bold : fonts.regular
      const size = mmToPt(number(attrs.get('font-size'), 2) * frame.scale)
      const text = encodable(content, font)
      const width = font.widthOfTextAtSize(text, size)
      const anchor = attrs.get('text-anchor')
      const shift = anchor === 'middle' ? width / 2 : anchor === 'end' ? width : 0
      sheet.drawText(text, {
        x: mmToPt(frame.x + number(attrs.get('x')) * frame.scale) - shift,
        y: pageHeight - mmToPt(frame.y + number(attrs.get('y')) * frame.scale),
        size,
        font,
        color: black,
      })
    }
  }
}

/**
 * The rendered label pages as a PDF, one page per SVG page at its exact size: one label per
 * page on rolls (the label printer's driver feeds one label per page), whole sheets on A4.
 */
export async function labelsPdf(rendered: RenderedLabels, title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(title)
  pdf.setCreator('Etalase')
  pdf.setProducer('Etalase')
  const fonts: Fonts = {
    regular: await pdf.embedFont(StandardFonts.Helvetica),
    bold: await pdf.embedFont(StandardFonts.HelveticaBold),
  }
  for (const svg of rendered.pages) {
    const sheet = pdf.addPage([mmToPt(rendered.page.widthMm), mmToPt(rendered.page.heightMm)])
    drawSvgPage(sheet, svg, rendered.page.heightMm, fonts)
  }
  return pdf.save()
}
