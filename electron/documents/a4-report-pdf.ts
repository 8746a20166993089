import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import type { PDFFont, PDFPage } from 'pdf-lib'
import type { A4ReportDocument, A4Table } from '../../shared/documents/a4-report'

/**
 * Renders an {@link A4ReportDocument} to an A4 portrait PDF with the standard Helvetica fonts.
 * No font files are embedded, so the output is small and deterministic; the price is the
 * WinAnsi character set, which `toWinAnsi` enforces by mapping everything else to a safe
 * look-alike (or `?`) instead of throwing halfway through a report.
 */
export async function renderA4ReportPdf(doc: A4ReportDocument): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  pdf.setTitle(toWinAnsi(doc.title, regular))
  pdf.setProducer('Etalase')
  pdf.setCreator('Etalase')
  // Fixed dates keep the bytes reproducible for the same document.
  pdf.setCreationDate(new Date(0))
  pdf.setModificationDate(new Date(0))

  const layout = new A4Layout(pdf, doc, regular, bold)
  layout.drawDocument()
  layout.drawFooters()
  return pdf.save()
}

export const A4_WIDTH = 595.28
export const A4_HEIGHT = 841.89

const MARGIN_X = 42
const MARGIN_TOP = 36
const MARGIN_BOTTOM = 40
const FOOTER_Y = 22
const CONTENT_WIDTH = A4_WIDTH - MARGIN_X * 2

const SIZE = {
  storeName: 12,
  header: 8.5,
  title: 13,
  subtitle: 10,
  heading: 10.5,
  body: 9.5,
  table: 8.5,
  footer: 7.5,
}
const LINE = 1.3
const CELL_PAD_X = 3
const CELL_PAD_Y = 2.5
const SIGN_SPACE = 58

const INK = rgb(0, 0, 0)
const MUTED = rgb(0.35, 0.35, 0.35)
const RULE = rgb(0.55, 0.55, 0.55)
const HEAD_FILL = rgb(0.9, 0.9, 0.9)

class A4Layout {
  private page!: PDFPage
  private y = 0
  private readonly pages: PDFPage[] = []

  constructor(
    private readonly pdf: PDFDocument,
    private readonly doc: A4ReportDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
  ) {}

  drawDocument(): void {
    this.newPage()
    this.drawTitle()
    this.drawFacts()
    // The signature block never sits alone on a page: the last lines of the last section
    // keep room for it, so when it must move to a new page they move with it.
    const signatures = this.signatureHeight()
    this.doc.sections.forEach((section, index) => {
      const keepWithLast = index === this.doc.sections.length - 1 ? signatures : 0
      if (section.kind === 'table') this.drawTable(section.table, section.heading, keepWithLast)
      else this.drawText(section.paragraphs, section.heading, keepWithLast)
    })
    this.drawSignatures()
  }

  drawFooters(): void {
    const total = this.pages.length
    this.pages.forEach((page, index) => {
      const label = pageLabel(this.doc.pageLabel, index + 1, total)
      const safeLabel = toWinAnsi(label, this.regular)
      const labelWidth = this.regular.widthOfTextAtSize(safeLabel, SIZE.footer)
      page.drawLine({
        start: { x: MARGIN_X, y: FOOTER_Y + 11 },
        end: { x: A4_WIDTH - MARGIN_X, y: FOOTER_Y + 11 },
        thickness: 0.4,
        color: RULE,
      })
      if (this.doc.footer) {
        const footer = fitText(
          toWinAnsi(this.doc.footer, this.regular),
          this.regular,
          SIZE.footer,
          CONTENT_WIDTH - labelWidth - 12,
        )
        page.drawText(footer, {
          x: MARGIN_X,
          y: FOOTER_Y,
          size: SIZE.footer,
          font: this.regular,
          color: MUTED,
        })
      }
      page.drawText(safeLabel, {
        x: A4_WIDTH - MARGIN_X - labelWidth,
        y: FOOTER_Y,
        size: SIZE.footer,
        font: this.regular,
        color: MUTED,
      })
    })
  }

  // ── pages ────────────────────────────────────────────────────────────────────────────────

  private newPage(): void {
    this.page = this.pdf.addPage([A4_WIDTH, A4_HEIGHT])
    this.pages.push(this.page)
    this.y = A4_HEIGHT - MARGIN_TOP
    this.drawStoreHeader()
  }

  /** Space left above the footer on the current page. */
  private room(): number {
    return this.y - MARGIN_BOTTOM
  }

