import { sql, type Kysely } from 'kysely'
import { compactDate } from '../../../shared/business-date'
import type { Database } from '../../db/schema'
import { readDeviceCode } from '../core/device-code'

/**
 * `OPN-KSG1-20261127-001`: this till's code, business date (WIB) and the device's running count number. The
 * sequence never resets and is taken inside the creating transaction, so a gap in it means a
 * document is missing; it is unique per device (UNIQUE(device_id, seq)).
 */
export async function nextCountNo(
  trx: Kysely<Database>,
  deviceId: string,
  at: number,
): Promise<{ seq: number; countNo: string }> {
  const row = await trx
    .insertInto('stock_count_counters')
    .values({ device_id: deviceId, last_seq: 1 })
    .onConflict((oc) => oc.column('device_id').doUpdateSet({ last_seq: sql`last_seq + 1` }))
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return {
    seq: row.last_seq,
    countNo: `OPN-${await readDeviceCode(trx)}-${compactDate(at)}-${String(row.last_seq).padStart(3, '0')}`,
  }
}

/** The highest stock movement rowid: movements are append-only, so rowids only grow. */
export async function movementWatermark(db: Kysely<Database>): Promise<number> {
  const result = await sql<{
    w: number
  }>`select coalesce(max(rowid), 0) as w from stock_movements`.execute(db)
  return result.rows[0]?.w ?? 0
}
