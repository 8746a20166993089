import type { RenderOptions } from 'bwip-js/generic'
import { formatRupiah } from '../money'
import { barcodeRenderOptions, qrRenderOptions, quietZones, symbologyFor } from './barcode-symbol'
import type { Symbology } from './barcode-symbol'
import { A4_PAGE, DEFAULT_LABEL_SHEET, rollSizes, sheetCellSize } from './label-templates'
import type { LabelOptions, LabelSheet, LabelSize, LabelTemplateId } from './label-templates'
import { escapeXml, fitLines, LABEL_FONT_FAMILY, num, svgText } from './svg-text'

export interface LabelProduct {
  productId: string
  name: string
  price: number
  /** The product's barcode, printed as EAN-13 when it is one, else Code 128. */
  code: string
}

export interface LabelWarning {
  productId: string
  /** Bars thinner than a 203 dpi head draws reliably: use a wider label or a shorter code. */
  code: 'BARCODE_TOO_DENSE'
  moduleMm: number
}

export interface RenderedLabels {
  /** Standalone SVG documents, sized in mm: one label per page on rolls, one sheet on A4. */
  pages: string[]
  label: LabelSize
  page: LabelSize
  labels: number
  warnings: LabelWarning[]
}

/** bwip-js draws at 72 units per inch: its `height` option in mm times this = bar units. */
const UNITS_PER_MM = 72 / 25.4
/** EAN-13 nominal is 0.33 mm; wider bars only make a label look shouty. */
const MAX_MODULE_MM = 0.4
/** Two dots of a 203 dpi head; narrower bars blur into each other. */
export const MIN_MODULE_MM = 0.25
const MIN_BAR_MM = 3
/** One dot of a 203 dpi label printer (8 dots per mm), the common thermal resolution. */
const DOT_MM = 0.125
/** Quiet zone of a QR code: four modules, and bwip-js draws a module as two units. */
const QR_QUIET_UNITS = 8

/**
 * bwip-js's `toSVG`, handed in by the caller: the symbol library is 2 MB of JavaScript, so the
 * app loads it on the first label run instead of at start-up.
 */
export type SymbolRenderer = (options: RenderOptions) => string

interface Box {
  x: number
  y: number
  width: number
  height: number
}

interface SymbolSvg {
  width: number
  height: number
  body: string
}

function parseSymbol(svg: string): SymbolSvg {
  const match = /^<svg viewBox="0 0 ([\d.]+) ([\d.]+)"[^>]*>([\s\S]*)<\/svg>$/.exec(svg.trim())
  if (!match) throw new Error('bwip-js returned an SVG this layout does not know')
  return { width: Number(match[1]), height: Number(match[2]), body: (match[3] ?? '').trim() }
}

interface PlacedBarcode {
  svg: string
  moduleMm: number
}

/**
 * The barcode scaled uniformly (so bwip-js's digits keep their shape) to fill `box`, with its
 * quiet zones kept white inside the box. Its attributes say what was drawn, so tests and the
 * preview can check the symbol without decoding the SVG paths.
 */
function placeBarcode(toSVG: SymbolRenderer, code: string, box: Box): PlacedBarcode {
  const symbology: Symbology = symbologyFor(code)
  const zones = quietZones[symbology]
  const probeHeightMm = 10
  const probe = parseSymbol(toSVG(barcodeRenderOptions(code, probeHeightMm)))
  const modules = probe.width + zones.left + zones.right
  let moduleMm = Math.min(MAX_MODULE_MM, box.width / modules)
  const textUnits = Math.max(0, probe.height - probeHeightMm * UNITS_PER_MM)
  const barUnits = Math.max(MIN_BAR_MM / moduleMm, box.height / moduleMm - textUnits)
  const barHeightMm = Math.floor((barUnits / UNITS_PER_MM) * 100) / 100
  const symbol = parseSymbol(toSVG(barcodeRenderOptions(code, barHeightMm)))
  // bwip-js rounds bar heights to whole units; shrink rather than spill below the box.
  moduleMm = snapToDots(Math.min(moduleMm, box.height / symbol.height))
  const width = symbol.width * moduleMm
  const height = symbol.height * moduleMm
  const left = (box.width - modules * moduleMm) / 2 + zones.left * moduleMm
  const x = box.x + Math.round(left / DOT_MM) * DOT_MM
  const y = box.y + (box.height - height) / 2
  const svg =
    `<svg data-part="barcode" data-symbology="${symbology}" data-code="${escapeXml(code)}"` +
    ` data-module-mm="${num(moduleMm)}" data-bar-height-mm="${barHeightMm}"` +
    ` x="${num(x)}" y="${num(y)}" width="${num(width)}" height="${num(height)}"` +
    ` viewBox="0 0 ${symbol.width} ${symbol.height}">${symbol.body}</svg>`
  return { svg, moduleMm }
}

