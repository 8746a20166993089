/** 58 mm paper prints 32 columns of Font A, 80 mm prints 48. */
export type ReceiptColumns = 32 | 48

export type ReceiptAlign = 'left' | 'center' | 'right'

/**
 * `double` is double height only: the width stays one column per character, so the column
 * layout and the monospace preview stay exact.
 */
export type ReceiptTextSize = 'normal' | 'double'

export interface ReceiptTextBlock {
  kind: 'text'
  /** Printable characters only (see toPrintableReceiptText), at most `columns` of them. */
  text: string
  align: ReceiptAlign
  bold?: boolean
  size?: ReceiptTextSize
}

/** A full-width line of dashes. */
export interface ReceiptRuleBlock {
  kind: 'rule'
}

export interface ReceiptQrBlock {
  kind: 'qr'
  data: string
}

export interface ReceiptCutBlock {
  kind: 'cut'
}

export type ReceiptBlock = ReceiptTextBlock | ReceiptRuleBlock | ReceiptQrBlock | ReceiptCutBlock

export interface ReceiptDocument {
  columns: ReceiptColumns
  blocks: ReceiptBlock[]
}
