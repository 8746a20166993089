import type { HubDatabase } from './hub-types'
import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import { CHAINED_COLUMNS } from '../db/ledger-chain'
import { hubSchemaVersions, TILL_GROUP } from './hub-schema'

export { connectHub, type PgAddress } from './hub-connection'

// What the hub's administrator does (never a till): migrate the schema, issue a till its role,
// say which locations it shares, publish master data, read the quarantine.

/** Applies the hub schema versions not applied yet, each in one transaction. */
export async function migrateHub(db: Kysely<HubDatabase>): Promise<number> {
  await sql`CREATE TABLE IF NOT EXISTS hub_schema_versions (
              version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`.execute(db)
  const { rows } = await sql<{
    v: number | null
  }>`SELECT max(version) AS v FROM hub_schema_versions`.execute(db)
  const current = rows[0]?.v ?? 0
  for (let index = current; index < hubSchemaVersions.length; index++) {
    await db.transaction().execute(async (trx) => {
      for (const statement of hubSchemaVersions[index] ?? []) await sql.raw(statement).execute(trx)
      await sql`INSERT INTO hub_schema_versions (version) VALUES (${index + 1})`.execute(trx)
    })
  }
  // The canonical column lists follow the tills' app: a newer till adds its new ledger tables.
  for (const [table, columns] of Object.entries(CHAINED_COLUMNS)) {
    await sql`INSERT INTO ledger_tables (table_name, columns) VALUES (${table}, ${columns as string[]})
              ON CONFLICT (table_name) DO NOTHING`.execute(db)
  }
  return hubSchemaVersions.length
}

export interface TillCredentials {
  code: string
  role: string
  password: string
}

export const roleForCode = (code: string) => `till_${code.toLowerCase()}`

/**
 * Issues a till its own PostgreSQL role: a login in the till group, nothing more. The code is
 * checked before it reaches SQL (role names cannot be bound as parameters).
 */
export async function createTillRole(
  db: Kysely<HubDatabase>,
  code: string,
  options: { rolePrefix?: string } = {},
): Promise<TillCredentials> {
  if (!/^[A-Z0-9]{2,4}$/.test(code)) throw new Error(`not a till code: ${code}`)
  // Roles belong to the whole cluster: a prefix keeps two hubs in one cluster apart (tests).
  const prefix = options.rolePrefix ?? ''
  if (!/^[a-z0-9_]*$/.test(prefix)) throw new Error(`not a role prefix: ${prefix}`)
  const role = `${prefix}${roleForCode(code)}`
  // base64url has no quote characters, so the literal below cannot be broken out of.
  const password = randomBytes(18).toString('base64url')
  await db.transaction().execute(async (trx) => {
    // A till code names one device's series (receipts, EAN block): never issued twice.
    const { rows: taken } = await sql<{ role_name: string }>`
      SELECT role_name FROM tills WHERE code = ${code} FOR UPDATE`.execute(trx)
    if (taken.length > 0)
      throw new Error(`HUB_CODE_TAKEN:${code} (issued to ${taken[0]!.role_name})`)
    await sql
      .raw(`CREATE ROLE ${role} LOGIN PASSWORD '${password}' IN ROLE ${TILL_GROUP}`)
      .execute(trx)
    await sql`INSERT INTO tills (role_name, code) VALUES (${role}, ${code})`.execute(trx)
  })
  return { code, role, password }
}

/** Lets a till read the stock movements every other till makes at a location. */
export async function shareLocation(db: Kysely<HubDatabase>, code: string, locationId: string) {
  await sql`INSERT INTO till_locations (role_name, location_id)
            SELECT role_name, ${locationId} FROM tills WHERE code = ${code}
            ON CONFLICT DO NOTHING`.execute(db)
}

export type MasterTable =
  'locations' | 'workshops' | 'categories' | 'products' | 'users' | 'payment_methods'

export { publishPriceVersion } from './hub-prices'
export { publishSplitRule } from './hub-splits'

/**
 * Publishes master rows as the authority: each gets the next version, in the order given. A
 * row is keyed by its shared id (a till's row may carry one that differs from its local id).
 */
export async function publishMaster(
  db: Kysely<HubDatabase>,
  table: MasterTable,
  rows: readonly Record<string, unknown>[],
) {
  await db.transaction().execute(async (trx) => {
    for (const row of rows) {
      await sql`INSERT INTO master_rows (table_name, id, data, version)
                VALUES (${table}, ${String(row.shared_id ?? row.id)}, ${JSON.stringify(row)}::jsonb, nextval('master_version'))
                ON CONFLICT (table_name, id) DO UPDATE
                  SET data = excluded.data, version = excluded.version, updated_at = now()`.execute(
        trx,
      )
    }
  })
}

export interface QuarantinedRow {
  role: string
  deviceId: string
  seq: number
  table: string
  rowId: string
  problem: string
  detail: string | null
}

export async function listQuarantine(db: Kysely<HubDatabase>): Promise<QuarantinedRow[]> {
  const { rows } = await sql<{
    role_name: string
    device_id: string
    seq: string
    table_name: string
    row_id: string
    problem: string
    detail: string | null
  }>`SELECT role_name, device_id, seq, table_name, row_id, problem, detail
     FROM quarantine ORDER BY id`.execute(db)
  return rows.map((row) => ({
    role: row.role_name,
    deviceId: row.device_id,
    seq: Number(row.seq),
    table: row.table_name,
    rowId: row.row_id,
    problem: row.problem,
    detail: row.detail,
  }))
}
