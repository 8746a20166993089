import type { Page } from '@playwright/test'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { onHand, salesCount } from './support/arrange'
import { hardwareScan } from './support/scanner'
import { focusNothing, till } from './support/screens'
import { expect, test } from './support/fixtures'
import type { WebApp } from './support/web-app'

/**
 * The first slice of the till, through the UI: scan, quantity, cash, receipt, stock. The
 * Produk and Stok screens are built separately, so products and their stock are arranged
 * through the API and the outcome is checked there too.
 */

// Each test makes many UI round trips; on a loaded machine that outgrows the default minute.
test.describe.configure({ timeout: 120_000 })

const KEYCHAIN = {
  name: 'Gantungan Kunci Getah Nyatu Enggang',
  sku: 'GN-E2E-1',
  barcode: '8991234500017',
  price: 15_000,
}

async function stockedProduct(
  web: WebApp,
  fields: { name: string; sku: string; barcode: string; price: number },
  stock: number,
): Promise<ProductDto> {
  const product = await apiCall(web, 'catalog:create', {
    ...fields,
    categoryId: null,
    unit: 'pcs',
    cost: Math.round(fields.price / 2),
    workshopId: null,
    active: true,
  })
  if (stock > 0) await receiveStock(viaApi(web), { productId: product.id, qty: stock })
  return apiCall(web, 'catalog:get', { id: product.id })
}

const { cartTable, qtyOf, cartRows, searchBox, cashField } = till

test('first sale: scan three keychains, pay Rp 50.000 cash, receipt shows change; stock 10 → 7', async ({
  page,
  web,
  openApp,
}) => {
  const product = await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })

  await expect(page.getByText('Lokasi: Galeri')).toBeVisible()
  await expect(cartTable(page)).toBeVisible()
  await focusNothing(page)

  for (const expected of ['1', '2', '3']) {
    await hardwareScan(page, KEYCHAIN.barcode)
    await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue(expected)
  }
  await expect(cartRows(page)).toHaveCount(1)
  await expect(page.getByTestId('till-total')).toHaveText('Rp 45.000')

  await page.keyboard.press('F4')
  await expect(cashField(page)).toBeFocused()
  await page.keyboard.type('50.000')
  await expect(cashField(page)).toHaveValue('50.000')
  await expect(page.getByText('Kembalian', { exact: true })).toBeVisible()
  await page.keyboard.press('F12')

  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  const [sale] = await apiCall(web, 'sales:list', {})
  expect(sale).toBeDefined()
  await expect(receipt.getByRole('row', { name: `No. Struk ${sale!.receiptNo}` })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'TOTAL Rp 45.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Tunai Rp 50.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Kembali Rp 5.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Lokasi Galeri' })).toBeVisible()
  await expect(
    receipt.getByRole('row', { name: /^Tanggal \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/ }),
  ).toBeVisible()
  await expect(receipt.getByText('3 x Rp 15.000', { exact: true })).toBeVisible()

  expect(await onHand(web, product.id)).toBe(7)
  expect(sale!.total).toBe(45_000)

  // Enter presses the focused "Transaksi baru": an empty till, ready to scan the next customer.
  await expect(receipt.getByRole('button', { name: 'Transaksi baru (Enter)' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(receipt).toBeHidden()
  await expect(cartRows(page)).toHaveCount(0)
  await expect(page.getByText('Keranjang kosong')).toBeVisible()
  await expect(searchBox(page)).toBeFocused()
  await expect(page.getByTestId('till-total')).toHaveText('Rp 0')
  expect(await salesCount(web)).toBe(1)
})

test('an unknown barcode shows a clear message and leaves the cart as it was', async ({
  page,
  web,
  openApp,
}) => {
  await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })
  await focusNothing(page)
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('1')

  await hardwareScan(page, '99999999')
  await expect(page.getByRole('alert')).toHaveText('Barcode 99999999 tidak dikenal.')
  await expect(cartRows(page)).toHaveCount(1)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('1')
  await expect(page.getByTestId('till-total')).toHaveText('Rp 15.000')

  // The next good scan clears the message.
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('too little cash is refused with the shortfall, nothing is recorded and the cart stays', async ({
  page,
  web,
  openApp,
}) => {
  const product = await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })
  await focusNothing(page)
  for (let i = 0; i < 3; i++) await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('3')

  await page.keyboard.press('F4')
  // Typed as a person types (keys tens of ms apart): five digits and Enter within the
  // scanner's gaps are a scan of "40000", which is what the till must take them for.
  await page.keyboard.type('40000', { delay: 60 })
  await expect(cashField(page)).toHaveValue('40.000')
  await expect(page.getByText('Kurang', { exact: true })).toBeVisible()
  // Enter in the cash field pays, like F12.
  await page.keyboard.press('Enter')

  await expect(page.getByRole('alert')).toHaveText('Pembayaran kurang Rp 5.000.')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toHaveCount(0)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('3')
  await expect(cashField(page)).toHaveValue('40.000')
  expect(await onHand(web, product.id)).toBe(10)
  expect(await salesCount(web)).toBe(0)

  // Topping up the cash then goes through with the same cart.
  await page.getByRole('button', { name: 'Uang pas' }).click()
  await expect(cashField(page)).toHaveValue('45.000')
  await page.keyboard.press('F12')
  await expect(
    page.getByRole('dialog', { name: 'Struk' }).getByRole('row', { name: 'Kembali Rp 0' }),
  ).toBeVisible()
  expect(await onHand(web, product.id)).toBe(7)
})

