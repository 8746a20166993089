import { PDFDocument, StandardFonts, rgb } from 'pdf-lib'
import type { RecoverySheet } from '../../shared/evidence/recovery-sheet'
import { A4_HEIGHT, A4_WIDTH, toWinAnsi, wrapText } from './a4-report-pdf'

const MARGIN = 56
const WIDTH = A4_WIDTH - MARGIN * 2
const CODE_SIZE = 22
/** Groups per printed line: five groups of 22 pt Courier fit the box with room to spare. */
const GROUPS_PER_LINE = 5
const INK = rgb(0, 0, 0)
const MUTED = rgb(0.35, 0.35, 0.35)

/**
 * One A4 page with the recovery code. Courier keeps every letter the same width so the groups
 * line up for someone typing them back; fixed dates keep the bytes the same for the same code.
 */
export async function recoveryCodePdf(sheet: RecoverySheet): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  const mono = await pdf.embedFont(StandardFonts.CourierBold)
  pdf.setTitle(toWinAnsi(sheet.title, regular))
  pdf.setProducer('Etalase')
  pdf.setCreator('Etalase')
  pdf.setCreationDate(new Date(0))
  pdf.setModificationDate(new Date(0))
  const page = pdf.addPage([A4_WIDTH, A4_HEIGHT])
  let y = A4_HEIGHT - MARGIN

  page.drawText(toWinAnsi(sheet.shop, regular), { x: MARGIN, y, size: 11, font: regular })
  y -= 30
  for (const line of wrapText(toWinAnsi(sheet.title, bold), bold, 16, WIDTH)) {
    page.drawText(line, { x: MARGIN, y, size: 16, font: bold })
    y -= 21
  }
  y -= 6
  for (const fact of sheet.facts) {
    page.drawText(toWinAnsi(`${fact.label}:`, regular), { x: MARGIN, y, size: 10, font: regular })
    page.drawText(toWinAnsi(fact.value, bold), { x: MARGIN + 110, y, size: 10, font: bold })
    y -= 15
  }

  // The code in a box, one line of five groups at a time.
  const groups = sheet.code.split('-')
  const lines: string[] = []
  for (let i = 0; i < groups.length; i += GROUPS_PER_LINE) {
    lines.push(groups.slice(i, i + GROUPS_PER_LINE).join('-'))
  }
  const lineHeight = CODE_SIZE * 1.6
  const boxHeight = lines.length * lineHeight + 24
  y -= 16
  page.drawRectangle({
    x: MARGIN,
    y: y - boxHeight,
    width: WIDTH,
    height: boxHeight,
    borderColor: INK,
    borderWidth: 1.5,
  })
  let codeY = y - 12 - CODE_SIZE
  for (const line of lines) {
    page.drawText(line, { x: MARGIN + 20, y: codeY, size: CODE_SIZE, font: mono })
    codeY -= lineHeight
  }
  y -= boxHeight + 24

  for (const paragraph of sheet.paragraphs) {
    for (const line of wrapText(toWinAnsi(paragraph, regular), regular, 10.5, WIDTH)) {
      page.drawText(line, { x: MARGIN, y, size: 10.5, font: regular })
      y -= 14.5
    }
    y -= 8
  }

  page.drawText(toWinAnsi(sheet.footer, regular), {
    x: MARGIN,
    y: MARGIN - 20,
    size: 8,
    font: regular,
    color: MUTED,
  })
  return pdf.save()
}
