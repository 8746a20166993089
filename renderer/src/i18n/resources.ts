import { audit as enAudit } from './locales/en/audit'
import { audit as idAudit } from './locales/id/audit'
import { auth as enAuth } from './locales/en/auth'
import { auth as idAuth } from './locales/id/auth'
import { common as enCommon } from './locales/en/common'
import { common as idCommon } from './locales/id/common'
import { data as enData } from './locales/en/data'
import { data as idData } from './locales/id/data'
import { importNs as enImport } from './locales/en/import'
import { importNs as idImport } from './locales/id/import'
import { kasir as enKasir } from './locales/en/kasir'
import { kasir as idKasir } from './locales/id/kasir'
import { laporan as enLaporan } from './locales/en/laporan'
import { laporan as idLaporan } from './locales/id/laporan'
import { opname as enOpname } from './locales/en/opname'
import { opname as idOpname } from './locales/id/opname'
import { pengaturan as enPengaturan } from './locales/en/pengaturan'
import { pembeli as enPembeli } from './locales/en/pembeli'
import { pembeli as idPembeli } from './locales/id/pembeli'
import { printing as enPrinting } from './locales/en/printing'
import { printing as idPrinting } from './locales/id/printing'
import { produk as enProduk } from './locales/en/produk'
import { riwayat as enRiwayat } from './locales/en/riwayat'
import { stok as enStok } from './locales/en/stok'
import { pengaturan as idPengaturan } from './locales/id/pengaturan'
import { produk as idProduk } from './locales/id/produk'
import { riwayat as idRiwayat } from './locales/id/riwayat'
import { setup as enSetup } from './locales/en/setup'
import { setup as idSetup } from './locales/id/setup'
import { shift as enShift } from './locales/en/shift'
import { shift as idShift } from './locales/id/shift'
import { stok as idStok } from './locales/id/stok'
import { pesanan as enPesanan } from './locales/en/pesanan'
import { pesanan as idPesanan } from './locales/id/pesanan'
import { titip as enTitip } from './locales/en/titip'
import { titip as idTitip } from './locales/id/titip'
import { sync as enSync } from './locales/en/sync'
import { sync as idSync } from './locales/id/sync'
import { hubview as enHubview } from './locales/en/hubview'
import { hubview as idHubview } from './locales/id/hubview'

// One namespace per feature; each feature owns its two files under locales/.
export const resources = {
  id: {
    common: idCommon,
    data: idData,
    auth: idAuth,
    kasir: idKasir,
    riwayat: idRiwayat,
    produk: idProduk,
    stok: idStok,
    opname: idOpname,
    import: idImport,
    pengaturan: idPengaturan,
    shift: idShift,
    audit: idAudit,
    printing: idPrinting,
    laporan: idLaporan,
    pembeli: idPembeli,
    setup: idSetup,
    pesanan: idPesanan,
    titip: idTitip,
    sync: idSync,
    hubview: idHubview,
  },
  en: {
    common: enCommon,
    data: enData,
    auth: enAuth,
    kasir: enKasir,
    riwayat: enRiwayat,
    produk: enProduk,
    stok: enStok,
    opname: enOpname,
    import: enImport,
    pengaturan: enPengaturan,
    shift: enShift,
    audit: enAudit,
    printing: enPrinting,
    laporan: enLaporan,
    pembeli: enPembeli,
    setup: enSetup,
    pesanan: enPesanan,
    titip: enTitip,
    sync: enSync,
    hubview: enHubview,
  },
} as const

export const namespaces = Object.keys(resources.id) as Array<keyof typeof resources.id>