  private ensureRoom(height: number): void {
    if (this.room() < height) this.newPage()
  }

  private drawStoreHeader(): void {
    const lines = this.doc.header
    if (lines.length === 0) return
    lines.forEach((line, index) => {
      const font = index === 0 ? this.bold : this.regular
      const size = index === 0 ? SIZE.storeName : SIZE.header
      for (const wrapped of wrapText(toWinAnsi(line, font), font, size, CONTENT_WIDTH)) {
        this.y -= size * LINE
        this.drawCentered(wrapped, font, size, A4_WIDTH / 2)
      }
    })
    this.y -= 5
    this.page.drawLine({
      start: { x: MARGIN_X, y: this.y },
      end: { x: A4_WIDTH - MARGIN_X, y: this.y },
      thickness: 1.2,
      color: INK,
    })
    this.page.drawLine({
      start: { x: MARGIN_X, y: this.y - 2 },
      end: { x: A4_WIDTH - MARGIN_X, y: this.y - 2 },
      thickness: 0.4,
      color: INK,
    })
    this.y -= 14
  }

  // ── blocks ───────────────────────────────────────────────────────────────────────────────

  private drawTitle(): void {
    for (const line of wrapText(
      toWinAnsi(this.doc.title, this.bold),
      this.bold,
      SIZE.title,
      CONTENT_WIDTH,
    )) {
      this.y -= SIZE.title * LINE
      this.drawCentered(line, this.bold, SIZE.title, A4_WIDTH / 2)
    }
    if (this.doc.subtitle) {
      const subtitle = toWinAnsi(this.doc.subtitle, this.regular)
      for (const line of wrapText(subtitle, this.regular, SIZE.subtitle, CONTENT_WIDTH)) {
        this.y -= SIZE.subtitle * LINE
        this.drawCentered(line, this.regular, SIZE.subtitle, A4_WIDTH / 2)
      }
    }
    this.y -= 10
  }

  private drawFacts(): void {
    const facts = this.doc.facts ?? []
    if (facts.length === 0) return
    const size = SIZE.body
    const labels = facts.map((fact) => toWinAnsi(fact.label, this.regular))
    const widest = Math.max(...labels.map((label) => this.regular.widthOfTextAtSize(label, size)))
    const labelWidth = Math.min(widest, CONTENT_WIDTH * 0.35)
    const colonX = MARGIN_X + labelWidth + 6
    const valueX = colonX + 8
    facts.forEach((fact, index) => {
      const labelLines = wrapText(labels[index] ?? '', this.regular, size, labelWidth)
      const valueLines = wrapText(
        toWinAnsi(fact.value, this.regular),
        this.regular,
        size,
        A4_WIDTH - MARGIN_X - valueX,
      )
      const lines = Math.max(labelLines.length, valueLines.length)
      this.ensureRoom(lines * size * LINE)
      const top = this.y
      labelLines.forEach((line, i) =>
        this.text(line, MARGIN_X, top - (i + 1) * size * LINE, this.regular, size),
      )
      this.text(':', colonX, top - size * LINE, this.regular, size)
      valueLines.forEach((line, i) =>
        this.text(line, valueX, top - (i + 1) * size * LINE, this.regular, size),
      )
      this.y = top - lines * size * LINE
    })
    this.y -= 10
  }

  private drawHeading(heading: string | undefined, keepWith: number): void {
    if (!heading) return
    const lines = wrapText(toWinAnsi(heading, this.bold), this.bold, SIZE.heading, CONTENT_WIDTH)
    // Never leave a heading alone at the bottom of a page.
    this.ensureRoom(lines.length * SIZE.heading * LINE + 4 + keepWith)
    for (const line of lines) {
      this.y -= SIZE.heading * LINE
      this.text(line, MARGIN_X, this.y, this.bold, SIZE.heading)
    }
    this.y -= 4
  }

  private drawText(paragraphs: string[], heading?: string, keepWithLast = 0): void {
    const size = SIZE.body
    this.drawHeading(heading, size * LINE * 2)
    paragraphs.forEach((paragraph, p) => {
      const lines = wrapText(toWinAnsi(paragraph, this.regular), this.regular, size, CONTENT_WIDTH)
      lines.forEach((line, l) => {
        const last = p === paragraphs.length - 1 && l === lines.length - 1
        // The last line also keeps the gap below the text (0.6 line + 8) for the signatures.
        this.ensureRoom(
          size * LINE + (last && keepWithLast > 0 ? keepWithLast + size * 0.6 + 8 : 0),
        )
        this.y -= size * LINE
        this.text(line, MARGIN_X, this.y, this.regular, size)
      })
      this.y -= size * 0.6
    })
    this.y -= 8
  }

