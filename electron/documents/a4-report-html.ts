import type { A4ReportDocument, A4Section, A4Table } from '../../shared/documents/a4-report'

/** A4 portrait, in mm: the page size an OS print job of this HTML asks the driver for. */
export const A4_PAGE_MM = { widthMm: 210, heightMm: 297 } as const

/** Space kept free around the text on every page, in mm (the driver prints with no margins). */
const MARGIN_MM = { top: 12, right: 15, bottom: 10, left: 15 }

const FONT = 'Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif'

/** Everything a user typed (buyer, product, notes) is text, never markup. */
export const escapeHtml = (text: string): string =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')

/** Line breaks in a value ("Mengetahui,\nKasubsi Bimker") stay line breaks. */
const lines = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>')

const STYLE = [
  // The exact sheet, no driver margins: the spacing below is the document's own.
  `@page{size:${A4_PAGE_MM.widthMm}mm ${A4_PAGE_MM.heightMm}mm;margin:0}`,
  'html,body{margin:0;padding:0;background:#fff;color:#000}',
  `body{font-family:${FONT};font-size:9.5pt;line-height:1.3;` +
    `padding:0 ${MARGIN_MM.right}mm 0 ${MARGIN_MM.left}mm;` +
    '-webkit-print-color-adjust:exact;print-color-adjust:exact}',
  // One outer table whose head and foot Chromium repeats on every printed page: the store
  // header and the top margin above, the footer and the bottom margin below, as on the PDF.
  'table.sheet{width:100%;border-collapse:collapse}',
  'table.sheet>thead{display:table-header-group}',
  'table.sheet>tfoot{display:table-footer-group}',
  'table.sheet>*>tr>td{padding:0;vertical-align:top}',
  `.top{padding-top:${MARGIN_MM.top}mm !important}`,
  `.bottom{padding-bottom:${MARGIN_MM.bottom}mm !important}`,
  '.store{text-align:center;border-bottom:3px double #000;padding-bottom:2mm;margin-bottom:4mm}',
  '.store .name{font-weight:700;font-size:12pt}',
  '.store .line{font-size:8.5pt}',
  'h1{font-size:13pt;text-align:center;margin:0 0 1mm}',
  '.subtitle{text-align:center;font-size:10pt;margin:0 0 1mm}',
  '.facts{border-collapse:collapse;margin:3mm 0 4mm}',
  '.facts td{padding:0 1.5mm 0 0;vertical-align:top}',
  '.facts td.label{white-space:nowrap}',
  'h2{font-size:10.5pt;margin:3mm 0 1.5mm;break-after:avoid;page-break-after:avoid}',
  'table.data{width:100%;border-collapse:collapse;font-size:8.5pt;margin-bottom:4mm}',
  'table.data th,table.data td{border:0.4pt solid #8c8c8c;padding:0.8mm 1mm;vertical-align:top;' +
    'overflow-wrap:anywhere}',
  'table.data th{background:#e6e6e6;font-weight:700}',
  'table.data tr{break-inside:avoid;page-break-inside:avoid}',
  'table.data tr.total td{font-weight:700;border-top:1pt solid #000}',
  '.right{text-align:right}',
  '.left{text-align:left}',
  '.text p{margin:0 0 1.5mm}',
  '.text{margin-bottom:4mm}',
  '.closing{break-inside:avoid;page-break-inside:avoid;margin-top:4mm}',
  '.place{text-align:right;margin-bottom:1mm}',
  '.signatures{display:flex}',
  '.signature{flex:1 1 0;text-align:center;padding:0 2mm}',
  '.signature .space{height:20mm}',
  '.signature .name{font-weight:700;text-decoration:underline}',
  '.footer{border-top:0.4pt solid #8c8c8c;margin-top:3mm;padding-top:1mm;font-size:7.5pt;' +
    'color:#595959}',
].join('')

function storeHeader(header: string[]): string {
  if (header.length === 0) return ''
  const [name = '', ...rest] = header
  return (
    `<div class="store"><div class="name">${lines(name)}</div>` +
    rest.map((line) => `<div class="line">${lines(line)}</div>`).join('') +
    '</div>'
  )
}