test('selling more than is in stock is refused naming the product; the cart stays', async ({
  page,
  web,
  openApp,
}) => {
  const product = await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })
  await focusNothing(page)
  await hardwareScan(page, KEYCHAIN.barcode)
  const qty = qtyOf(page, KEYCHAIN.name)
  await expect(qty).toHaveValue('1')

  await qty.fill('11')
  await expect(qty).toHaveValue('11')
  await expect(page.getByTestId('till-total')).toHaveText('Rp 165.000')
  await expect(cartTable(page).getByText('Stok tersedia 10')).toBeVisible()

  await page.keyboard.press('F4')
  await page.keyboard.type('200000')
  await page.keyboard.press('F12')

  await expect(page.getByRole('alert')).toHaveText(
    `Stok ${KEYCHAIN.name} tidak cukup: tersedia 10, diminta 11.`,
  )
  await expect(page.getByRole('dialog', { name: 'Struk' })).toHaveCount(0)
  await expect(qty).toHaveValue('11')
  expect(await onHand(web, product.id)).toBe(10)
  expect(await salesCount(web)).toBe(0)
})

test('a scan into the search box or the cash field adds the product and leaves the field as it was', async ({
  page,
  web,
  openApp,
}) => {
  await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })

  // The till opens with the cursor in the search box: scanning there is the normal case.
  await expect(searchBox(page)).toBeFocused()
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('1')
  await expect(searchBox(page)).toHaveValue('')

  // Half-typed search text survives a scan in between.
  await page.keyboard.type('gan', { delay: 120 })
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')
  await expect(searchBox(page)).toHaveValue('gan')

  // In the cash field, the scan neither lands in the amount nor pays.
  await page.keyboard.press('F4')
  await page.keyboard.type('20', { delay: 120 })
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('3')
  await expect(cashField(page)).toHaveValue('20')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toHaveCount(0)
  expect(await salesCount(web)).toBe(0)
})

test('search as you type: arrows and Enter add a result; Enter on an exact SKU adds it', async ({
  page,
  web,
  openApp,
}) => {
  await stockedProduct(web, KEYCHAIN, 10)
  const mandau = await stockedProduct(
    web,
    {
      name: 'Gantungan Kunci Getah Nyatu Mandau',
      sku: 'GN-E2E-2',
      barcode: '8991234500024',
      price: 17_500,
    },
    4,
  )
  await openApp({ demo: 'decline' })
  await page.keyboard.press('F2')
  await page.keyboard.type('getah nyatu', { delay: 60 })

  const results = page.getByRole('listbox', { name: 'Hasil pencarian' })
  await expect(results.getByRole('option')).toHaveCount(2)
  const mandauOption = results.getByRole('option', { name: /Mandau/ })
  await expect(mandauOption).toContainText('GN-E2E-2')
  await expect(mandauOption).toContainText('Rp 17.500')
  await expect(mandauOption).toContainText('Stok 4')
  // Results are by name: Enggang, then Mandau.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(qtyOf(page, mandau.name)).toHaveValue('1')
  await expect(searchBox(page)).toHaveValue('')
  await expect(searchBox(page)).toBeFocused()

  // A SKU typed by hand (lower case) and Enter adds that product at once.
  await page.keyboard.type('gn-e2e-1', { delay: 60 })
  await page.keyboard.press('Enter')
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('1')
  await expect(searchBox(page)).toHaveValue('')

  // A barcode typed by hand works the same way.
  await page.keyboard.type(KEYCHAIN.barcode, { delay: 60 })
  await page.keyboard.press('Enter')
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')
})

/** A person's key presses: well over the scanner's 50 ms between keys, as `type` delays here. */
const CASHIER_KEY_GAP_MS = 120
async function pressAtCashierPace(page: Page, ...keys: string[]) {
  for (const key of keys) {
    await page.waitForTimeout(CASHIER_KEY_GAP_MS)
    await page.keyboard.press(key)
  }
}

