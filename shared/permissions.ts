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
] as const
export type Permission = (typeof permissions)[number]

/** Default matrix; the people-and-roles work turns this into data an admin can edit. */
export const defaultRolePermissions: Record<Role, readonly Permission[]> = {
  admin: permissions,
  supervisor: permissions,
  cashier: ['app.use', 'sell', 'cart.removeLine', 'reprint'],
  stock: ['app.use', 'stock.receive', 'manage.products'],
}
