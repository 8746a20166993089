import { z } from 'zod'
import type { FilePayload } from '../documents/file-payload'
import {
  IMPORT_MAX_BASE64,
  openingStockReasons,
  type ImportPreviewDto,
  type ImportResultDto,
} from '../import/import-dto'
import { emptyInput, id, requiredText } from '../schemas'
import { channel } from './common'

const importFile = {
  filename: requiredText(200),
  base64: z
    .string()
    .min(4)
    .max(IMPORT_MAX_BASE64)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/),
  /** Where opening stock goes; the till's location when left out. */
  locationId: id.optional(),
  stockReason: z.enum(openingStockReasons).default('production_in'),
}

/** Catalogue and opening-stock import from CSV / XLSX. Spread into the main contract. */
export const importContract = {
  /** Parses and checks the file row by row; writes nothing. */
  'import:preview': channel<ImportPreviewDto>()(z.strictObject(importFile)),
  /** Writes every row in one transaction, or nothing; refuses a file changed since preview. */
  'import:confirm': channel<ImportResultDto>()(
    z.strictObject({ ...importFile, fileHash: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
  /** An empty CSV with the expected headers, in the caller's language. */
  'import:template': channel<FilePayload>()(emptyInput),
} satisfies Record<string, { input: z.ZodType; output: unknown }>
