import type { Locator, Page } from '@playwright/test'
import type { InputOf } from '../../shared/contract'
import { expect, test } from './support/fixtures'
// The shared screen helper, under the name this spec's steps use.
import { goToScreen as openScreen, stockIntake } from './support/screens'
import type { WebApp } from './support/web-app'

async function createThroughApi(web: WebApp, input: InputOf<'catalog:create'>) {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/catalog:create`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(input),
  })
  expect(((await res.json()) as { ok: boolean }).ok).toBe(true)
}

async function productCount(web: WebApp): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${web.port}/api/catalog:search`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify({ query: '', includeInactive: true }),
  })
  return ((await res.json()) as { data: unknown[] }).data.length
}

/** Inputs by their accessible name: a label's required-asterisk is aria-hidden, not part of it. */
const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true })
const picker = (scope: Locator, name: string) => scope.getByRole('combobox', { name, exact: true })

const productRows = (page: Page) =>
  page.getByRole('table', { name: 'Daftar produk' }).locator('tbody tr')

const first = {
  name: 'Gantungan Kunci Getah Nyatu Enggang',
  sku: 'GN-101',
  barcode: '8991234500012',
}

test('an empty catalogue: category, workshop and product from the form, then production intake', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  await openScreen(page, 'Produk')
  await expect(page.getByText('Belum ada produk.', { exact: false })).toBeVisible()

  await page.getByRole('button', { name: 'Produk baru' }).click()
  const form = page.getByRole('dialog', { name: 'Produk baru' })
  await field(form, 'Nama produk').fill(first.name)
  await field(form, 'SKU').fill(first.sku)
  await field(form, 'Barcode').fill(first.barcode)

  // Nothing to pick yet on an empty database: both lists grow from inside the form.
  await form.getByRole('button', { name: 'Tambah kategori' }).click()
  await field(form, 'Nama kategori baru').fill('Gantungan Kunci')
  await field(form, 'Nama kategori baru').press('Enter')
  await expect(picker(form, 'Kategori')).toHaveValue('Gantungan Kunci')
  await expect(form).toBeVisible()

  await form.getByRole('button', { name: 'Tambah kegiatan kerja' }).click()
  await field(form, 'Nama kegiatan kerja baru').fill('Getah Nyatu')
  await form.getByRole('button', { name: 'Tambah', exact: true }).click()
  await expect(picker(form, 'Kegiatan kerja')).toHaveValue('Getah Nyatu')

  await field(form, 'Harga jual').fill('15000')
  await expect(field(form, 'Harga jual')).toHaveValue('Rp 15.000')
  await field(form, 'Harga pokok').fill('6000')
  // Enter submits the form.
  await field(form, 'Harga pokok').press('Enter')

  await expect(page.getByText(`Produk “${first.name}” ditambahkan.`)).toBeVisible()
  await expect(form).toBeHidden()
  const row = page.getByRole('row', { name: new RegExp(first.name) })
  await expect(row).toContainText(first.sku)
  await expect(row).toContainText(first.barcode)
  await expect(row).toContainText('Gantungan Kunci')
  await expect(row).toContainText('Getah Nyatu')
  await expect(row).toContainText('Rp 15.000')
  await expect(row).toContainText('Rp 6.000')
  await expect(row).toContainText('Aktif')

  // Production intake through the Stok screen.
  await openScreen(page, 'Stok')
  const stock = page.getByRole('table', { name: 'Stok per produk' })
  await expect(stock.getByRole('row', { name: new RegExp(first.name) })).toContainText('0 pcs')
  await page.getByRole('button', { name: `Terima stok ${first.name}` }).click()
  const intake = stockIntake.form(page)
  const line = intake.getByRole('table', { name: 'Baris dokumen' })
  await expect(line).toContainText(first.name)
  await expect(line.getByRole('textbox', { name: `Harga pokok ${first.name}` })).toHaveValue(
    'Rp 6.000',
  )
  await expect(picker(intake, 'Kegiatan kerja')).toHaveValue('Getah Nyatu')
  await line.getByRole('textbox', { name: `Jumlah ${first.name}` }).fill('10')
  await intake.getByRole('button', { name: 'Posting dokumen' }).click()

  const posted = stockIntake.posted(page)
  await expect(posted.getByRole('row', { name: new RegExp(`${first.name}.*10 pcs`) })).toBeVisible()
  // Escape: a notification may cover the dialog's close button.
  await page.keyboard.press('Escape')
  await expect(posted).toBeHidden()
  await expect(intake).toBeHidden()
  const stockRow = stock.getByRole('row', { name: new RegExp(first.name) })
  await expect(stockRow.getByRole('cell', { name: '10 pcs' })).toBeVisible()
  await expect(stockRow).toContainText('Rp 60.000')
  await expect(page.getByTestId('stock-total-value')).toHaveText('Rp 60.000')

  // The product list shows the same on-hand.
  await openScreen(page, 'Produk')
  await expect(page.getByRole('row', { name: new RegExp(first.name) })).toContainText('10 pcs')
})

