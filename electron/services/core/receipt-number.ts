import { sql, type Transaction } from 'kysely'
import { compactDate } from '../../../shared/business-date'
import type { Database } from '../../db/schema'

/**
 * Takes the next number from a per-till counter. Runs inside the caller's transaction, so
 * a rolled-back sale gives its number back and the sequence has no gaps.
 */
export async function nextSeq(
  trx: Transaction<Database>,
  table: 'receipt_counters' | 'return_counters' | 'z_counters',
  deviceId: string,
): Promise<number> {
  const row = await trx
    .insertInto(table)
    .values({ device_id: deviceId, last_seq: 1 })
    .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seq: sql`last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return row.last_seq
}

export interface ReceiptFormat {
  prefix: string
  includeDate: boolean
  digits: number
}

/** `KSG1-20261127-000042`: till prefix, business date (WIB), running sequence of the till. */
export function formatReceiptNo(format: ReceiptFormat, seq: number, at: number): string {
  const parts = [format.prefix]
  if (format.includeDate) parts.push(compactDate(at))
  parts.push(String(seq).padStart(format.digits, '0'))
  return parts.join('-')
}
