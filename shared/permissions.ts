import type { Role } from './auth/auth-dto'

/** Actions that are checked in the main process. The renderer only hides what is refused. */
export const permissions = [
  'app.use',
  'sell',
  'discount',
  'price.override',
  'cart.removeLine',
  'void',
  'refund',
  'reprint',
  'manage.products',
  'stock.receive',
  'settings.manage',
  'drawer.open',
  'cash.payout',
  'stock.transfer',
  'stock.adjust',
  'stock.count.post',
  'users.manage',
  'shift.manage',
  'reports.view',
  'cost.view',
  'audit.view',
  // Buyers, orders, their payments, production requests, packing and shipping (issue 19).
  'orders.manage',
  // An order line at a price other than the counter price.
  'orders.price',
  'consignment.manage',
] as const
export type Permission = (typeof permissions)[number]

/** Permissions an admin can never lose, so the matrix cannot lock everyone out. */
export const adminFixedPermissions: readonly Permission[] = [
  'app.use',
  'users.manage',
  'settings.manage',
]

/** The matrix a new database starts with; admins edit it (stored in role_permissions). */
export const defaultRolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  supervisor: permissions.filter((p) => p !== 'users.manage'),
  cashier: ['app.use', 'sell', 'cart.removeLine', 'reprint', 'cash.payout'],
  stock: ['app.use', 'stock.receive', 'stock.transfer', 'stock.adjust', 'manage.products'],
}

/**
 * What a supervisor may approve for someone else, one call at a time. Signing in and managing
 * people are never lent: whoever needs them signs in themselves.
 */
export const approvablePermissions: readonly Permission[] = permissions.filter(
  (p) => p !== 'app.use' && p !== 'users.manage',
)

export const isApprovable = (p: string): p is Permission =>
  (approvablePermissions as readonly string[]).includes(p)

/**
 * Holding any of these makes a person an approver or an administrator: what a cashier or a
 * stock clerk is refused by default. Their PIN guards other people's actions too, so it is
 * longer.
 */
export const elevatedPermissions: readonly Permission[] = [
  'discount',
  'price.override',
  'orders.price',
  'void',
  'refund',
  'settings.manage',
  'drawer.open',
  'stock.count.post',
  'users.manage',
  'shift.manage',
]

export const PIN_MIN_DIGITS = 4
export const ELEVATED_PIN_MIN_DIGITS = 6

/** The shortest PIN a person holding these permissions may have. */
export function minimumPinDigits(held: Iterable<string>): number {
  for (const p of held)
    if ((elevatedPermissions as readonly string[]).includes(p)) return ELEVATED_PIN_MIN_DIGITS
  return PIN_MIN_DIGITS
}
