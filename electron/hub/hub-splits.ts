import type { HubDatabase } from './hub-types'
import { randomUUID } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

export interface SplitRuleInput {
  /** null: the default rule for workshops without one of their own. */
  workshopId: string | null
  /** `YYYY-MM-DD`, the first business day it applies to. */
  validFrom: string
  premiBp: number
  pnbpBp: number
  modalBp: number
  basis: 'net_sales' | 'gross_profit'
  note?: string | null
  /** Who decided it: a user the hub holds; by default the first admin it received. */
  userId?: string
  id?: string
  /** Orders versions with the same scope and date on the tills (ms since epoch). */
  createdAt?: number
}

const masterRowExists = async (db: Kysely<HubDatabase>, table: string, id: string) =>
  (
    await sql<{ n: number }>`SELECT count(*)::int AS n FROM master_rows
     WHERE table_name = ${table} AND id = ${id}`.execute(db)
  ).rows[0]?.n === 1

/**
 * The hub's way to set a revenue split: a new version valid from a date, never an overwrite.
 * Tills record it on their next sync and their reports split the sales of that day on (a
 * past sale keeps the rule of its own day). Returns the version's id.
 */
export async function publishSplitRule(
  db: Kysely<HubDatabase>,
  input: SplitRuleInput,
): Promise<string> {
  const shares = [input.premiBp, input.pnbpBp, input.modalBp]
  if (shares.some((bp) => !Number.isInteger(bp) || bp < 0 || bp > 10_000))
    throw new Error('shares are basis points from 0 to 10000')
  if (shares.reduce((a, b) => a + b, 0) !== 10_000) throw new Error('shares must sum to 100 %')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.validFrom) || Number.isNaN(Date.parse(input.validFrom)))
    throw new Error(`not a date: ${input.validFrom}`)
  if (input.basis !== 'net_sales' && input.basis !== 'gross_profit')
    throw new Error(`not a basis: ${String(input.basis)}`)
  if (input.workshopId !== null && !(await masterRowExists(db, 'workshops', input.workshopId)))
    throw new Error(`the hub holds no workshop ${input.workshopId}`)
  // Every till must be able to point the rule at its author (a foreign key on the tills).
  let userId = input.userId
  if (userId === undefined) {
    const { rows } = await sql<{ id: string }>`SELECT id FROM master_rows
      WHERE table_name = 'users' AND data->>'role' = 'admin' ORDER BY version LIMIT 1`.execute(db)
    userId = rows[0]?.id
    if (!userId) throw new Error('the hub holds no admin user yet: sync a till first')
  } else if (!(await masterRowExists(db, 'users', userId))) {
    throw new Error(`the hub holds no user ${userId}`)
  }
  const id = input.id ?? randomUUID()
  const data = {
    id,
    workshop_id: input.workshopId,
    valid_from: input.validFrom,
    premi_bp: input.premiBp,
    pnbp_bp: input.pnbpBp,
    modal_bp: input.modalBp,
    basis: input.basis,
    note: input.note ?? null,
    user_id: userId,
    device_id: 'hub',
    created_at: input.createdAt ?? Date.now(),
  }
  await sql`INSERT INTO master_rows (table_name, id, data, version)
            VALUES ('split_rules', ${id}, ${JSON.stringify(data)}::jsonb, nextval('master_version'))
            ON CONFLICT (table_name, id) DO NOTHING`.execute(db)
  return id
}