/**
 * Whole printer dots per module, on the dot grid: a bar that straddles dots prints alternately
 * thin and fat, and that is what makes small labels fail to scan. Below two dots there is
 * nothing to snap to (the run gets a BARCODE_TOO_DENSE warning instead).
 */
function snapToDots(moduleMm: number): number {
  return moduleMm >= 2 * DOT_MM ? Math.floor(moduleMm / DOT_MM + 1e-9) * DOT_MM : moduleMm
}

function placeQr(toSVG: SymbolRenderer, data: string, x: number, y: number, side: number): string {
  const symbol = parseSymbol(toSVG(qrRenderOptions(data)))
  const total = symbol.width + 2 * QR_QUIET_UNITS
  const inner = (side * symbol.width) / total
  const inset = (side * QR_QUIET_UNITS) / total
  return (
    `<svg data-part="qr" data-qr="${escapeXml(data)}" x="${num(x + inset)}" y="${num(y + inset)}"` +
    ` width="${num(inner)}" height="${num(inner)}" viewBox="0 0 ${symbol.width} ${symbol.height}">` +
    `${symbol.body}</svg>`
  )
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value))

interface TextPlan {
  nameLines: number
  withText: boolean
}

/**
 * One label's content at the origin. The layout adapts to the size: small rolls get one line
 * of name, the price and the barcode; taller labels add a second name line, the short text
 * and the QR code. The barcode takes whatever height is left, never less than it needs.
 */
function labelBody(
  toSVG: SymbolRenderer,
  product: LabelProduct,
  size: LabelSize,
  options: LabelOptions,
  barcodes: Map<string, PlacedBarcode>,
): PlacedBarcode & { body: string } {
  const { widthMm: w, heightMm: h } = size
  const small = h < 18
  const pad = small ? 0.8 : 1.5
  const gap = small ? 0.3 : 0.6
  const nameSize = clamp(h * 0.12, 1.9, 3)
  const textSize = nameSize * 0.85
  const priceSize = clamp(h * 0.16, 2.4, 4.2)
  const withQr = options.qrData !== '' && h >= 22 && w >= 36
  const qrSide = withQr ? Math.min(h * 0.42, w * 0.3) : 0
  const columnWidth = w - 2 * pad - (withQr ? qrSide + 1 : 0)

  const plans: TextPlan[] = [
    { nameLines: h >= 22 ? 2 : 1, withText: options.text !== '' && h >= 22 },
    { nameLines: 1, withText: options.text !== '' && h >= 22 },
    { nameLines: 1, withText: false },
  ]
  const layout = (plan: TextPlan) => {
    const parts: string[] = []
    let y = pad
    for (const line of fitLines(product.name, columnWidth, nameSize, plan.nameLines)) {
      parts.push(svgText({ text: line, x: pad, top: y, fontSize: nameSize }))
      y += nameSize * 1.15
    }
    if (plan.withText) {
      const [line = ''] = fitLines(options.text, columnWidth, textSize, 1)
      parts.push(svgText({ text: line, x: pad, top: y, fontSize: textSize }))
      y += textSize * 1.15
    }
    if (options.showPrice) {
      const price = formatRupiah(product.price)
      parts.push(svgText({ text: price, x: pad, top: y, fontSize: priceSize, bold: true }))
      y += priceSize * 1.1
    }
    if (withQr) y = Math.max(y, pad + qrSide)
    return { parts, barcodeTop: y + gap }
  }
  const minimumBarcode = small ? 5 : 7
  let chosen = layout(plans[0] as TextPlan)
  for (const plan of plans.slice(1)) {
    if (h - pad - chosen.barcodeTop >= minimumBarcode) break
    chosen = layout(plan)
  }
  const box: Box = {
    x: pad,
    y: chosen.barcodeTop,
    width: w - 2 * pad,
    height: h - pad - chosen.barcodeTop,
  }
  const key = `${product.code}|${box.width}|${box.height}`
  const barcode = barcodes.get(key) ?? placeBarcode(toSVG, product.code, box)
  barcodes.set(key, barcode)
  const parts = [...chosen.parts, barcode.svg]
  if (withQr) parts.push(placeQr(toSVG, options.qrData, w - pad - qrSide, pad, qrSide))
  return { ...barcode, body: parts.join('') }
}