  private drawTable(table: A4Table, heading?: string, keepWithLast = 0): void {
    const size = SIZE.table
    const columns = table.columns
    if (columns.length === 0) return
    const weights = columns.map((column) => (column.width && column.width > 0 ? column.width : 1))
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
    // A column title's words are never broken ("Kembali", not "Kembal/i"): a narrow column
    // grows to its longest title word, taken from the columns with room to spare.
    const widths = fitColumnWidths(
      weights.map((weight) => (CONTENT_WIDTH * weight) / weightSum),
      columns.map((column) => longestWordWidth(column.title, this.bold, size) + CELL_PAD_X * 2),
    )
    const xs: number[] = []
    widths.reduce((x, width) => {
      xs.push(x)
      return x + width
    }, MARGIN_X)

    const layoutRow = (cells: string[], font: PDFFont): { lines: string[][]; height: number } => {
      const lines = columns.map((_, i) =>
        wrapText(toWinAnsi(cells[i] ?? '', font), font, size, (widths[i] ?? 0) - CELL_PAD_X * 2),
      )
      const count = Math.max(1, ...lines.map((cell) => cell.length))
      return { lines, height: count * size * LINE + CELL_PAD_Y * 2 }
    }
    const headerRow = layoutRow(
      columns.map((column) => column.title),
      this.bold,
    )
    const firstRow = table.rows[0] ?? table.totals?.[0]
    const firstHeight = firstRow ? layoutRow(firstRow, this.regular).height : 0
    this.drawHeading(heading, headerRow.height + firstHeight)

    const grid = { xs, widths, columns }
    const drawHeader = (): void => {
      this.drawRow(headerRow.lines, headerRow.height, grid, this.bold, size, HEAD_FILL)
    }
    this.ensureRoom(headerRow.height + firstHeight)
    drawHeader()

    const lastIndex = table.rows.length + (table.totals?.length ?? 0) - 1
    const place = (cells: string[], font: PDFFont, isTotal: boolean, index: number): void => {
      let row = layoutRow(cells, font)
      const fullPage = A4_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 80 - headerRow.height
      if (row.height > fullPage) row = truncateRow(row, fullPage, size)
      const keep = index === lastIndex ? keepWithLast + 12 : 0
      if (this.room() < row.height + keep) {
        this.newPage()
        drawHeader()
      }
      this.drawRow(row.lines, row.height, grid, font, size, undefined, isTotal)
    }
    table.rows.forEach((cells, i) => place(cells, this.regular, false, i))
    ;(table.totals ?? []).forEach((cells, i) =>
      place(cells, this.bold, true, table.rows.length + i),
    )
    this.y -= 12
  }

  private drawRow(
    lines: string[][],
    height: number,
    grid: { xs: number[]; widths: number[]; columns: A4Table['columns'] },
    font: PDFFont,
    size: number,
    fill?: ReturnType<typeof rgb>,
    isTotal = false,
  ): void {
    const { xs, widths, columns } = grid
    const top = this.y
    const bottom = top - height
    const left = MARGIN_X
    const right = MARGIN_X + CONTENT_WIDTH
    if (fill) {
      this.page.drawRectangle({ x: left, y: bottom, width: CONTENT_WIDTH, height, color: fill })
    }
    lines.forEach((cellLines, column) => {
      const x = xs[column] ?? left
      const width = widths[column] ?? 0
      // Headers follow their column's alignment so numbers and their titles line up.
      const align = columns[column]?.align ?? 'left'
      cellLines.forEach((line, i) => {
        const baseline = top - CELL_PAD_Y - (i + 1) * size * LINE + size * 0.28
        const textWidth = font.widthOfTextAtSize(line, size)
        const tx = align === 'right' ? x + width - CELL_PAD_X - textWidth : x + CELL_PAD_X
        this.text(line, tx, baseline, font, size)
      })
    })
    // Cell borders: a light grid, heavier over totals.
    // Rows share edges: only the header (fill) and totals draw their top edge.
    if (fill || isTotal) {
      this.page.drawLine({
        start: { x: left, y: top },
        end: { x: right, y: top },
        thickness: isTotal ? 1 : 0.4,
        color: isTotal ? INK : RULE,
      })
    }
    this.page.drawLine({
      start: { x: left, y: bottom },
      end: { x: right, y: bottom },
      thickness: 0.4,
      color: RULE,
    })
    for (const x of [...xs, right]) {
      this.page.drawLine({
        start: { x, y: top },
        end: { x, y: bottom },
        thickness: 0.4,
        color: RULE,
      })
    }
    this.y = bottom
  }