test('cart keys: + and − change the selected line, Del removes it, Esc asks before emptying', async ({
  page,
  web,
  openApp,
}) => {
  await stockedProduct(web, KEYCHAIN, 10)
  const mandau = await stockedProduct(
    web,
    {
      name: 'Gantungan Kunci Getah Nyatu Mandau',
      sku: 'GN-E2E-2',
      barcode: '8991234500024',
      price: 17_500,
    },
    4,
  )
  await openApp({ demo: 'decline' })
  await focusNothing(page)
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('1')
  await hardwareScan(page, mandau.barcode!)
  await expect(qtyOf(page, mandau.name)).toHaveValue('1')

  // The last line added is the selected one. Keys at a cashier's pace: two keys under 50 ms
  // apart are a scanner's burst (scan-detector.ts), whose + and − are not shortcuts.
  await pressAtCashierPace(page, '+', '+')
  await expect(qtyOf(page, mandau.name)).toHaveValue('3')
  await pressAtCashierPace(page, '-')
  await expect(qtyOf(page, mandau.name)).toHaveValue('2')
  await pressAtCashierPace(page, 'ArrowUp', '+')
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')
  await expect(page.getByTestId('till-total')).toHaveText('Rp 65.000')

  // From the (empty) search box too.
  await page.keyboard.press('F2')
  await page.keyboard.press('Delete')
  await expect(cartRows(page)).toHaveCount(1)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveCount(0)

  await page.keyboard.press('Escape')
  const confirm = page.getByRole('dialog', { name: 'Batalkan transaksi?' })
  await expect(confirm).toBeVisible()
  await confirm.getByRole('button', { name: 'Kembali' }).click()
  await expect(cartRows(page)).toHaveCount(1)

  await page.keyboard.press('Escape')
  await confirm.getByRole('button', { name: 'Ya, kosongkan keranjang' }).click()
  await expect(cartRows(page)).toHaveCount(0)
  expect(await salesCount(web)).toBe(0)

  // The remove button does the same as Del.
  await focusNothing(page)
  await hardwareScan(page, KEYCHAIN.barcode)
  await cartTable(page)
    .getByRole('button', { name: `Hapus ${KEYCHAIN.name}` })
    .click()
  await expect(cartRows(page)).toHaveCount(0)
})

test('the open cart survives a reload (crash-proof), and is gone once paid', async ({
  page,
  web,
  openApp,
}) => {
  await stockedProduct(web, KEYCHAIN, 10)
  await openApp({ demo: 'decline' })
  await focusNothing(page)
  await hardwareScan(page, KEYCHAIN.barcode)
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')
  await expect.poll(async () => (await apiCall(web, 'till:openCart', {}))?.lines[0]?.qty).toBe(2)

  await page.reload()
  await expect(qtyOf(page, KEYCHAIN.name)).toHaveValue('2')

  await page.keyboard.press('F4')
  await page.keyboard.type('30000')
  await page.keyboard.press('F12')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toBeVisible()
  await page.reload()
  await expect(page.getByText('Keranjang kosong')).toBeVisible()
})

test('in English the till and the receipt speak English', async ({ page, web, openApp }) => {
  await stockedProduct(web, KEYCHAIN, 10)
  await apiCall(web, 'settings:setLocale', { locale: 'en' })
  await openApp({ demo: 'decline' })
  // The seeded showroom is the app's own word, shown in English (a renamed one keeps its name).
  await expect(page.getByText('Location: Gallery')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Search products (F2)' })).toBeFocused()
  await page.getByRole('heading', { name: 'Till', exact: true }).click()
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(
    page
      .getByRole('table', { name: 'Cart' })
      .getByRole('textbox', { name: `Quantity ${KEYCHAIN.name}` }),
  ).toHaveValue('1')
  await page.getByRole('button', { name: 'Rp 20.000' }).click()
  await expect(page.getByRole('textbox', { name: 'Cash received (F4)' })).toHaveValue('20.000')
  await page.getByRole('button', { name: 'Pay (F12)' }).click()
  const receipt = page.getByRole('dialog', { name: 'Receipt' })
  // The receipt itself is the paper's document, in the receipt's words (one wording for the
  // screen and the paper); the dialog around it speaks English.
  await expect(receipt.getByRole('row', { name: 'TOTAL Rp 15.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Tunai Rp 20.000' })).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Kembali Rp 5.000' })).toBeVisible()
  await expect(receipt.getByRole('heading', { name: 'Print preview' })).toBeVisible()
  await expect(receipt.getByRole('button', { name: 'New sale (Enter)' })).toBeFocused()

  // The next customer's first scan puts the receipt away and starts their sale.
  await hardwareScan(page, KEYCHAIN.barcode)
  await expect(receipt).toBeHidden()
  await expect(
    page
      .getByRole('table', { name: 'Cart' })
      .getByRole('textbox', { name: `Quantity ${KEYCHAIN.name}` }),
  ).toHaveValue('1')
  expect(await salesCount(web)).toBe(1)
})
