import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'

/**
 * A shift with who opened it, where, and its close record if it has one (who closed it, the
 * Z number and the figures frozen then). Shift screens and the printed Z report read the same
 * row, so they cannot drift apart; callers add the `where`.
 */
export function shiftWithClose(db: Kysely<Database>) {
  return db
    .selectFrom('shifts as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('locations as l', 'l.id', 's.location_id')
    .leftJoin('shift_closes as c', 'c.shift_id', 's.id')
    .leftJoin('users as cu', 'cu.id', 'c.user_id')
    .select([
      's.id',
      's.created_at',
      's.opening_float',
      'u.name as opened_by',
      'l.name as location',
      'c.id as close_id',
      'c.z_no',
      'c.created_at as closed_at',
      'cu.name as closed_by',
      'c.counted_cash',
      'c.expected_cash',
      'c.variance',
      'c.denominations',
      'c.totals',
      'c.note',
      'c.forced',
    ])
}
