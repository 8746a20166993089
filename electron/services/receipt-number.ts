import { sql, type Transaction } from 'kysely'
import { compactDate } from '../../shared/business-date'
import type { Database } from '../db/schema'

/**
 * Takes the next receipt sequence for this till. Runs inside the checkout transaction, so
 * a rolled-back sale gives its number back and the sequence has no gaps.
 */
export async function nextReceiptSeq(
  trx: Transaction<Database>,
  deviceId: string,
): Promise<number> {
  const row = await trx
    .insertInto('receipt_counters')
    .values({ device_id: deviceId, last_seq: 1 })
    .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seq: sql`last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return row.last_seq
}

/** `KSG1-20261127-000042`: till prefix, business date (WIB), running sequence of the till. */
export function formatReceiptNo(deviceCode: string, seq: number, at: number): string {
  return `${deviceCode}-${compactDate(at)}-${String(seq).padStart(6, '0')}`
}
