import { useTranslation } from 'react-i18next'
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
  kasir: LaporanPlaceholder,
  produk: LaporanPlaceholder,
  stok: LaporanPlaceholder,
  laporan: LaporanPlaceholder,
  pengaturan: LaporanPlaceholder,
}
