import type { Permission } from '../../../shared/permissions'

export const routes = [
  'kasir',
  'shift',
  'riwayat',
  'produk',
  'stok',
  'opname',
  'pesanan',
  'laporan',
  'audit',
  'pengaturan',
] as const
export type Route = (typeof routes)[number]

/** Screens only some people may open: the nav hides them from everyone else (main refuses). */
export const routePermissions: Partial<Record<Route, Permission>> = {
  audit: 'audit.view',
  opname: 'stock.adjust',
  pesanan: 'orders.manage',
}

export const isRoute = (value: string): value is Route =>
  (routes as readonly string[]).includes(value)
