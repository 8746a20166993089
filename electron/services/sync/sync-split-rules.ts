import type { Kysely } from 'kysely'
import type { Database } from '../../db/schema'
import { localIdOf } from './sync-shared-ids'

// Split rules are append-only versions on every till (migration 0007): the hub publishes a
// version (or applies one a till proposed) and each till adds it as it stands, never changing
// a rule it has. The report picks the rule valid on each sale's own day, so a version from the
// hub splits the sales from its valid_from on and leaves every earlier sale's split as it was.

export interface HubSplitRule {
  id: string
  workshop_id: string | null
  valid_from: string
  premi_bp: number
  pnbp_bp: number
  modal_bp: number
  basis: 'net_sales' | 'gross_profit'
  note: string | null
  user_id: string
  device_id: string
  created_at: number
}

/**
 * Adds a version from the hub (a replay, or this till's own proposal coming back, changes
 * nothing). Its workshop and author are this till's rows for the hub's shared ids; they come
 * down before it. A rule that names a workshop or person this till lacks is refused (the whole
 * download rolls back and the sync reports it) rather than dropped: it is money.
 */
export async function recordHubSplitRule(
  db: Kysely<Database>,
  sharedId: string,
  rule: HubSplitRule,
): Promise<void> {
  if (await localIdOf(db, 'split_rules', sharedId)) return
  const userId = await localIdOf(db, 'users', rule.user_id)
  const workshopId =
    rule.workshop_id === null ? null : await localIdOf(db, 'workshops', rule.workshop_id)
  if (!userId || (rule.workshop_id !== null && !workshopId))
    throw new Error(`HUB_SPLIT_RULE_UNKNOWN_REF:${sharedId}`)
  await db
    .insertInto('split_rules')
    .values({
      id: sharedId,
      workshop_id: workshopId,
      valid_from: rule.valid_from,
      premi_bp: rule.premi_bp,
      pnbp_bp: rule.pnbp_bp,
      modal_bp: rule.modal_bp,
      basis: rule.basis,
      note: rule.note,
      user_id: userId,
      // The author's device ('hub', or the till that proposed it): never this till's chain.
      device_id: rule.device_id,
      created_at: rule.created_at,
    })
    .onConflict((oc) => oc.doNothing())
    .execute()
}
