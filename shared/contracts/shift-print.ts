import { z } from 'zod'
import type { ZReportPreviewDto, ZReportPrintResultDto } from '../shift-print/shift-print-dto'
import type { FilePayload } from '../documents/file-payload'
import { id } from '../schemas'
import { channel } from './common'

/** The closed shift's Z report on the receipt printer. Spread into the main contract. */
export const shiftPrintContract = {
  /** The Z report as it prints, line for line; nothing is sent or recorded. */
  'shifts:zPreview': channel<ZReportPreviewDto>()(
    z.strictObject({ shiftId: id, columns: z.number().int().min(32).max(56).optional() }),
  ),
  /**
   * Prints a closed shift's Z report from the figures frozen at close. Every print is in the
   * audit trail; prints after the first carry a COPY banner. A printer failure is a clear
   * error the shift screen offers to retry.
   */
  'shifts:printZ': channel<ZReportPrintResultDto>()(z.strictObject({ shiftId: id })),
  /**
   * The Z report as a PDF at the receipt paper's size, the same lines as the printed one
   * (chain anchor included). Saving it records nothing: it is not a paper copy.
   */
  'shifts:zPdf': channel<FilePayload>()(z.strictObject({ shiftId: id })),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
