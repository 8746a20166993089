import type { Page } from '@playwright/test'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen, openSettingsTab, stockIntake } from './support/screens'
import type { WebApp } from './support/web-app'

// What a new stock clerk and supervisor tripped over on the Stok, Laporan and Pengaturan
// screens (issue 15, "Catalogue and stock" and "Reports and documents").

async function product(web: WebApp, name: string, sku: string, cost = 6000) {
  return apiCall(web, 'catalog:create', {
    name,
    sku,
    barcode: null,
    categoryId: null,
    unit: 'pcs',
    price: 15000,
    cost,
    workshopId: null,
    active: true,
  })
}

async function stokTab(page: Page, name: string) {
  await page.getByRole('tablist', { name: 'Bagian stok' }).getByRole('tab', { name }).click()
}

test('every intake is a numbered document: one form, distinct titles, no document-less path', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  const enggang = await product(web, 'Gantungan Kunci Getah Nyatu Enggang', 'GN-E1')
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Stok')

  // The top "Terima stok" and the Dokumen tab's intake open the same document form.
  await page.getByRole('button', { name: 'Terima stok', exact: true }).click()
  const form = stockIntake.form(page)
  await expect(form.getByRole('combobox', { name: 'Jenis dokumen' })).toHaveValue(
    'Penerimaan hasil produksi',
  )
  await form.getByRole('button', { name: 'Batal' }).click()
  await expect(form).toBeHidden()
  await stokTab(page, 'Penerimaan & pengeluaran')
  await page.getByRole('button', { name: 'Dokumen lain' }).click()
  const other = page.getByRole('dialog', { name: 'Dokumen stok baru' })
  await expect(other).toBeVisible()
  await expect(stockIntake.form(page)).toHaveCount(0)
  await other.getByRole('button', { name: 'Batal' }).click()

  // A row's "Terima stok" posts a PHP- document and offers its labels.
  await stokTab(page, 'Stok')
  const posted = await stockIntake.receive(page, enggang.name, 4)
  await expect(posted.getByText(/PHP-\S+ sudah diposting\. Cetak label/)).toBeVisible()
  await expect(posted.getByRole('button', { name: 'Cetak 4 label' })).toBeVisible()
  const docNo = (await posted.getByRole('heading').innerText()).match(/PHP-\S+/)?.[0]
  // The series names this till (issue 14): PHP-KSG1-2026-0001.
  expect(docNo).toMatch(/^PHP-KSG1-\d{4}-0001$/)
  // Escape: a notification may cover the dialog's close button.
  await page.keyboard.press('Escape')
  await expect(posted).toBeHidden()

  // The stock card names the document.
  await page.getByRole('button', { name: `Kartu stok ${enggang.name}` }).click()
  const card = page.getByRole('table', { name: `Pergerakan stok ${enggang.name}` })
  await expect(card.getByRole('row', { name: new RegExp(docNo!) })).toBeVisible()

  // The document-less channel is gone from main, not just from the screen.
  const refused = await fetch(`http://127.0.0.1:${web.port}/api/stock:receive`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify({ productId: enggang.id, qty: 1 }),
  })
  const body = (await refused.json().catch(() => ({ ok: false }))) as { ok: boolean }
  expect(body.ok).toBe(false)
  expect((await apiCall(web, 'catalog:get', { id: enggang.id })).onHand).toBe(4)
})

test('Nilai stok keeps the value of goods in transit', async ({ page, web, openApp }) => {
  const patung = await product(web, 'Patung Orangutan Getah Nyatu', 'GN-P1', 6000)
  await receiveStock(viaApi(web), { productId: patung.id, qty: 10 })
  const locations = await apiCall(web, 'stock:locations', {})
  const galeri = locations.find((l) => l.name === 'Galeri')!.id
  const gudang = locations.find((l) => l.name === 'Gudang')!.id
  const draft = await apiCall(web, 'stock:saveTransfer', {
    fromId: galeri,
    toId: gudang,
    lines: [{ productId: patung.id, qty: 4 }],
  })
  await apiCall(web, 'stock:sendTransfer', { id: draft.id })
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Stok')
  await expect(page.getByTestId('stock-total-in-transit')).toHaveText('4')
  await expect(page.getByTestId('stock-total-value')).toHaveText('Rp 60.000')
  await expect(page.getByTestId('stock-total-value-note')).toHaveText(
    'termasuk Rp 24.000 dalam perjalanan',
  )
})

