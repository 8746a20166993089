import { AuditScreen } from '../features/audit/AuditScreen'
import { LaporanScreen } from '../features/laporan/LaporanScreen'
import { TillScreen } from '../features/kasir/TillScreen'
import { PengaturanScreen } from '../features/pengaturan/PengaturanScreen'
import { OpnameScreen } from '../features/opname/OpnameScreen'
import { ProdukScreen } from '../features/produk/ProdukScreen'
import { RiwayatScreen } from '../features/riwayat/RiwayatScreen'
import { ShiftScreen } from '../features/shift/ShiftScreen'
import { StokScreen } from '../features/stok/StokScreen'
import { PesananScreen } from '../features/pesanan/PesananScreen'
import type { Route } from './routes'

export const screens: Record<Route, () => React.JSX.Element> = {
  kasir: TillScreen,
  shift: ShiftScreen,
  riwayat: RiwayatScreen,
  produk: ProdukScreen,
  stok: StokScreen,
  opname: OpnameScreen,
  pesanan: PesananScreen,
  laporan: LaporanScreen,
  audit: AuditScreen,
  pengaturan: PengaturanScreen,
}
