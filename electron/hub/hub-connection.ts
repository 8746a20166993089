import type { HubDatabase } from './hub-types'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'

/** Where a hub is and who logs in: a till's own role, or the hub's administrator. */
export interface PgAddress {
  host: string
  port: number
  database: string
  user: string
  password: string
}

/**
 * Kysely over a small pg pool (Kysely's own PostgresDialect). BIGINT comes back as text by
 * default in pg; the hub's big numbers (seq, versions) are read with Number() where used.
 */
export function connectHub(address: PgAddress, max = 2): Kysely<HubDatabase> {
  return new Kysely<HubDatabase>({
    dialect: new PostgresDialect({
      pool: new pg.Pool({
        ...address,
        max,
        connectionTimeoutMillis: 5_000,
        // A till must never hang on a half-open link: a statement that outlives this fails.
        statement_timeout: 60_000,
      }),
    }),
  })
}
