import type { ReceiptAlign, ReceiptDocument } from './receipt-blocks'
import { textWidth } from './receipt-layout'

/** Where the printer puts a line under ESC a: centring rounds down, like the preview must. */
export function alignLine(text: string, align: ReceiptAlign, columns: number): string {
  const room = columns - textWidth(text)
  if (text === '' || room <= 0 || align === 'left') return text
  const offset = align === 'center' ? Math.floor(room / 2) : room
  return ' '.repeat(offset) + text
}

export const qrPlaceholder = (data: string): string => `[QR ${data}]`

/**
 * The receipt as monospace lines for the on-screen preview, line for line what the printer
 * puts on paper. The QR symbol shows as a `[QR <data>]` placeholder; a cut adds no line.
 */
export function renderReceiptText(doc: ReceiptDocument): string[] {
  const lines: string[] = []
  for (const block of doc.blocks) {
    if (block.kind === 'text') lines.push(alignLine(block.text, block.align, doc.columns))
    else if (block.kind === 'rule') lines.push('-'.repeat(doc.columns))
    else if (block.kind === 'qr')
      lines.push(alignLine(qrPlaceholder(block.data), 'center', doc.columns))
  }
  return lines
}
