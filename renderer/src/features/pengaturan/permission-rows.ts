import type { Permission } from '../../../../shared/permissions'

export type PermissionGroup = 'till' | 'stock' | 'admin'

/**
 * Every permission in the order and group the matrix shows it, with its label key under
 * `permissions.labels`. A Record, so a new permission fails to compile here until it has
 * a place and a label in both languages.
 */
export const permissionRows: Record<Permission, { group: PermissionGroup; label: string }> = {
  'app.use': { group: 'till', label: 'appUse' },
  sell: { group: 'till', label: 'sell' },
  discount: { group: 'till', label: 'discount' },
  'price.override': { group: 'till', label: 'priceOverride' },
  'cart.removeLine': { group: 'till', label: 'cartRemoveLine' },
  void: { group: 'till', label: 'void' },
  refund: { group: 'till', label: 'refund' },
  reprint: { group: 'till', label: 'reprint' },
  'drawer.open': { group: 'till', label: 'drawerOpen' },
  'cash.payout': { group: 'till', label: 'cashPayout' },
  'shift.manage': { group: 'till', label: 'shiftManage' },
  'manage.products': { group: 'stock', label: 'manageProducts' },
  'stock.receive': { group: 'stock', label: 'stockReceive' },
  'stock.transfer': { group: 'stock', label: 'stockTransfer' },
  'stock.adjust': { group: 'stock', label: 'stockAdjust' },
  'stock.count.post': { group: 'stock', label: 'stockCountPost' },
  'consignment.manage': { group: 'stock', label: 'consignmentManage' },
  'users.manage': { group: 'admin', label: 'usersManage' },
  'settings.manage': { group: 'admin', label: 'settingsManage' },
  'reports.view': { group: 'admin', label: 'reportsView' },
  'cost.view': { group: 'admin', label: 'costView' },
  'audit.view': { group: 'admin', label: 'auditView' },
  'orders.manage': { group: 'admin', label: 'ordersManage' },
  'orders.price': { group: 'admin', label: 'ordersPrice' },
}

export const permissionGroups: readonly PermissionGroup[] = ['till', 'stock', 'admin']

export const permissionsIn = (group: PermissionGroup): Permission[] =>
  (Object.keys(permissionRows) as Permission[]).filter((p) => permissionRows[p].group === group)
