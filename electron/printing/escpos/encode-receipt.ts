import type {
  ReceiptAlign,
  ReceiptColumns,
  ReceiptDocument,
  ReceiptTextSize,
} from '../../../shared/receipt/receipt-blocks'
import type { Bitmap } from './bitmap'
import { codePageNumbers, encodeText } from './codepage'
import type { CodePage } from './codepage'
import {
  feedLines,
  initialize,
  kickCashDrawer,
  LF,
  partialCutAfterFeed,
  printQr,
  printRaster,
  selectCodePage,
  setAlign,
  setBold,
  setSize,
} from './commands'

export interface EscPosReceiptOptions {
  columns: ReceiptColumns
  codePage: CodePage
  /** False for printers without a cutter: the paper is fed past the tear bar instead. */
  cut: boolean
  openDrawer: boolean
  /** Printed centred above the store name; at most the paper's dot width. */
  logo?: Bitmap
  /** QR module size in dots (1..16); 6 gives a ~25 mm symbol for a receipt number. */
  qrModuleSize?: number
}

/** Font A is 12 dots wide, so 32 columns = 384 dots (58 mm) and 48 = 576 dots (80 mm). */
export const printableDots = (columns: ReceiptColumns): number => columns * 12

const TEAR_BAR_FEED_LINES = 4

class ByteStream {
  readonly #chunks: Uint8Array[] = []
  #align: ReceiptAlign = 'left'
  #bold = false
  #size: ReceiptTextSize = 'normal'

  write(chunk: Uint8Array): void {
    this.#chunks.push(chunk)
  }

  // Only changes are sent: the stream stays short and every state byte has a reason.
  style(align: ReceiptAlign, bold: boolean, size: ReceiptTextSize): void {
    if (align !== this.#align) this.write(setAlign(align))
    if (bold !== this.#bold) this.write(setBold(bold))
    if (size !== this.#size) this.write(setSize(size))
    this.#align = align
    this.#bold = bold
    this.#size = size
  }

  toBytes(): Uint8Array {
    const total = this.#chunks.reduce((sum, chunk) => sum + chunk.length, 0)
    const out = new Uint8Array(total)
    let offset = 0
    for (const chunk of this.#chunks) {
      out.set(chunk, offset)
      offset += chunk.length
    }
    return out
  }
}

function checkOptions(doc: ReceiptDocument, options: EscPosReceiptOptions): void {
  // A document laid out for 80 mm would wrap into garbage on a 58 mm head.
  if (doc.columns !== options.columns) {
    throw new RangeError(`Document is ${doc.columns} columns, printer is ${options.columns}`)
  }
  if (options.logo && options.logo.width > printableDots(options.columns)) {
    throw new RangeError(
      `Logo is ${options.logo.width} dots wide, paper prints ${printableDots(options.columns)}`,
    )
  }
}

/** ESC/POS bytes for one receipt, starting from ESC @ so no earlier job's state leaks in. */
export function encodeReceipt(doc: ReceiptDocument, options: EscPosReceiptOptions): Uint8Array {
  checkOptions(doc, options)
  const stream = new ByteStream()
  stream.write(initialize())
  stream.write(selectCodePage(codePageNumbers[options.codePage]))
  // Kicked first: the cashier needs the drawer even if the paper jams mid-receipt.
  if (options.openDrawer) stream.write(kickCashDrawer())
  if (options.logo) {
    stream.style('center', false, 'normal')
    stream.write(printRaster(options.logo))
  }
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text':
        stream.style(block.align, block.bold ?? false, block.size ?? 'normal')
        stream.write(encodeText(block.text, options.codePage))
        stream.write(Uint8Array.of(LF))
        break
      case 'rule':
        stream.style('left', false, 'normal')
        stream.write(encodeText('-'.repeat(doc.columns), options.codePage))
        stream.write(Uint8Array.of(LF))
        break
      case 'qr':
        stream.style('center', false, 'normal')
        stream.write(printQr(new TextEncoder().encode(block.data), options.qrModuleSize ?? 6, 'M'))
        break
      case 'cut':
        stream.write(options.cut ? partialCutAfterFeed() : feedLines(TEAR_BAR_FEED_LINES))
        break
    }
  }
  return stream.toBytes()
}
