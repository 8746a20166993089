import { auth as enAuth } from './locales/en/auth'
import { auth as idAuth } from './locales/id/auth'
import { common as enCommon } from './locales/en/common'
import { common as idCommon } from './locales/id/common'
import { kasir as enKasir } from './locales/en/kasir'
import { kasir as idKasir } from './locales/id/kasir'
import { pengaturan as enPengaturan } from './locales/en/pengaturan'
import { produk as enProduk } from './locales/en/produk'
import { riwayat as enRiwayat } from './locales/en/riwayat'
import { stok as enStok } from './locales/en/stok'
import { pengaturan as idPengaturan } from './locales/id/pengaturan'
import { produk as idProduk } from './locales/id/produk'
import { riwayat as idRiwayat } from './locales/id/riwayat'
import { shift as enShift } from './locales/en/shift'
import { shift as idShift } from './locales/id/shift'
import { stok as idStok } from './locales/id/stok'

// One namespace per feature; each feature owns its two files under locales/.
export const resources = {
  id: {
    common: idCommon,
    auth: idAuth,
    kasir: idKasir,
    riwayat: idRiwayat,
    produk: idProduk,
    stok: idStok,
    pengaturan: idPengaturan,
    shift: idShift,
  },
  en: {
    common: enCommon,
    auth: enAuth,
    kasir: enKasir,
    riwayat: enRiwayat,
    produk: enProduk,
    stok: enStok,
    pengaturan: enPengaturan,
    shift: enShift,
  },
} as const

export const namespaces = Object.keys(resources.id) as Array<keyof typeof resources.id>
