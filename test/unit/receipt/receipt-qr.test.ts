import QRCode from 'qrcode'
import { describe, expect, it } from 'vitest'
import { encodeReceipt } from '../../../electron/printing/escpos/encode-receipt'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import { decodeQrPng } from '../../helpers/decode-image'
import { decodeEscPos } from '../../helpers/escpos-decoder'
import { busySource, RECEIPT_NO } from './receipt-fixtures'

describe('receipt QR', () => {
  it('scans back to the receipt number, so returns can find the sale', async () => {
    const doc = buildReceiptDocument(busySource(), { columns: 32 })
    const qrBlock = doc.blocks.find((block) => block.kind === 'qr')
    if (qrBlock?.kind !== 'qr') throw new Error('receipt has no QR block')

    const bytes = encodeReceipt(doc, {
      columns: 32,
      codePage: 'pc858',
      cut: true,
      openDrawer: false,
    })
    const [printed] = decodeEscPos(bytes, { columns: 32 }).qrData
    expect(printed).toBe(qrBlock.data)

    // What the printer would draw, rendered the same way (model 2, level M) and then scanned.
    const png = await QRCode.toBuffer(qrBlock.data, {
      type: 'png',
      errorCorrectionLevel: 'M',
      margin: 4,
      scale: 6,
    })
    expect(decodeQrPng(png)).toBe(RECEIPT_NO)
  })
})
