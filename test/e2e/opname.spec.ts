import type { InputOf } from '../../shared/contract'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { hardwareScan } from './support/scanner'

const product = (name: string, sku: string, barcode: string): InputOf<'catalog:create'> => ({
  name,
  sku,
  barcode,
  categoryId: null,
  unit: 'pcs',
  price: 15000,
  cost: 6000,
  workshopId: null,
  active: true,
})

test('a blind count by scanning, with one variance, reviewed and posted', async ({
  page,
  web,
  openApp,
}) => {
  const enggang = await apiCall(
    web,
    'catalog:create',
    product('Gantungan Kunci Enggang', 'GN-101', '8991234500012'),
  )
  const mandau = await apiCall(
    web,
    'catalog:create',
    product('Gantungan Kunci Mandau', 'GN-102', '8991234500029'),
  )
  await receiveStock(viaApi(web), { productId: enggang.id, qty: 3 })
  await receiveStock(viaApi(web), { productId: mandau.id, qty: 2 })
  // Many round trips on a shared, busy build machine.
  test.setTimeout(240_000)
  await openApp({ demo: 'decline' })

  await page.getByRole('navigation').getByRole('link', { name: 'Stock opname' }).click()
  await page.getByRole('button', { name: 'Stock opname baru' }).click()
  const form = page.getByRole('dialog', { name: 'Stock opname baru' })
  await form.getByRole('combobox', { name: 'Penanggung jawab' }).fill('Budi Santoso')
  await form.getByRole('combobox', { name: 'Saksi' }).fill('Siti Aminah')
  await form.getByRole('button', { name: 'Buat dokumen' }).click()
  await expect(page.getByRole('heading', { name: /Stock opname OPN-KSG1-\d{8}-001/ })).toBeVisible()

  await page.getByRole('button', { name: 'Mulai menghitung' }).click()
  await page.getByRole('textbox', { name: 'Area atau nama penghitung' }).fill('Rak A')
  await page.getByRole('button', { name: 'Mulai sesi' }).click()
  await expect(page.getByText('Sesi: Rak A')).toBeVisible()

  // Blind: nothing on screen says how many the system expects.
  const feedback = page.getByRole('status', { name: 'Hasil pindaian terakhir' })
  for (let i = 1; i <= 3; i++) {
    await hardwareScan(page, '8991234500012')
    await expect(feedback).toContainText('Gantungan Kunci Enggang')
    await expect(feedback.getByLabel('Jumlah terhitung sekarang')).toHaveText(String(i))
  }
  // A slip: one Mandau too many, taken back with undo.
  await hardwareScan(page, '8991234500029')
  await expect(feedback.getByLabel('Jumlah terhitung sekarang')).toHaveText('1')
  await hardwareScan(page, '8991234500029')
  await expect(feedback.getByLabel('Jumlah terhitung sekarang')).toHaveText('2')
  await page.getByRole('button', { name: 'Batalkan: Gantungan Kunci Mandau' }).click()
  await expect(feedback).toContainText('Dibatalkan')
  await expect(feedback.getByLabel('Jumlah terhitung sekarang')).toHaveText('1')
  // An unknown code is refused loudly and counts nothing.
  await hardwareScan(page, '8990000000000')
  await expect(feedback).toContainText('Barcode 8990000000000 tidak dikenal.')

  const counted = page.getByRole('table', { name: 'Barang yang sudah dihitung' })
  await expect(counted.getByRole('row', { name: /Enggang/ })).toContainText('3 pcs')
  await expect(counted.getByRole('row', { name: /Mandau/ })).toContainText('1 pcs')
  await expect(counted).not.toContainText('Sistem')

  await page.getByRole('button', { name: 'Selesai menghitung — tinjau' }).click()
  await expect(page.getByText('TINJAUAN', { exact: false }).first()).toBeVisible()
  const results = page.getByRole('table', { name: 'Hasil hitung' })
  const mandauRow = results.getByRole('row', { name: /Mandau/ })
  await expect(mandauRow).toContainText('2')
  await expect(mandauRow).toContainText('-1')
  await expect(mandauRow).toContainText('-Rp 6.000')
  // The matching line is tucked away until asked for.
  await expect(results.getByRole('row', { name: /Enggang/ })).toHaveCount(0)

  await page.getByRole('button', { name: 'Posting penyesuaian' }).click()
  await page
    .getByRole('dialog', { name: 'Posting stock opname' })
    .getByRole('button', { name: 'Posting sekarang' })
    .click()
  await expect(page.getByText(/Stock opname OPN-KSG1-\d{8}-001 diposting/)).toBeVisible()
  await expect(page.getByText('DIPOSTING', { exact: false }).first()).toBeVisible()
  await expect(page.getByRole('button', { name: 'Posting penyesuaian' })).toHaveCount(0)

  // Stock changed by the variance only.
  expect((await apiCall(web, 'catalog:get', { id: mandau.id })).onHand).toBe(1)
  expect((await apiCall(web, 'catalog:get', { id: enggang.id })).onHand).toBe(3)
  await page.getByRole('navigation').getByRole('link', { name: 'Produk' }).click()
  await expect(
    page.getByRole('table', { name: 'Daftar produk' }).getByRole('row', { name: /Mandau/ }),
  ).toContainText('1 pcs')
})
