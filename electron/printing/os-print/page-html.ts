import type { RenderedLabels } from '../../../shared/labels/label-svg'
import type { ReceiptPage } from '../../../shared/receipt/receipt-page'
import { qrMatrix, qrRuns } from '../pdf/qr-matrix'

const MONO = '"DejaVu Sans Mono", "Liberation Mono", "Courier New", Courier, monospace'
/** Advance of the monospace faces above, in em. */
const MONO_ADVANCE_EM = 0.6

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const mm = (value: number) => `${Math.round(value * 1000) / 1000}mm`

function shell(widthMm: number, heightMm: number, body: string): string {
  // @page with the exact size and no margin: the driver gets the page the layout was made for.
  return (
    `<!doctype html><html><head><meta charset="utf-8"><style>` +
    `@page{size:${mm(widthMm)} ${mm(heightMm)};margin:0}` +
    `html,body{margin:0;padding:0;background:#fff;color:#000}` +
    `.page{position:relative;width:${mm(widthMm)};height:${mm(heightMm)};overflow:hidden;` +
    `page-break-after:always;break-after:page}` +
    `.page:last-child{page-break-after:auto;break-after:auto}` +
    `.t{position:absolute;white-space:pre;font-family:${MONO};line-height:1}` +
    `</style></head><body>${body}</body></html>`
  )
}

/** The receipt page (the same layout as the PDF) as HTML for an OS printer. */
export function receiptPageHtml(page: ReceiptPage, logoDataUrl: string | null): string {
  const parts: string[] = []
  for (const item of page.items) {
    if (item.kind === 'text') {
      const cell = item.double ? item.heightMm / 2 : item.heightMm
      const style =
        `left:${mm(item.xMm)};top:${mm(item.topMm + item.heightMm - cell)};` +
        `height:${mm(cell)};font-size:${mm(item.charMm / MONO_ADVANCE_EM)};` +
        `font-weight:${item.bold ? 700 : 400};` +
        (item.double ? 'transform:scaleY(2);transform-origin:bottom left;' : '')
      parts.push(`<div class="t" style="${style}">${escapeHtml(item.text)}</div>`)
    } else if (item.kind === 'qr') {
      const matrix = qrMatrix(item.data)
      const rects = qrRuns(matrix)
        .map((run) => `<rect x="${run.column}" y="${run.row}" width="${run.length}" height="1"/>`)
        .join('')
      parts.push(
        `<svg style="position:absolute;left:${mm(item.xMm)};top:${mm(item.topMm)}"` +
          ` width="${mm(item.sizeMm)}" height="${mm(item.sizeMm)}"` +
          ` viewBox="0 0 ${matrix.size} ${matrix.size}" shape-rendering="crispEdges">${rects}</svg>`,
      )
    } else if (logoDataUrl) {
      parts.push(
        `<img alt="" src="${logoDataUrl}" style="position:absolute;left:${mm(item.xMm)};` +
          `top:${mm(item.topMm)};width:${mm(item.widthMm)};height:${mm(item.heightMm)};` +
          `image-rendering:pixelated">`,
      )
    }
  }
  return shell(page.widthMm, page.heightMm, `<div class="page">${parts.join('')}</div>`)
}

/** Label pages as HTML, one page per label (rolls) or sheet (A4), at their exact size. */
export function labelPagesHtml(rendered: RenderedLabels): string {
  const { widthMm, heightMm } = rendered.page
  const pages = rendered.pages.map((svg) => `<div class="page">${svg}</div>`).join('')
  return shell(widthMm, heightMm, pages)
}
