import type { ImportField } from '../../../shared/import/import-dto'

/**
 * Header names people actually write, Indonesian and English, compared without case,
 * spaces, punctuation or a trailing "(Rp)". The first header of the template is the name.
 */
const aliases: Record<ImportField, string[]> = {
  name: ['nama', 'namaproduk', 'namabarang', 'produk', 'barang', 'name', 'productname', 'product'],
  sku: ['sku', 'kode', 'kodebarang', 'kodeproduk', 'code', 'itemcode', 'productcode'],
  barcode: ['barcode', 'kodebatang', 'ean', 'ean13', 'gtin'],
  category: ['kategori', 'jenis', 'category'],
  workshop: ['kegiatankerja', 'kegiatan', 'bengkel', 'bengkelkerja', 'workshop', 'maker'],
  unit: ['satuan', 'unit', 'uom'],
  price: ['harga', 'hargajual', 'price', 'sellingprice', 'saleprice'],
  cost: ['hargapokok', 'hpp', 'modal', 'hargamodal', 'hargabeli', 'cost', 'unitcost', 'costprice'],
  stock: ['stok', 'stokawal', 'jumlah', 'qty', 'kuantitas', 'stock', 'openingstock', 'quantity'],
  active: ['aktif', 'status', 'active'],
}

const normalize = (header: string) =>
  header
    .toLowerCase()
    .replace(/\((rp|idr)\)/g, '')
    .replace(/[^a-z0-9]/g, '')

const lookup = new Map<string, ImportField>(
  Object.entries(aliases).flatMap(([field, names]) =>
    names.map((name) => [name, field as ImportField] as const),
  ),
)

/** Each header's field (null when unknown or a repeat of a field already mapped). */
export function mapHeaders(headers: string[]): Array<ImportField | null> {
  const seen = new Set<ImportField>()
  return headers.map((header) => {
    const field = lookup.get(normalize(header)) ?? null
    if (!field || seen.has(field)) return null
    seen.add(field)
    return field
  })
}

/** The template's headers in each language (the first alias is what we write). */
export const templateHeaders = {
  id: [
    'Nama',
    'SKU',
    'Barcode',
    'Kategori',
    'Kegiatan kerja',
    'Satuan',
    'Harga jual',
    'Harga pokok',
    'Stok awal',
  ],
  en: ['Name', 'SKU', 'Barcode', 'Category', 'Workshop', 'Unit', 'Price', 'Cost', 'Opening stock'],
} as const
