import { useTranslation } from 'react-i18next'
import { TillScreen } from '../features/kasir/TillScreen'
import { PengaturanScreen } from '../features/pengaturan/PengaturanScreen'
import { ProdukScreen } from '../features/produk/ProdukScreen'
import { RiwayatScreen } from '../features/riwayat/RiwayatScreen'
import { ShiftScreen } from '../features/shift/ShiftScreen'
import { StokScreen } from '../features/stok/StokScreen'
import { Placeholder } from './Placeholder'
import type { Route } from './routes'

// Each feature replaces its placeholder with its own screen component.
function LaporanPlaceholder() {
  const { t } = useTranslation()
  return (
    <Placeholder
      title={t('placeholder.title', { screen: t('nav.laporan') })}
      body={t('placeholder.laporan')}
    />
  )
}

export const screens: Record<Route, () => React.JSX.Element> = {
  kasir: TillScreen,
  shift: ShiftScreen,
  riwayat: RiwayatScreen,
  produk: ProdukScreen,
  stok: StokScreen,
  laporan: LaporanPlaceholder,
  pengaturan: PengaturanScreen,
}
