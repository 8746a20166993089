import type { Locale } from '../locale'
import { formatRupiah } from '../money'

/**
 * Names of audit actions and the words of the audit export. They live in shared/ because the
 * CSV is written in main, and the screen must use the same words as the file an inspector
 * opens. An action recorded by a newer version and not listed here shows as its code.
 */
const actionNames: Record<string, Record<Locale, string>> = {
  'auth.login': { id: 'Masuk dengan PIN', en: 'Signed in with PIN' },
  'auth.failedPin': { id: 'PIN salah', en: 'Wrong PIN' },
  'auth.lockout': { id: 'Dikunci karena PIN salah', en: 'Locked out after wrong PINs' },
  'auth.throttled': {
    id: 'Kasir menolak PIN sementara (terlalu banyak salah)',
    en: 'Till refused PINs for a while (too many wrong)',
  },
  'auth.pinChange': { id: 'PIN diganti sendiri', en: 'Own PIN changed' },
  'approval.grant': { id: 'Persetujuan supervisor diberikan', en: 'Supervisor approval granted' },
  'approval.failedPin': { id: 'PIN persetujuan salah', en: 'Wrong approval PIN' },
  'approval.lockout': {
    id: 'Permintaan persetujuan dikunci',
    en: 'Approval requests locked out',
  },
  'cart.removeLine': { id: 'Hapus baris keranjang', en: 'Line removed from cart' },
  'drawer.open': { id: 'Laci dibuka tanpa transaksi', en: 'Drawer opened without a sale' },
  'cash.in': { id: 'Kas masuk', en: 'Cash in' },
  'cash.out': { id: 'Kas keluar', en: 'Cash out' },
  'sale.lineDiscount': { id: 'Diskon barang', en: 'Item discount' },
  'sale.cartDiscount': { id: 'Diskon transaksi', en: 'Sale discount' },
  'sale.priceOverride': { id: 'Harga diubah', en: 'Price override' },
  'sale.oversell': { id: 'Jual melebihi stok', en: 'Sold beyond stock' },
  'sale.void': { id: 'Transaksi dibatalkan', en: 'Sale voided' },
  'sale.return': { id: 'Retur dan pengembalian uang', en: 'Return and refund' },
  'sale.reprint': { id: 'Cetak ulang struk', en: 'Receipt reprinted' },
  'shift.open': { id: 'Shift dibuka', en: 'Shift opened' },
  'shift.close': { id: 'Shift ditutup', en: 'Shift closed' },
  'shift.forceClose': { id: 'Shift ditutup paksa', en: 'Shift force-closed' },
  'shift.printZ': { id: 'Laporan Z dicetak', en: 'Z report printed' },
  'setup.complete': { id: 'Aplikasi disiapkan', en: 'App set up' },
  'user.create': { id: 'Pengguna ditambahkan', en: 'User added' },
  'user.update': { id: 'Pengguna diubah', en: 'User changed' },
  'permission.change': { id: 'Hak akses diubah', en: 'Permission changed' },
  'product.assignBarcodes': { id: 'Barcode toko diberikan', en: 'Store barcodes assigned' },
  'stock.adjust': { id: 'Penyesuaian stok', en: 'Stock adjustment' },
  'stock.transfer': { id: 'Pindah stok', en: 'Stock transfer' },
  'stock.count.post': { id: 'Stock opname diposting', en: 'Stock count posted' },
  'settings.update': { id: 'Pengaturan diubah', en: 'Settings changed' },
  'evidence.recoveryCode': {
    id: 'Kode pemulihan kunci rantai ditampilkan',
    en: 'Chain key recovery code shown',
  },
  'evidence.keyRestored': {
    id: 'Kunci rantai dipulihkan dari kode pemulihan',
    en: 'Chain key restored from the recovery code',
  },
  'evidence.keyRestoreRefused': {
    id: 'Pemulihan kunci rantai ditolak',
    en: 'Chain key restore refused',
  },
  'catalog.import': { id: 'Katalog diimpor', en: 'Catalogue imported' },
  'location.create': { id: 'Lokasi ditambahkan', en: 'Location added' },
  'location.update': { id: 'Lokasi diubah', en: 'Location changed' },
  'exhibition.create': { id: 'Pameran dibuat', en: 'Exhibition created' },
  'exhibition.update': { id: 'Pameran diubah', en: 'Exhibition changed' },
  'exhibition.close': { id: 'Pameran ditutup', en: 'Exhibition closed' },
  'consignment.partnerCreate': {
    id: 'Mitra titip jual ditambahkan',
    en: 'Consignment partner added',
  },
  'consignment.partnerUpdate': { id: 'Mitra titip jual diubah', en: 'Consignment partner changed' },
  'consignment.price': { id: 'Harga titip jual disepakati', en: 'Consignment price agreed' },
  'consignment.send': { id: 'Barang dititipkan ke mitra', en: 'Goods consigned to partner' },
  'consignment.settle': { id: 'Penyelesaian titip jual', en: 'Consignment settled' },
  'consignment.pay': {
    id: 'Pembayaran mitra titip jual diterima',
    en: 'Consignment partner payment received',
  },
  'order.agreedPrice': { id: 'Harga pesanan disepakati', en: 'Order price agreed' },
  'order.cancel': { id: 'Pesanan dibatalkan', en: 'Order cancelled' },
  'order.pack': { id: 'Pesanan dikemas', en: 'Order packed' },
  'order.ship': { id: 'Pesanan dikirim (terjual)', en: 'Order shipped (sold)' },
  'order.refund': { id: 'Uang muka pesanan dikembalikan', en: 'Order deposit refunded' },
  'order.forfeit': { id: 'Uang muka pesanan hangus', en: 'Order deposit forfeited' },
  'order.shipPart': { id: 'Pesanan dikirim sebagian (terjual)', en: 'Order partly shipped (sold)' },
  'order.lineAdd': { id: 'Baris penawaran ditambah', en: 'Quotation line added' },
  'order.lineChange': { id: 'Baris penawaran diubah', en: 'Quotation line changed' },
  'order.lineRemove': { id: 'Baris penawaran dihapus', en: 'Quotation line removed' },
  'stock.production_in': { id: 'Penerimaan hasil produksi', en: 'Production intake' },
  'stock.purchase_in': { id: 'Penerimaan pembelian', en: 'Purchase received' },
  'stock.consignment_in': { id: 'Penerimaan titipan', en: 'Consignment received' },
  'stock.damaged': { id: 'Barang rusak / susut', en: 'Damaged or waste' },
  'stock.sample': { id: 'Sampel / hadiah', en: 'Sample or gift' },
  'stock.count.cancel': { id: 'Stock opname dibatalkan', en: 'Stock count cancelled' },
  'reports.splitRule': { id: 'Aturan pembagian ditambahkan', en: 'Split rule added' },
  'reports.pnbpDeposit': { id: 'Setoran PNBP dicatat', en: 'PNBP deposit recorded' },
  'reports.pnbpDepositCancel': { id: 'Setoran PNBP dibatalkan', en: 'PNBP deposit cancelled' },
  'reports.pnbpTarget': { id: 'Target PNBP ditetapkan', en: 'PNBP target set' },
  'data.settings': { id: 'Pengaturan pencadangan diubah', en: 'Backup settings changed' },
  'data.backup': { id: 'Cadangan dibuat', en: 'Backup made' },
  'data.export': { id: 'Data diekspor', en: 'Data exported' },
  'backup.create': { id: 'Cadangan dibuat', en: 'Backup made' },
  'backup.restore': { id: 'Data dipulihkan dari cadangan', en: 'Data restored from backup' },
}

