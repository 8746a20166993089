import {
  concatTransformationMatrix,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  StandardFonts,
} from 'pdf-lib'
import type { ReceiptPage } from '../../../shared/receipt/receipt-page'
import { mmToPt } from './pdf-units'
import { qrMatrix, qrRuns } from './qr-matrix'

/** Courier's advance is 600/1000 em: the font size that makes one character `charMm` wide. */
const COURIER_ADVANCE_EM = 0.6
/** Where Courier's baseline sits in the 24-dot cell, as a share of the cell height. */
const BASELINE_IN_CELL = 0.8

const black = rgb(0, 0, 0)

export interface ReceiptPdfOptions {
  title: string
  /** The logo exactly as it prints (1-bit PNG), drawn where the page layout puts it. */
  logoPng?: Uint8Array | undefined
}

/**
 * The receipt page as a one-page PDF of the paper's exact size (58 or 80 mm wide, as long as
 * the receipt): for emailing an export buyer, or any printer that takes PDF. Text stays text
 * (searchable, copyable) in Courier, sized so the columns match the thermal print.
 */
export async function receiptPdf(
  page: ReceiptPage,
  options: ReceiptPdfOptions,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(options.title)
  pdf.setCreator('Etalase')
  pdf.setProducer('Etalase')
  const [regular, bold] = await Promise.all([
    pdf.embedFont(StandardFonts.Courier),
    pdf.embedFont(StandardFonts.CourierBold),
  ])
  const logo = options.logoPng ? await pdf.embedPng(options.logoPng) : null
  const sheet = pdf.addPage([mmToPt(page.widthMm), mmToPt(page.heightMm)])
  const fromTop = (mm: number) => mmToPt(page.heightMm - mm)

  for (const item of page.items) {
    if (item.kind === 'text') {
      const size = mmToPt(item.charMm / COURIER_ADVANCE_EM)
      const cell = item.double ? item.heightMm / 2 : item.heightMm
      const baseline = fromTop(item.topMm + item.heightMm - cell * (1 - BASELINE_IN_CELL))
      const draw = () =>
        sheet.drawText(item.text, {
          x: mmToPt(item.xMm),
          y: baseline,
          size,
          font: item.bold ? bold : regular,
          color: black,
        })
      if (item.double) {
        // Double height, single width, as ESC ! 0x10 prints: stretch y about the baseline.
        sheet.pushOperators(
          pushGraphicsState(),
          concatTransformationMatrix(1, 0, 0, 2, 0, -baseline),
        )
        draw()
        sheet.pushOperators(popGraphicsState())
      } else {
        draw()
      }
    } else if (item.kind === 'qr') {
      const matrix = qrMatrix(item.data)
      const module = item.sizeMm / matrix.size
      for (const run of qrRuns(matrix)) {
        sheet.drawRectangle({
          x: mmToPt(item.xMm + run.column * module),
          y: fromTop(item.topMm + (run.row + 1) * module),
          width: mmToPt(run.length * module),
          height: mmToPt(module),
          color: black,
        })
      }
    } else if (logo) {
      sheet.drawImage(logo, {
        x: mmToPt(item.xMm),
        y: fromTop(item.topMm + item.heightMm),
        width: mmToPt(item.widthMm),
        height: mmToPt(item.heightMm),
      })
    }
  }
  return pdf.save()
}
