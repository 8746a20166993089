import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { apiCall } from './api'
import type { WebApp } from './web-app'

// Every e2e server starts on an empty data folder, where main answers nothing but the wizard.
// Specs that are not about the wizard pass it here in one step, the way the wizard's step 4
// does: the shop, till KSG1 and the admin "Admin" with a PIN, who is then signed in.

interface DemoProduct {
  name: string
  sku: string
  barcode: string
  workshop: string
  category: string
  unit: string
  price: number
  cost: number
  openingStock: number
}
// Read as a file: Playwright loads specs as ES modules, where JSON needs an import attribute.
const demoCatalog = JSON.parse(
  readFileSync(join(process.cwd(), 'resources', 'demo-catalog.json'), 'utf8'),
) as { products: DemoProduct[] }

export const E2E_ADMIN = { name: 'Admin', pin: '135790' }

export async function completeSetup(web: WebApp): Promise<void> {
  await apiCall(web, 'setup:complete', {
    locale: 'id',
    shop: {
      name: 'Galeri Lapas Narkotika Kasongan',
      address: 'Jl. Tjilik Riwut Km. 5\nKasongan, Katingan, Kalteng',
      phone: '0536 123456',
      npwp: '',
      receiptHeader: [],
      receiptFooter: ['Terima kasih', 'Hasil karya warga binaan'],
    },
    till: { code: 'KSG1', kind: 'showroom' },
    admin: E2E_ADMIN,
  })
}

/**
 * The demo catalogue as the specs know it (GN-001…, opening stock), loaded through the
 * catalogue import: the demo itself is refused in the real books, only training loads it.
 */
export async function importDemoCatalogue(web: WebApp): Promise<void> {
  const rows = demoCatalog.products.map((p) =>
    [
      p.name,
      p.sku,
      p.barcode,
      p.category,
      p.workshop,
      p.unit,
      p.price,
      p.cost,
      p.openingStock,
    ].join(';'),
  )
  const csv = [
    'Nama;SKU;Barcode;Kategori;Kegiatan kerja;Satuan;Harga jual;Harga pokok;Stok awal',
    ...rows,
  ].join('\r\n')
  const file = {
    filename: 'katalog-contoh.csv',
    base64: Buffer.from(csv, 'utf8').toString('base64'),
  }
  const preview = await apiCall(web, 'import:preview', file)
  await apiCall(web, 'import:confirm', { ...file, fileHash: preview.fileHash })
}
