import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { hardwareScan, scanInto } from './support/scanner'
import { goToScreen, stockIntake } from './support/screens'

// The exhibition round trip through the real UI: a production intake, a transfer to a new
// exhibition received there by scanning, a sale at the exhibition's till, and the closing
// count with one unit missing — then the report's numbers on screen.

const asbak = { name: 'Asbak Kayu Ukir', barcode: '2090000000085' }

test('intake → transfer to an exhibition → receive → sell there → close with a variance → report', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  await openApp({ demo: 'accept' })
  await goToScreen(page, 'Stok')
  const tabs = page.getByRole('tablist', { name: 'Bagian stok' })

  // Penerimaan hasil produksi: 5 more ashtrays into the showroom, by scanning.
  await tabs.getByRole('tab', { name: 'Penerimaan & pengeluaran' }).click()
  await page.getByRole('button', { name: 'Penerimaan hasil produksi', exact: true }).click()
  const intake = stockIntake.form(page)
  await intake.getByRole('textbox', { name: 'Batch' }).fill('B-E2E')
  await scanInto(
    intake.getByRole('textbox', { name: 'Pindai barcode atau ketik SKU' }),
    asbak.barcode,
    5,
  )
  await expect(intake.getByRole('textbox', { name: `Jumlah ${asbak.name}` })).toHaveValue('5')
  await intake.getByRole('button', { name: 'Posting dokumen' }).click()
  const posted = page.getByRole('dialog', { name: /Penerimaan hasil produksi PHP-KSG1-\d{4}-0001/ })
  await expect(posted.getByText('B-E2E')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(posted).toBeHidden()

  // A new exhibition, and stock sent to it.
  await tabs.getByRole('tab', { name: 'Pameran' }).click()
  await page.getByRole('button', { name: 'Pameran baru' }).click()
  const exForm = page.getByRole('dialog', { name: 'Pameran baru' })
  await exForm.getByRole('textbox', { name: 'Nama pameran' }).fill('Expo Uji')
  await exForm.getByRole('textbox', { name: 'Tempat' }).fill('Palangka Raya')
  await exForm.getByRole('button', { name: 'Simpan' }).click()
  await page.getByRole('button', { name: 'Kirim stok ke Expo Uji' }).click()
  const transferForm = page.getByRole('dialog', { name: 'Transfer baru' })
  await expect(transferForm.getByRole('combobox', { name: 'Ke lokasi' })).toHaveValue('Expo Uji')
  await scanInto(
    transferForm.getByRole('textbox', { name: 'Pindai barcode atau ketik SKU' }),
    asbak.barcode,
    3,
  )
  await transferForm.getByRole('button', { name: 'Simpan draf' }).click()
  const drawer = page.getByRole('dialog', { name: /Transfer TRF-KSG1-\d{4}-0001/ })
  await drawer.getByRole('button', { name: 'Kirim (barang keluar)' }).click()
  await expect(drawer.getByText('Dalam perjalanan', { exact: true })).toBeVisible()

  // In transit: out of the showroom, not yet at the exhibition.
  const [inTransit] = (await apiCall(web, 'stock:levels', { query: 'KY-002' })).rows
  expect(inTransit).toMatchObject({ onHand: 12, inTransit: 3 })

  // Received at the exhibition by scanning each unit.
  await drawer.getByRole('button', { name: 'Terima di tujuan' }).click()
  const receive = page.getByRole('dialog', { name: /Terima TRF-/ })
  await scanInto(receive.getByRole('textbox', { name: 'Pindai barang' }), asbak.barcode, 3)
  await expect(receive.getByRole('status')).toHaveText(`+1 ${asbak.name} (3)`)
  await receive.getByRole('button', { name: 'Selesai terima' }).click()
  await expect(
    page
      .getByRole('dialog', { name: /Transfer TRF-/ })
      .getByRole('columnheader', { name: 'Diterima' }),
  ).toBeVisible()
  await page.keyboard.press('Escape')

  // The till sells from the exhibition.
  await goToScreen(page, 'Pengaturan')
  await page
    .getByRole('tablist', { name: 'Bagian pengaturan' })
    .getByRole('tab', { name: 'Kasir' })
    .click()
  await page.getByRole('combobox', { name: 'Kasir ini menjual dari' }).click()
  await page.getByRole('option', { name: 'Expo Uji' }).click()
  await expect(page.getByText('Kasir sekarang menjual dari Expo Uji.')).toBeVisible()
  await goToScreen(page, 'Kasir')
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await hardwareScan(page, asbak.barcode)
  await expect(
    page
      .getByRole('table', { name: 'Keranjang' })
      .getByRole('textbox', { name: `Jumlah ${asbak.name}` }),
  ).toHaveValue('1')
  await page.keyboard.press('F4')
  await page.keyboard.type('45000')
  await page.keyboard.press('F12')
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt.getByRole('row', { name: 'TOTAL Rp 45.000' })).toBeVisible()
  await receipt.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()

  // Closing: one comes back, one is missing.
  await goToScreen(page, 'Stok')
  await tabs.getByRole('tab', { name: 'Pameran' }).click()
  await page.getByRole('button', { name: 'Tutup pameran Expo Uji' }).click()
  const closing = page.getByRole('dialog', { name: 'Tutup pameran Expo Uji' })
  await scanInto(closing.getByRole('textbox', { name: 'Pindai barang' }), asbak.barcode, 1)
  await expect(closing.getByRole('textbox', { name: `Baik ${asbak.name}` })).toHaveValue('1')
  await closing.getByRole('button', { name: 'Tutup pameran' }).click()

  const report = page.getByRole('dialog', { name: 'Laporan pameran Expo Uji' })
  const table = report.getByRole('table', { name: 'Laporan per produk' })
  const row = table.getByRole('row', { name: new RegExp(asbak.name) })
  // sent, sold, sales, returned, damaged, missing, remaining, variance, variance value
  await expect(row.getByRole('cell')).toHaveText([
    /Asbak Kayu Ukir/,
    '3',
    '1',
    'Rp 45.000',
    '1',
    '0',
    '1',
    '0',
    '1',
    'Rp 45.000',
  ])
  await expect(table.getByRole('row', { name: /^Total/ })).toContainText('Rp 45.000')

  // The exhibition is closed: the till went back to the showroom, the goods came home.
  const [after] = (await apiCall(web, 'stock:levels', { query: 'KY-002' })).rows
  expect(after).toMatchObject({ onHand: 13, inTransit: 0 })
  expect((await apiCall(web, 'till:settings', {})).locationName).toBe('Galeri')
})
