export const routes = [
  'kasir',
  'shift',
  'riwayat',
  'produk',
  'stok',
  'laporan',
  'pengaturan',
] as const
export type Route = (typeof routes)[number]

export const isRoute = (value: string): value is Route =>
  (routes as readonly string[]).includes(value)