function facts(doc: A4ReportDocument): string {
  const list = doc.facts ?? []
  if (list.length === 0) return ''
  const rows = list
    .map(
      (fact) =>
        `<tr><td class="label">${lines(fact.label)}</td><td>:</td><td>${lines(fact.value)}</td></tr>`,
    )
    .join('')
  return `<table class="facts"><tbody>${rows}</tbody></table>`
}

function table(t: A4Table): string {
  if (t.columns.length === 0) return ''
  const weights = t.columns.map((c) => (c.width && c.width > 0 ? c.width : 1))
  const sum = weights.reduce((s, w) => s + w, 0)
  const cols = weights
    .map((w) => `<col style="width:${Math.round((w / sum) * 10_000) / 100}%">`)
    .join('')
  const align = (i: number) => (t.columns[i]?.align === 'right' ? 'right' : 'left')
  const cells = (row: string[], tag: 'td' | 'th') =>
    t.columns.map((_, i) => `<${tag} class="${align(i)}">${lines(row[i] ?? '')}</${tag}>`).join('')
  // A table whose titles are all empty (label/value rows) has no header row.
  const head = t.columns.some((c) => c.title !== '')
    ? `<thead><tr>${cells(
        t.columns.map((c) => c.title),
        'th',
      )}</tr></thead>`
    : ''
  const body = t.rows.map((row) => `<tr>${cells(row, 'td')}</tr>`).join('')
  const totals = (t.totals ?? [])
    .map((row) => `<tr class="total">${cells(row, 'td')}</tr>`)
    .join('')
  return (
    `<table class="data"><colgroup>${cols}</colgroup>${head}` +
    `<tbody>${body}${totals}</tbody></table>`
  )
}

function section(s: A4Section): string {
  const heading = s.heading ? `<h2>${lines(s.heading)}</h2>` : ''
  if (s.kind === 'table') return `<section>${heading}${table(s.table)}</section>`
  const paragraphs = s.paragraphs.map((p) => `<p>${lines(p)}</p>`).join('')
  return `<section class="text">${heading}${paragraphs}</section>`
}

function closing(doc: A4ReportDocument): string {
  const signatures = doc.signatures ?? []
  if (signatures.length === 0 && !doc.placeAndDate) return ''
  const place = doc.placeAndDate ? `<div class="place">${lines(doc.placeAndDate)}</div>` : ''
  const blocks = signatures
    .map(
      (s) =>
        `<div class="signature"><div class="role">${lines(s.role)}</div>` +
        `<div class="space"></div><div class="name">${lines(s.name)}</div>` +
        (s.id ? `<div class="id">${lines(s.id)}</div>` : '') +
        '</div>',
    )
    .join('')
  return `<div class="closing">${place}<div class="signatures">${blocks}</div></div>`
}

/**
 * The same {@link A4ReportDocument} the PDF is drawn from, as HTML for an OS printer driver:
 * an A4 sheet with no driver margins, the spacing, the store header and the footer repeated
 * on every page by the document itself. No script, no external resource, every text escaped.
 * Page numbers ("Halaman 1 dari 2") are left to the PDF: a printed page cannot count itself
 * without page-margin boxes, which need driver margins.
 */
export function renderA4ReportHtml(doc: A4ReportDocument): string {
  const footer = doc.footer ? `<div class="footer">${lines(doc.footer)}</div>` : ''
  const subtitle = doc.subtitle ? `<p class="subtitle">${lines(doc.subtitle)}</p>` : ''
  const main =
    `<h1>${lines(doc.title)}</h1>${subtitle}${facts(doc)}` +
    doc.sections.map(section).join('') +
    closing(doc)
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    `<title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body>` +
    '<table class="sheet">' +
    `<thead><tr><td class="top">${storeHeader(doc.header)}</td></tr></thead>` +
    `<tfoot><tr><td class="bottom">${footer}</td></tr></tfoot>` +
    `<tbody><tr><td>${main}</td></tr></tbody>` +
    '</table></body></html>'
  )
}
