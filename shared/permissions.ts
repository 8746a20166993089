import type { Role } from './dto'

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
