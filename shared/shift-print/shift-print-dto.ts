import type { PrintResultDto } from '../printing/printing-dto'

/** The Z report as monospace lines, exactly as the receipt printer lays it out. */
export interface ZReportPreviewDto {
  zNo: number
  columns: number
  lines: string[]
}

export interface ZReportPrintResultDto extends PrintResultDto {
  zNo: number
  /** 0 for the first print of this Z report, N for the N-th print after it. */
  copyNo: number
}