  /** Height of the signature area (place and date, roles, space to sign, names), 0 if none. */
  private signatureHeight(): number {
    const signatures = this.doc.signatures ?? []
    if (signatures.length === 0 && !this.doc.placeAndDate) return 0
    const { height } = this.signatureLayout()
    return height + 12
  }

  private signatureLayout() {
    const signatures = this.doc.signatures ?? []
    const size = SIZE.body
    const blockWidth = CONTENT_WIDTH / Math.max(1, signatures.length)
    const blocks = signatures.map((signature) => ({
      // A role may hold a line break ("Mengetahui,\nKasubsi Bimker").
      role: signature.role
        .split('\n')
        .flatMap((part) =>
          wrapText(toWinAnsi(part, this.regular), this.regular, size, blockWidth - 12),
        ),
      name: wrapText(toWinAnsi(signature.name, this.bold), this.bold, size, blockWidth - 12),
      id: signature.id
        ? wrapText(toWinAnsi(signature.id, this.regular), this.regular, size, blockWidth - 12)
        : [],
    }))
    const roleLines = Math.max(0, ...blocks.map((block) => block.role.length))
    const tailLines = Math.max(0, ...blocks.map((block) => block.name.length + block.id.length))
    const placeHeight = this.doc.placeAndDate ? size * LINE + 4 : 0
    const height = placeHeight + (roleLines + tailLines) * size * LINE + SIGN_SPACE + 12
    return { signatures, size, blockWidth, blocks, roleLines, tailLines, height }
  }

  private drawSignatures(): void {
    const signatures = this.doc.signatures ?? []
    if (signatures.length === 0 && !this.doc.placeAndDate) return
    const { size, blockWidth, blocks, roleLines, tailLines, height } = this.signatureLayout()
    // The signature area stays in one piece so nobody signs a page without the last figures.
    this.y -= 12
    this.ensureRoom(height)

    if (this.doc.placeAndDate) {
      // Indonesian letters put place and date above the right-most signer.
      const centre =
        signatures.length > 0
          ? MARGIN_X + blockWidth * (signatures.length - 1) + blockWidth / 2
          : A4_WIDTH - MARGIN_X - CONTENT_WIDTH / 4
      this.y -= size * LINE
      const text = fitText(
        toWinAnsi(this.doc.placeAndDate, this.regular),
        this.regular,
        size,
        blockWidth,
      )
      this.drawCentered(text, this.regular, size, centre)
      this.y -= 4
    }
    const top = this.y
    blocks.forEach((block, index) => {
      const centre = MARGIN_X + blockWidth * index + blockWidth / 2
      let y = top
      for (const line of block.role) {
        y -= size * LINE
        this.drawCenteredAt(line, this.regular, size, centre, y)
      }
      y = top - roleLines * size * LINE - SIGN_SPACE
      block.name.forEach((line, i) => {
        y -= size * LINE
        const width = this.bold.widthOfTextAtSize(line, size)
        this.drawCenteredAt(line, this.bold, size, centre, y)
        if (i === block.name.length - 1) {
          this.page.drawLine({
            start: { x: centre - width / 2, y: y - 1.5 },
            end: { x: centre + width / 2, y: y - 1.5 },
            thickness: 0.6,
            color: INK,
          })
        }
      })
      for (const line of block.id) {
        y -= size * LINE
        this.drawCenteredAt(line, this.regular, size, centre, y)
      }
    })
    this.y = top - (roleLines + tailLines) * size * LINE - SIGN_SPACE
  }

  // ── primitives ───────────────────────────────────────────────────────────────────────────

  private text(text: string, x: number, y: number, font: PDFFont, size: number): void {
    if (text.length === 0) return
    this.page.drawText(text, { x, y, size, font, color: INK })
  }

  private drawCentered(text: string, font: PDFFont, size: number, centre: number): void {
    this.drawCenteredAt(text, font, size, centre, this.y)
  }

  private drawCenteredAt(
    text: string,
    font: PDFFont,
    size: number,
    centre: number,
    y: number,
  ): void {
    const width = font.widthOfTextAtSize(text, size)
    this.text(text, centre - width / 2, y, font, size)
  }
}

