export type {
  ReceiptAlign,
  ReceiptBlock,
  ReceiptColumns,
  ReceiptCutBlock,
  ReceiptDocument,
  ReceiptQrBlock,
  ReceiptRuleBlock,
  ReceiptTextBlock,
  ReceiptTextSize,
} from './receipt-blocks'
export { isPrintableReceiptChar, toPrintableReceiptText } from './receipt-charset'
export { formatReceiptDateTime, RECEIPT_TIME_ZONE } from './receipt-datetime'
export { buildReceiptDocument } from './receipt-document'
export type { ReceiptLayoutOptions } from './receipt-document'
export { alignLine, qrPlaceholder, renderReceiptText } from './receipt-text'
export type { ReceiptLine, ReceiptSource, ReceiptStore, ReceiptTender } from './receipt-source'
export { formatRupiahAscii } from './rupiah-ascii'
