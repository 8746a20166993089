import { sql, type Kysely } from 'kysely'
import { formatAnchor, type ChainAnchor } from '../../db/ledger-chain'
import type { Database } from '../../db/schema'

/**
 * Anchors: a chain position and the start of its hash, written down outside the database
 * (Z reports, backup manifests, Pengaturan → Data). `npm run verify -- --anchor …` proves the
 * chain up to each is unchanged, which a keyless rewrite or a cut tail cannot fake.
 */

/** The chain's last link now; null before the first ledger row. */
export async function currentAnchor(db: Kysely<Database>): Promise<ChainAnchor | null> {
  const { rows } = await sql<ChainAnchor>`
    select seq, hash from ledger_chain order by seq desc limit 1`.execute(db)
  return rows[0] ?? null
}

/** The link of one ledger row (a Z report's shift close), as "seq:hash" for printing. */
export async function anchorOfRow(
  db: Kysely<Database>,
  table: string,
  rowId: string,
): Promise<string | null> {
  const { rows } = await sql<ChainAnchor>`
    select seq, hash from ledger_chain where table_name = ${table} and row_id = ${rowId}`.execute(
    db,
  )
  return rows[0] ? formatAnchor(rows[0]) : null
}