export const auditActionName = (action: string, locale: Locale): string =>
  actionNames[action]?.[locale] ?? action

const roleNames: Record<string, Record<Locale, string>> = {
  admin: { id: 'Admin', en: 'Admin' },
  supervisor: { id: 'Supervisor', en: 'Supervisor' },
  cashier: { id: 'Kasir', en: 'Cashier' },
  stock: { id: 'Petugas stok', en: 'Stock clerk' },
}

const words = {
  id: {
    float: 'Kas awal',
    counted: 'dihitung',
    expected: 'seharusnya',
    refunded: 'dikembalikan',
    copy: 'salinan ke-',
    attempt: 'percobaan ke-',
    minutes: 'menit',
    allowed: 'diizinkan',
    revoked: 'dicabut',
    inactive: 'nonaktif',
    pinChanged: 'PIN diganti',
  },
  en: {
    float: 'Opening float',
    counted: 'counted',
    expected: 'expected',
    refunded: 'refunded',
    copy: 'copy ',
    attempt: 'attempt ',
    minutes: 'min',
    allowed: 'allowed',
    revoked: 'revoked',
    inactive: 'inactive',
    pinChanged: 'PIN changed',
  },
} satisfies Record<Locale, Record<string, string>>

type Detail = Record<string, unknown>

const text = (value: unknown): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value)
const money = (value: unknown): string =>
  typeof value === 'number' && Number.isSafeInteger(value) ? formatRupiah(value) : text(value)