test('long product names on Stok at 1366 px: similar keychains told apart, full name on hover', async ({
  page,
  web,
  openApp,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  const motifs = ['Burung Enggang', 'Mandau', 'Perisai Dayak', 'Rumah Betang', 'Orangutan']
  const names = motifs.map(
    (motif) => `Gantungan Kunci Getah Nyatu Khas Kalimantan Tengah Ukiran Tangan Motif ${motif}`,
  )
  for (const [i, name] of names.entries()) await product(web, name, `GN-L${i}`)
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Stok')
  const table = page.getByRole('table', { name: 'Stok per produk' })
  for (const name of names) {
    const cell = table
      .getByRole('row', { name: new RegExp(name) })
      .getByTestId('stock-product-name')
    // Nothing of the name is clipped, so the motif at its end shows.
    const clipped = await cell.evaluate((el) => el.scrollHeight > el.clientHeight + 1)
    expect(clipped, name).toBe(false)
  }
  await table
    .getByRole('row', { name: new RegExp(names[2]!) })
    .getByTestId('stock-product-name')
    .hover()
  await expect(page.getByRole('tooltip')).toHaveText(names[2]!)
  await page.screenshot({ path: test.info().outputPath('stok-1366-id.png') })
})

test('closed exhibitions stay in the Laporan and Hasil kerja location filters', async ({
  page,
  web,
  openApp,
}) => {
  const expo = await apiCall(web, 'stock:saveExhibition', {
    name: 'Expo Kalteng',
    place: 'Palangka Raya',
    startsOn: '2026-11-01',
    endsOn: '2026-11-03',
  })
  const galeri = (await apiCall(web, 'stock:locations', {})).find((l) => l.name === 'Galeri')!
  await apiCall(web, 'stock:closeExhibition', {
    locationId: expo.id,
    returnToId: galeri.id,
    lines: [],
  })
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Laporan')
  for (const tab of ['Penjualan', 'Hasil kerja']) {
    await page.getByRole('tab', { name: tab, exact: true }).click()
    await page.getByRole('combobox', { name: 'Lokasi / pameran' }).click()
    await expect(page.getByRole('option', { name: 'Expo Kalteng (ditutup)' })).toBeVisible()
    await page.keyboard.press('Escape')
  }
})

test('split rules: percent with a decimal comma, and the form starts over after saving', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Laporan')
  await page.getByRole('tab', { name: 'Aturan pembagian' }).click()
  await page.getByLabel('Premi (%)').fill('33,33')
  await page.getByLabel('PNBP (%)').fill('33,33')
  await page.getByLabel('Modal (%)').fill('33,34')
  await page.getByLabel('Catatan').fill('Uji koma')
  await expect(page.getByText('Jumlah: 100 %')).toBeVisible()
  await page.getByRole('button', { name: 'Simpan versi baru' }).click()
  const rules = page.getByRole('table', { name: 'Versi aturan pembagian' })
  await expect(rules.getByRole('row', { name: /33,33 %.*33,33 %.*33,34 %/ })).toBeVisible()
  await expect(page.getByLabel('Premi (%)')).toHaveValue('50 %')
  await expect(page.getByLabel('Catatan')).toHaveValue('')
})

test('Pengaturan → Umum lists nothing as "coming soon"', async ({ page, openApp }) => {
  await openApp({ demo: 'decline' })
  await openSettingsTab(page, 'Umum')
  await expect(page.getByRole('heading', { name: 'Bahasa' })).toBeVisible()
  await expect(page.getByText('Segera hadir')).toHaveCount(0)
  await expect(page.getByText('Printer struk dan label')).toHaveCount(0)
})

test('barcodes for an imported catalogue: offered in the preview and on Produk, shown at once', async ({
  page,
  web,
  openApp,
}) => {
  test.setTimeout(240_000)
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Produk')
  await page.getByRole('button', { name: 'Impor CSV/Excel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Impor produk dan stok awal' })
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'katalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Nama;SKU;Barcode;Harga jual;Harga pokok',
        'Gantungan Kunci Getah Nyatu Mandau;GN-301;;15.000;6.000',
        'Gantungan Kunci Getah Nyatu Enggang;GN-302;;15.000;6.000',
      ].join('\r\n'),
      'utf8',
    ),
  })
  const offer = dialog.getByRole('checkbox', {
    name: 'Buat barcode toko untuk 2 produk tanpa barcode',
  })
  await expect(offer).toBeChecked()
  await dialog.getByRole('button', { name: 'Impor 2 produk' }).click()
  await expect(dialog).toBeHidden()
  const list = page.getByRole('table', { name: 'Daftar produk' })
  for (const sku of ['GN-301', 'GN-302']) {
    await expect(list.getByRole('row', { name: new RegExp(sku) })).toContainText(/2\d{12}/)
  }

  // A product added later without a barcode: the Produk screen offers the same.
  await product(web, 'Patung Orangutan Getah Nyatu', 'GN-303')
  await page.reload()
  const make = page.getByRole('button', { name: 'Buat barcode toko (1 produk tanpa barcode)' })
  await make.click()
  await expect(list.getByRole('row', { name: /GN-303/ })).toContainText(/2\d{12}/)
  await expect(make).toBeHidden()
})

test('"make barcodes for all" in the label dialog shows them in the list behind at once', async ({
  page,
  web,
  openApp,
}) => {
  await product(web, 'Asbak Kayu Ukir', 'KY-401')
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Produk')
  const list = page.getByRole('table', { name: 'Daftar produk' })
  const row = list.getByRole('row', { name: /KY-401/ })
  await expect(row).not.toContainText(/2\d{12}/)
  await row.getByRole('checkbox').check()
  await page.getByRole('button', { name: 'Cetak label (1 produk)' }).click()
  const labels = page.getByRole('dialog', { name: 'Cetak label' })
  await labels
    .getByRole('button', { name: 'Buat barcode toko untuk semua yang belum punya' })
    .click()
  await labels.getByRole('button', { name: 'Tutup' }).click()
  await expect(row).toContainText(/2\d{12}/)
})

test('the till switches where it sells from on the till screen itself', async ({
  page,
  web,
  openApp,
}) => {
  await apiCall(web, 'stock:saveExhibition', {
    name: 'Expo Kalteng',
    place: 'Palangka Raya',
    startsOn: '2026-11-01',
    endsOn: '2026-12-31',
  })
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Kasir')
  await page.getByRole('button', { name: 'Lokasi: Galeri — ganti lokasi jual' }).click()
  await page.getByRole('menuitem', { name: 'Expo Kalteng' }).click()
  await expect(
    page.getByRole('button', { name: 'Lokasi: Expo Kalteng — ganti lokasi jual' }),
  ).toBeVisible()
  expect((await apiCall(web, 'till:settings', {})).locationName).toBe('Expo Kalteng')
})
