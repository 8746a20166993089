import { z } from 'zod'
import { shortText } from '../schemas'

/** Label stock the showroom uses: three thermal rolls and plain A4 sticker sheets. */
export const labelTemplateIds = ['roll-33x15', 'roll-38x25', 'roll-50x30', 'a4-sheet'] as const
export type LabelTemplateId = (typeof labelTemplateIds)[number]

export interface LabelSize {
  widthMm: number
  heightMm: number
}

export const rollSizes: Readonly<Record<Exclude<LabelTemplateId, 'a4-sheet'>, LabelSize>> = {
  'roll-33x15': { widthMm: 33, heightMm: 15 },
  'roll-38x25': { widthMm: 38, heightMm: 25 },
  'roll-50x30': { widthMm: 50, heightMm: 30 },
}

export const A4_PAGE: LabelSize = { widthMm: 210, heightMm: 297 }

/** Smallest cell that still holds a scannable barcode and a readable price. */
export const MIN_CELL: LabelSize = { widthMm: 25, heightMm: 12 }

const mm = (max: number) => z.number().min(0).max(max)

/**
 * An A4 sticker sheet: a grid of equal labels inside the margins, `gap` apart. The cell size
 * follows from the page, so the numbers printed on the sheet's packet are all that is needed.
 * `skip` leaves the first cells empty, to finish a sheet that was partly used.
 */
export const labelSheetSchema = z
  .strictObject({
    columns: z.number().int().min(1).max(8),
    rows: z.number().int().min(1).max(24),
    marginTopMm: mm(60),
    marginBottomMm: mm(60),
    marginLeftMm: mm(60),
    marginRightMm: mm(60),
    gapXMm: mm(20),
    gapYMm: mm(20),
    skip: z.number().int().min(0).max(191).default(0),
  })
  .superRefine((sheet, ctx) => {
    const cell = sheetCellSize(sheet)
    if (cell.widthMm < MIN_CELL.widthMm) {
      ctx.addIssue({ code: 'custom', path: ['columns'], message: 'cell too narrow' })
    }
    if (cell.heightMm < MIN_CELL.heightMm) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'cell too low' })
    }
    if (sheet.skip >= sheet.columns * sheet.rows) {
      ctx.addIssue({ code: 'custom', path: ['skip'], message: 'skip fills the sheet' })
    }
  })

export type LabelSheet = z.output<typeof labelSheetSchema>
export type LabelSheetInput = z.input<typeof labelSheetSchema>

/** 4 × 10 on A4, cells of about 47 × 27 mm: the common "A4 40 label" sticker sheet. */
export const DEFAULT_LABEL_SHEET: LabelSheet = {
  columns: 4,
  rows: 10,
  marginTopMm: 13.5,
  marginBottomMm: 13.5,
  marginLeftMm: 7,
  marginRightMm: 7,
  gapXMm: 2.5,
  gapYMm: 0,
  skip: 0,
}

export function sheetCellSize(sheet: Omit<LabelSheet, 'skip'> & { skip?: number }): LabelSize {
  const width = A4_PAGE.widthMm - sheet.marginLeftMm - sheet.marginRightMm
  const height = A4_PAGE.heightMm - sheet.marginTopMm - sheet.marginBottomMm
  return {
    widthMm: (width - (sheet.columns - 1) * sheet.gapXMm) / sheet.columns,
    heightMm: (height - (sheet.rows - 1) * sheet.gapYMm) / sheet.rows,
  }
}

/** What appears on every label of one print run besides the product's own data. */
export const labelOptionsSchema = z.strictObject({
  showPrice: z.boolean().default(true),
  /** A short line such as "Karya WBP Lapas Kasongan"; empty for none. */
  text: shortText(40).default(''),
  /** Data for a QR code (e.g. the showroom's page); empty for none. Only on labels ≥ 22 mm high. */
  qrData: shortText(200).default(''),
  /** Thin cell outlines, for the on-screen preview of a sheet. */
  outline: z.boolean().default(false),
})

export type LabelOptions = z.output<typeof labelOptionsSchema>