test('the top Terima stok button picks the product by search', async ({ page, openApp, web }) => {
  await createThroughApi(web, {
    ...first,
    categoryId: null,
    workshopId: null,
    unit: 'pcs',
    price: 15000,
    cost: 6000,
    active: true,
  })
  await openApp({ demo: 'decline' })
  await openScreen(page, 'Stok')
  await page.getByRole('button', { name: 'Terima stok', exact: true }).click()
  const intake = stockIntake.form(page)
  await intake.getByRole('button', { name: 'Posting dokumen' }).click()
  await expect(intake.getByText('Tambahkan minimal satu baris.')).toBeVisible()

  await picker(intake, 'Tambah produk').fill('GN-101')
  await page.getByRole('option', { name: `${first.name} · ${first.sku}` }).click()
  const line = intake.getByRole('table', { name: 'Baris dokumen' })
  await expect(line.getByRole('textbox', { name: `Harga pokok ${first.name}` })).toHaveValue(
    'Rp 6.000',
  )
  await line.getByRole('textbox', { name: `Jumlah ${first.name}` }).fill('4')
  await field(intake, 'Catatan').fill('BA serah terima 12/2026')
  await intake.getByRole('button', { name: 'Posting dokumen' }).click()
  const posted = stockIntake.posted(page)
  await expect(posted).toContainText('BA serah terima 12/2026')
  await expect(posted.getByRole('row', { name: new RegExp(`${first.name}.*4 pcs`) })).toBeVisible()
})

test('a duplicate barcode is refused next to the Barcode field and nothing is saved', async ({
  page,
  openApp,
  web,
}) => {
  await createThroughApi(web, {
    ...first,
    categoryId: null,
    workshopId: null,
    unit: 'pcs',
    price: 15000,
    cost: 6000,
    active: true,
  })
  await openApp({ demo: 'decline' })
  await openScreen(page, 'Produk')
  await expect(productRows(page)).toHaveCount(1)

  await page.getByRole('button', { name: 'Produk baru' }).click()
  const form = page.getByRole('dialog', { name: 'Produk baru' })
  await field(form, 'Nama produk').fill('Gantungan Kunci Getah Nyatu Mandau')
  await field(form, 'SKU').fill('GN-102')
  await field(form, 'Barcode').fill(first.barcode)
  await field(form, 'Harga jual').fill('15000')
  await field(form, 'Harga pokok').fill('6000')
  await form.getByRole('button', { name: 'Simpan' }).click()

  const barcode = field(form, 'Barcode')
  await expect(barcode).toHaveAttribute('aria-invalid', 'true')
  await expect(barcode).toHaveAccessibleDescription(/Barcode ini sudah dipakai produk lain\./)
  await expect(field(form, 'SKU')).not.toHaveAttribute('aria-invalid', 'true')
  await expect(form).toBeVisible()

  await form.getByRole('button', { name: 'Batal' }).click()
  await expect(form).toBeHidden()
  await expect(productRows(page)).toHaveCount(1)
  expect(await productCount(web)).toBe(1)
})

test('an empty name and a negative price are explained next to their fields', async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  await openScreen(page, 'Produk')
  await page.getByRole('button', { name: 'Produk baru' }).click()
  const form = page.getByRole('dialog', { name: 'Produk baru' })
  await field(form, 'SKU').fill('GN-103')
  await field(form, 'Harga jual').fill('-5000')
  await field(form, 'Harga pokok').fill('2000')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(field(form, 'Nama produk')).toHaveAccessibleDescription('Nama produk wajib diisi.')

  await field(form, 'Nama produk').fill('Anyaman Rotan')
  await form.getByRole('button', { name: 'Simpan' }).click()
  // The main process is the authority on prices; its message arrives in Indonesian.
  await expect(field(form, 'Harga jual')).toHaveAccessibleDescription('Nilai minimal 0.')
  await expect(field(form, 'Nama produk')).not.toHaveAttribute('aria-invalid', 'true')

  await field(form, 'Harga jual').fill('25000')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  expect(await productCount(web)).toBe(1)
})

test('search, edit and deactivate a product of the demo catalogue', async ({ page, openApp }) => {
  await openApp({ demo: 'accept' })
  await openScreen(page, 'Produk')
  await expect(productRows(page).first()).toBeVisible()
  const all = await productRows(page).count()
  expect(all).toBeGreaterThan(5)

  await page.getByLabel('Cari produk').fill('Mandau')
  await expect(productRows(page)).not.toHaveCount(all)
  const name = (await productRows(page).first().locator('td').first().textContent()) ?? ''
  expect(name).toContain('Mandau')

  await page.getByRole('button', { name: `Ubah ${name}` }).click()
  const form = page.getByRole('dialog', { name: 'Ubah produk' })
  await expect(field(form, 'Nama produk')).toHaveValue(name)
  await field(form, 'Harga jual').fill('99000')
  await form.getByRole('switch', { name: 'Aktif' }).uncheck()
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByText(`Perubahan “${name}” disimpan.`)).toBeVisible()

  // Inactive products leave the list until asked for.
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(0)
  await page.getByRole('switch', { name: 'Tampilkan produk nonaktif' }).check()
  const row = page.getByRole('row', { name: new RegExp(name) })
  await expect(row).toContainText('Rp 99.000')
  await expect(row).toContainText('Nonaktif')
})
