import type { Permission } from '../../../shared/permissions'
import type { Actor } from '../core/context'

/** Who may move the till to another location may also sell from one for a single sale. */
export const SELL_ELSEWHERE: Permission = 'settings.manage'

/**
 * Where a sale takes its stock from: the till's own location. A location named in the call
 * is ignored unless the caller may sell elsewhere, so a cashier cannot book a sale against
 * an exhibition's (or the storeroom's) stock by calling checkout directly.
 */
export function sellingLocation(actor: Actor, requested: string | undefined, own: string): string {
  if (requested === undefined || requested === own) return own
  return actor.permissions.has(SELL_ELSEWHERE) ? requested : own
}
