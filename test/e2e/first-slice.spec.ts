import type { Locator } from '@playwright/test'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { hardwareScan } from './support/scanner'
// The shared screen helper, under the name this spec's steps use.
import { goToScreen as openScreen, stockIntake } from './support/screens'

// The foundation's slice, entirely through the real UI: a stock clerk records a product and
// receives it, a cashier sells it by scanning, takes cash, gives change, and stock goes down.

const field = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true })

const product = {
  name: 'Gantungan Kunci Getah Nyatu Mandau',
  sku: 'GN-SLICE',
  barcode: '2090000000993',
}

test('create a product → receive 10 → scan 3 → pay cash with change → receipt → stock shows 7', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  await openApp({ demo: 'decline' })

  await openScreen(page, 'Produk')
  await page.getByRole('button', { name: 'Produk baru' }).click()
  const form = page.getByRole('dialog', { name: 'Produk baru' })
  await field(form, 'Nama produk').fill(product.name)
  await field(form, 'SKU').fill(product.sku)
  await field(form, 'Barcode').fill(product.barcode)
  await field(form, 'Harga jual').fill('15000')
  await field(form, 'Harga pokok').fill('6000')
  await field(form, 'Harga pokok').press('Enter')
  await expect(form).toBeHidden()

  await openScreen(page, 'Stok')
  const intake = await stockIntake.receive(page, product.name, 10)
  await expect(
    intake.getByRole('row', { name: new RegExp(`${product.name}.*10 pcs`) }),
  ).toBeVisible()
  // Escape: a notification may cover the dialog's close button.
  await page.keyboard.press('Escape')
  await expect(intake).toBeHidden()

  await openScreen(page, 'Kasir')
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  const quantity = page
    .getByRole('table', { name: 'Keranjang' })
    .getByRole('textbox', { name: `Jumlah ${product.name}` })
  for (const expected of ['1', '2', '3']) {
    // A keyboard-wedge scanner: fast keys ending in Enter, with focus anywhere on the till.
    await hardwareScan(page, product.barcode)
    await expect(quantity).toHaveValue(expected)
  }
  await page.keyboard.press('F4')
  await page.keyboard.type('50000')
  await page.keyboard.press('F12')

  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt.getByRole('row', { name: 'TOTAL Rp 45.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Kembali Rp 5.000' })).toBeVisible()
  await receipt.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()

  await openScreen(page, 'Stok')
  const row = page
    .getByRole('table', { name: 'Stok per produk' })
    .getByRole('row', { name: new RegExp(product.name) })
  await expect(row.getByRole('cell', { name: '7 pcs' })).toBeVisible()
  const [found] = await apiCall(web, 'catalog:search', { query: product.sku })
  expect(found?.onHand).toBe(7)
})
