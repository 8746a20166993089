import { compactDate } from '../../../../shared/business-date'
import type { TillSettings } from '../../../../shared/till/till-dto'

/** The same shape main gives a receipt number: `KSG1-20261127-000043`. */
export function previewReceiptNo(
  format: TillSettings['receipt'],
  seq: number,
  now = Date.now(),
): string {
  const parts = [format.prefix]
  if (format.includeDate) parts.push(compactDate(now))
  parts.push(String(seq).padStart(format.digits, '0'))
  return parts.join('-')
}

/** The sequence after the latest receipt number, whatever format that one had. */
export function nextSequence(latestReceiptNo: string | undefined): number {
  const digits = latestReceiptNo ? /(\d+)$/.exec(latestReceiptNo)?.[1] : undefined
  return digits ? Number(digits) + 1 : 1
}
