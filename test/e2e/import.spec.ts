import { expect, test } from './support/fixtures'

/** Indonesian Excel's "CSV UTF-8": BOM, `;`, `Rp` and dotted thousands. */
const csv = (price: string) =>
  Buffer.from(
    [
      '\uFEFFNama;SKU;Barcode;Kategori;Kegiatan kerja;Satuan;Harga jual;Harga pokok;Stok awal',
      'Gantungan Kunci Getah Nyatu Enggang;GN-201;8991234500111;Gantungan Kunci;Getah Nyatu;pcs;Rp 15.000;6.000;1.500',
      `Tas Anyaman Rotan;AN-202;;Anyaman;Anyaman Rotan;buah;${price};Rp 120.000;3`,
    ].join('\r\n'),
    'utf8',
  )

test('import a CSV: a row error in the preview, fix the file, confirm, products listed', async ({
  page,
  openApp,
}) => {
  test.setTimeout(240_000)
  await openApp({ demo: 'decline' })
  await page.getByRole('navigation').getByRole('link', { name: 'Produk' }).click()
  await page.getByRole('button', { name: 'Impor CSV/Excel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Impor produk dan stok awal' })
  const chooser = dialog.locator('input[type="file"]')

  await chooser.setInputFiles({ name: 'katalog.csv', mimeType: 'text/csv', buffer: csv('250rb') })
  await expect(dialog.getByText('1 dari 2 baris bermasalah')).toBeVisible()
  const preview = dialog.getByRole('table', { name: 'Pratinjau impor' })
  await expect(preview.getByRole('row', { name: /AN-202/ })).toContainText(
    'Harga jual: Bukan angka bulat yang valid: “250rb”.',
  )
  // All or nothing: with a bad row the button promises no products, it names what to fix.
  await expect(
    dialog.getByRole('button', { name: 'Perbaiki 1 baris untuk mengimpor' }),
  ).toBeDisabled()
  await expect(dialog.getByRole('button', { name: /^Impor \d+ produk$/ })).toHaveCount(0)

  // The user fixes the spreadsheet and chooses it again.
  await chooser.setInputFiles({
    name: 'katalog.csv',
    mimeType: 'text/csv',
    buffer: csv('Rp 250.000'),
  })
  await expect(dialog.getByText('Siap diimpor')).toBeVisible()
  await expect(dialog.getByText(/stok awal 1\.503 unit/)).toBeVisible()
  await expect(preview.getByRole('row', { name: /AN-202/ })).toContainText('Rp 250.000')
  const confirm = dialog.getByRole('button', { name: 'Impor 2 produk' })
  await expect(confirm).toBeEnabled()
  await confirm.click()

  await expect(page.getByText('2 produk diimpor.')).toBeVisible()
  await expect(dialog).toBeHidden()
  const products = page.getByRole('table', { name: 'Daftar produk' })
  const keychain = products.getByRole('row', { name: /Gantungan Kunci Getah Nyatu Enggang/ })
  await expect(keychain).toContainText('GN-201')
  await expect(keychain).toContainText('Rp 15.000')
  await expect(keychain).toContainText('1.500')
  await expect(products.getByRole('row', { name: /Tas Anyaman Rotan/ })).toContainText('Rp 250.000')
})