const adjustment = (d: Detail): string =>
  d.kind === 'percent' ? `${text(d.value)}%` : money(d.value)

const describers: Record<string, (d: Detail, w: (typeof words)[Locale], l: Locale) => string> = {
  'sale.lineDiscount': (d) => `${text(d.product)}: ${adjustment(d)} (${money(-Number(d.amount))})`,
  'sale.cartDiscount': (d) => `${adjustment(d)} (${money(-Number(d.amount))})`,
  'sale.priceOverride': (d) => `${text(d.product)}: ${money(d.from)} → ${money(d.to)}`,
  'sale.void': (d) => money(d.total),
  'sale.return': (d, w) => `${money(d.refundTotal)} ${w.refunded}`,
  'sale.reprint': (d, w) => `${w.copy}${text(d.copyNo)}`,
  'cart.removeLine': (d) => `${text(d.qty)} × ${text(d.name)}`,
  'cash.in': (d) => money(d.amount),
  'cash.out': (d) => money(d.amount),
  'shift.open': (d, w) => `${w.float} ${money(d.openingFloat)}`,
  'shift.close': (d, w) =>
    `${w.counted} ${money(d.countedCash)}, ${w.expected} ${money(d.expectedCash)}`,
  'shift.forceClose': (d, w) =>
    `${w.counted} ${money(d.countedCash)}, ${w.expected} ${money(d.expectedCash)}`,
  'shift.printZ': (d, w) => (Number(d.copy) > 0 ? `${w.copy}${text(d.copy)}` : ''),
  'auth.failedPin': (d, w) => `${w.attempt}${text(d.attempt)}`,
  'auth.lockout': (d, w) => `${text(d.minutes)} ${w.minutes}`,
  'approval.grant': (d) => `${text(d.permission)} · ${text(d.channel)}`,
  'approval.failedPin': (d, w) => `${text(d.approverName)}, ${w.attempt}${text(d.attempt)}`,
  'approval.lockout': (d, w) => `${text(d.minutes)} ${w.minutes}`,
  'user.create': (d, w, l) => user(d, w, l),
  'user.update': (d, w, l) => user(d, w, l),
  'permission.change': (d, w, l) =>
    `${roleNames[text(d.role)]?.[l] ?? text(d.role)}: ${text(d.permission)} ${
      d.allowed ? w.allowed : w.revoked
    }`,
  'product.assignBarcodes': (d) =>
    d.first ? `${text(d.count)} (${text(d.first)} – ${text(d.last)})` : text(d.count),
}

function user(d: Detail, w: (typeof words)[Locale], l: Locale): string {
  const parts = [text(d.name), roleNames[text(d.role)]?.[l] ?? text(d.role)]
  if (d.active === false) parts.push(w.inactive)
  if (d.pinChanged === true) parts.push(w.pinChanged)
  return parts.filter((part) => part !== '').join(', ')
}

/**
 * The entry's detail in words (`Gantungan kunci: 10% (-Rp 1.500)`). Unknown actions list
 * their detail as `key: value`, so nothing recorded is ever hidden from the viewer.
 */
export function describeAuditDetail(action: string, detailJson: string, locale: Locale): string {
  let detail: Detail
  try {
    const parsed: unknown = JSON.parse(detailJson)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return detailJson
    detail = parsed as Detail
  } catch {
    return detailJson
  }
  const describe = describers[action]
  if (describe) return describe(detail, words[locale], locale)
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${text(value)}`)
    .join(', ')
}

/** Column headings of the CSV export, in the order the columns are written. */
export const auditCsvColumns = {
  id: [
    'Waktu (WIB)',
    'Pengguna',
    'Tindakan',
    'Kode tindakan',
    'Objek',
    'Rincian',
    'Alasan',
    'Disetujui oleh',
    'ID catatan',
  ],
  en: [
    'Time (WIB)',
    'User',
    'Action',
    'Action code',
    'Target',
    'Detail',
    'Reason',
    'Approved by',
    'Record ID',
  ],
} satisfies Record<Locale, string[]>

export const auditExportFilePrefix: Record<Locale, string> = {
  id: 'jejak-audit',
  en: 'audit-trail',
}

/** Action codes whose name, in any language, contains `words`: free text finds `diskon`. */
export function auditActionsNamed(words: string): string[] {
  const needle = words.trim().toLocaleLowerCase('id')
  if (needle === '') return []
  return Object.entries(actionNames)
    .filter(([, names]) =>
      Object.values(names).some((name) => name.toLocaleLowerCase('id').includes(needle)),
    )
    .map(([code]) => code)
}