function pageLabel(template: string | undefined, page: number, pages: number): string {
  return (template ?? '{page}/{pages}')
    .replaceAll('{page}', String(page))
    .replaceAll('{pages}', String(pages))
}

function truncateRow(
  row: { lines: string[][]; height: number },
  maxHeight: number,
  size: number,
): { lines: string[][]; height: number } {
  const maxLines = Math.max(1, Math.floor((maxHeight - CELL_PAD_Y * 2) / (size * LINE)))
  const lines = row.lines.map((cell) =>
    cell.length > maxLines
      ? [...cell.slice(0, maxLines - 1), `${cell[maxLines - 1] ?? ''}…`]
      : cell,
  )
  return { lines, height: maxLines * size * LINE + CELL_PAD_Y * 2 }
}

// ── text ─────────────────────────────────────────────────────────────────────────────────────

const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2248': '~',
  '\u00d7': 'x',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2116': 'No.',
  '\u20b9': 'Rs',
  '\t': '    ',
}

const charsetCache = new WeakMap<PDFFont, Set<number>>()

function supported(font: PDFFont): Set<number> {
  let set = charsetCache.get(font)
  if (!set) {
    set = new Set(font.getCharacterSet())
    charsetCache.set(font, set)
  }
  return set
}

/**
 * Maps text to characters the standard fonts can encode (WinAnsi). Known look-alikes first,
 * then the base letter of an accented character, else `?`. Line breaks become spaces: callers
 * wrap text themselves.
 */
export function toWinAnsi(text: string, font: PDFFont): string {
  const set = supported(font)
  let out = ''
  for (const char of text.replace(/\r\n|\r|\n/g, ' ')) {
    const code = char.codePointAt(0) ?? 0
    const replacement = REPLACEMENTS[char]
    if (replacement !== undefined) {
      out += replacement
      continue
    }
    if (set.has(code)) {
      out += char
      continue
    }
    const base = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    if (base.length > 0 && [...base].every((c) => set.has(c.codePointAt(0) ?? 0))) {
      out += base
      continue
    }
    out += code < 0x20 ? '' : '?'
  }
  return out
}

function longestWordWidth(text: string, font: PDFFont, size: number): number {
  const words = toWinAnsi(text, font).split(/ +/)
  return Math.max(0, ...words.map((word) => font.widthOfTextAtSize(word, size)))
}

/**
 * Widens every column below its minimum to that minimum, taking the width from the columns
 * above their own minimum in proportion to their spare width; the total stays the same. When
 * the minimums do not fit at all the widths are left as they were (words then break).
 */
export function fitColumnWidths(widths: number[], minimums: number[]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0)
  const need = widths.reduce((sum, w, i) => sum + Math.max(0, (minimums[i] ?? 0) - w), 0)
  if (need === 0) return widths
  const spare = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)))
  const spareSum = spare.reduce((sum, s) => sum + s, 0)
  if (spareSum < need) return widths
  const fitted = widths.map((w, i) =>
    w < (minimums[i] ?? 0) ? (minimums[i] ?? 0) : w - (need * (spare[i] ?? 0)) / spareSum,
  )
  // Rounding must not move the right edge.
  const drift = total - fitted.reduce((sum, w) => sum + w, 0)
  fitted[fitted.length - 1] = (fitted[fitted.length - 1] ?? 0) + drift
  return fitted
}

/** Word wrap to a width; words longer than a line are broken by characters. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const words = text.split(/ +/).filter((word) => word.length > 0)
  if (words.length === 0) return ['']
  const lines: string[] = []
  let current = ''
  const fits = (candidate: string): boolean => font.widthOfTextAtSize(candidate, size) <= width
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word
    if (fits(candidate)) {
      current = candidate
      continue
    }
    if (current) lines.push(current)
    if (fits(word)) {
      current = word
      continue
    }
    let piece = ''
    for (const char of word) {
      if (fits(piece + char) || piece.length === 0) piece += char
      else {
        lines.push(piece)
        piece = char
      }
    }
    current = piece
  }
  if (current) lines.push(current)
  return lines
}

function fitText(text: string, font: PDFFont, size: number, width: number): string {
  if (font.widthOfTextAtSize(text, size) <= width) return text
  let cut = text
  while (cut.length > 0 && font.widthOfTextAtSize(`${cut}…`, size) > width) cut = cut.slice(0, -1)
  return `${cut}…`
}
