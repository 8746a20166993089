import type { Transaction } from 'kysely'
import type { Permission } from '../../../shared/permissions'
import type { Database } from '../../db/schema'
import { createSettingsService } from '../settings/settings.service'

/**
 * Permissions that came after a till's matrix was first stored, each with the permission
 * that allowed the same action before it existed. A stored matrix is the admin's own, so a
 * new permission is granted exactly once, to the roles that could already do what it now
 * guards; an admin who revokes it later keeps it revoked.
 */
const addedPermissions: ReadonlyArray<{ permission: Permission; like: Permission }> = [
  // Paying cash out of the drawer needed only `sell` before it had its own permission.
  { permission: 'cash.payout', like: 'sell' },
  // Orders came with issue 19: whoever could run the shop's reports takes orders; whoever
  // could change a price at the till agrees an order's price.
  { permission: 'orders.manage', like: 'reports.view' },
  { permission: 'orders.price', like: 'price.override' },
  // Consignment settles money and writes off what is missing: who could manage shifts.
  { permission: 'consignment.manage', like: 'shift.manage' },
]

export async function grantAddedPermissions(trx: Transaction<Database>): Promise<void> {
  const settings = createSettingsService(trx)
  const granted = new Set(await settings.get('permissions.added'))
  const pending = addedPermissions.filter((added) => !granted.has(added.permission))
  if (pending.length === 0) return
  for (const { permission, like } of pending) {
    const roles = await trx
      .selectFrom('role_permissions')
      .select('role')
      .where('permission', '=', like)
      .execute()
    if (roles.length > 0) {
      await trx
        .insertInto('role_permissions')
        .values(roles.map(({ role }) => ({ role, permission })))
        .onConflict((oc) => oc.doNothing())
        .execute()
    }
    granted.add(permission)
  }
  await settings.set('permissions.added', [...granted])
}
