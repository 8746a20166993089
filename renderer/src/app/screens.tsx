import { lazy } from 'react'
import { TillScreen } from '../features/kasir/TillScreen'
import type { Route } from './routes'

// The till is in the first script the page loads, so a cold start paints it without waiting
// for the rest; every other screen is its own chunk, fetched from the app itself the first
// time it opens (Laporan's charts alone are a third of the whole app's script).
const named = <K extends string>(
  load: () => Promise<Record<K, () => React.JSX.Element>>,
  name: K,
) => lazy(async () => ({ default: (await load())[name] }))

export const screens: Record<Route, React.ComponentType> = {
  kasir: TillScreen,
  shift: named(() => import('../features/shift/ShiftScreen'), 'ShiftScreen'),
  riwayat: named(() => import('../features/riwayat/RiwayatScreen'), 'RiwayatScreen'),
  produk: named(() => import('../features/produk/ProdukScreen'), 'ProdukScreen'),
  stok: named(() => import('../features/stok/StokScreen'), 'StokScreen'),
  opname: named(() => import('../features/opname/OpnameScreen'), 'OpnameScreen'),
  pesanan: named(() => import('../features/pesanan/PesananScreen'), 'PesananScreen'),
  laporan: named(() => import('../features/laporan/LaporanScreen'), 'LaporanScreen'),
  audit: named(() => import('../features/audit/AuditScreen'), 'AuditScreen'),
  pengaturan: named(() => import('../features/pengaturan/PengaturanScreen'), 'PengaturanScreen'),
}
