import type { Kysely, Transaction } from 'kysely'
import type { Database } from '../../db/schema'
import type { Actor } from '../core/context'
import { readDeviceCode } from '../core/device-code'
import { AppError, fieldError } from '../core/errors'

export type Db = Kysely<Database> | Transaction<Database>

/**
 * The next number of a document series, e.g. `PHP-KSG1-2026-0007`: kind, this till's code,
 * year. The counter advances inside the posting transaction, so a failed posting leaves no gap.
 */
export async function nextDocNo(trx: Transaction<Database>, prefix: string, date: string) {
  const series = `${prefix}-${await readDeviceCode(trx)}-${date.slice(0, 4)}`
  const row = await trx
    .insertInto('stock_doc_counters')
    .values({ series, last_seq: 1 })
    .onConflict((oc) =>
      oc.column('series').doUpdateSet((eb) => ({ last_seq: eb('last_seq', '+', 1) })),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow()
  return `${series}-${String(row.last_seq).padStart(4, '0')}`
}

export interface LocationRow {
  id: string
  name: string
  kind: 'showroom' | 'storeroom' | 'event' | 'consignment'
  active: number
  state: 'open' | 'closed' | null
}

export async function findLocation(db: Db, id: string): Promise<LocationRow | undefined> {
  return db
    .selectFrom('locations as l')
    .leftJoin('exhibitions as e', 'e.location_id', 'l.id')
    .select(['l.id', 'l.name', 'l.kind', 'l.active', 'e.state'])
    .where('l.id', '=', id)
    .executeTakeFirst()
}

/** A location stock may move to or from: active, and not a closed exhibition. */
export async function usableLocation(db: Db, id: string, field: string): Promise<LocationRow> {
  const location = await findLocation(db, id)
  if (!location) throw fieldError(field, 'INVALID_VALUE')
  if (location.active !== 1 || location.state === 'closed') {
    throw new AppError('LOCATION_INACTIVE', { name: location.name })
  }
  return location
}

export const seesCost = (actor: Actor) => actor.permissions.has('cost.view')

/** The showroom's calendar date (WIB) of an instant, `YYYY-MM-DD`. */
export function localDate(epochMs: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Jakarta',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(epochMs)
}

/**
 * The till's selling location, read through the caller's handle: inside a transaction the
 * single connection is taken, so going through the settings service would wait forever.
 */
export async function readTillLocation(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', 'till.defaultLocationId')
    .executeTakeFirst()
  return row ? (JSON.parse(row.value) as string) : null
}