function svgDocument(size: LabelSize, content: string): string {
  const { widthMm: w, heightMm: h } = size
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(w)}mm" height="${num(h)}mm"` +
    ` viewBox="0 0 ${num(w)} ${num(h)}">` +
    `<rect width="${num(w)}" height="${num(h)}" fill="#fff"/>` +
    `<g font-family="${escapeXml(LABEL_FONT_FAMILY)}" fill="#000">${content}</g></svg>`
  )
}

function outline(size: LabelSize): string {
  return (
    `<rect data-part="outline" width="${num(size.widthMm)}" height="${num(size.heightMm)}"` +
    ` fill="none" stroke="#999" stroke-width="0.2" stroke-dasharray="1 1"/>`
  )
}

export interface LabelRun {
  products: Array<LabelProduct & { copies: number }>
  template: LabelTemplateId
  sheet?: LabelSheet | undefined
  options: LabelOptions
}

/**
 * Lays out a print run as SVG pages with exact millimetre sizes (width/height in mm, viewBox
 * in mm), ready for an OS printer or PDF at 100 % scale.
 */
export function renderLabelPages(run: LabelRun, toSVG: SymbolRenderer): RenderedLabels {
  const labels = run.products.flatMap((product) =>
    Array<LabelProduct>(product.copies).fill(product),
  )
  const barcodes = new Map<string, PlacedBarcode>()
  const thinnest = new Map<string, number>()
  const draw = (product: LabelProduct, size: LabelSize): string => {
    const placed = labelBody(toSVG, product, size, run.options, barcodes)
    const seen = thinnest.get(product.productId) ?? Infinity
    thinnest.set(product.productId, Math.min(seen, placed.moduleMm))
    return run.options.outline ? placed.body + outline(size) : placed.body
  }

  let pages: string[]
  let label: LabelSize
  let page: LabelSize
  if (run.template === 'a4-sheet') {
    const sheet = run.sheet ?? DEFAULT_LABEL_SHEET
    label = sheetCellSize(sheet)
    page = A4_PAGE
    pages = sheetPages(labels, sheet, label, draw)
  } else {
    label = rollSizes[run.template]
    page = label
    pages = labels.map((product) => svgDocument(label, draw(product, label)))
  }
  const warnings: LabelWarning[] = [...thinnest]
    .filter(([, moduleMm]) => moduleMm < MIN_MODULE_MM)
    .map(([productId, moduleMm]) => ({
      productId,
      code: 'BARCODE_TOO_DENSE',
      moduleMm: Math.round(moduleMm * 1000) / 1000,
    }))
  return { pages, label, page, labels: labels.length, warnings }
}

function sheetPages(
  labels: LabelProduct[],
  sheet: LabelSheet,
  cell: LabelSize,
  draw: (product: LabelProduct, size: LabelSize) => string,
): string[] {
  const perPage = sheet.columns * sheet.rows
  const pages: string[] = []
  let cells: string[] = []
  // The skipped cells exist only on the first sheet: the one that was partly used.
  let slot = sheet.skip
  for (const product of labels) {
    const column = slot % sheet.columns
    const row = Math.floor(slot / sheet.columns)
    const x = sheet.marginLeftMm + column * (cell.widthMm + sheet.gapXMm)
    const y = sheet.marginTopMm + row * (cell.heightMm + sheet.gapYMm)
    cells.push(`<g transform="translate(${num(x)} ${num(y)})">${draw(product, cell)}</g>`)
    slot += 1
    if (slot === perPage) {
      pages.push(svgDocument(A4_PAGE, cells.join('')))
      cells = []
      slot = 0
    }
  }
  if (cells.length > 0) pages.push(svgDocument(A4_PAGE, cells.join('')))
  return pages
}
