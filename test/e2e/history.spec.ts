import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import type { SaleDto } from '../../shared/sales/sales-dto'
import { apiCall } from './support/api'
import { demoProduct, onHand } from './support/arrange'
import { hardwareScan } from './support/scanner'
import { goToScreen } from './support/screens'
import { expect, test } from './support/fixtures'
import type { WebApp } from './support/web-app'

/**
 * The Riwayat screen: find a sale, see it, void it, return part of it, reprint it. Sales
 * are made through the API (the till is another screen); what they did to stock and to
 * the sale's record is checked through the API too.
 */

// Each test is a whole supervisor's errand (server, demo catalogue, sales, several dialogs);
// on a busy build machine that has come within reach of the default 60 s.
test.describe.configure({ timeout: 120_000 })

// A demo product with plenty of stock and no discount: one unit's net is its price.
const KEYCHAIN_SKU = 'GN-001'

async function sell(
  web: WebApp,
  item: ProductDto,
  qty: number,
  payment: { methodId: string; reference?: string } = { methodId: 'tunai' },
): Promise<SaleDto> {
  return apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: item.id, qty }],
    payments: [{ ...payment, amount: item.price * qty }],
  })
}

const rupiah = (n: number) => `Rp ${new Intl.NumberFormat('id-ID').format(n)}`

const salesTable = (page: Page) => page.getByRole('table', { name: 'Daftar transaksi' })
const salesRows = (page: Page) => salesTable(page).locator('tbody tr')
const saleRow = (page: Page, receiptNo: string) => salesRows(page).filter({ hasText: receiptNo })
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Cari nomor struk (F3)' })
const detail = (page: Page, receiptNo: string) =>
  page.getByRole('dialog', { name: `Struk ${receiptNo}` })

test("a sale shows in today's list; voiding it with a reason marks it Dibatalkan and puts the stock back", async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const before = item.onHand
  const kept = await sell(web, item, 1)
  const sale = await sell(web, item, 2)
  expect(await onHand(web, item.id)).toBe(before - 3)

  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await expect(page.getByRole('radio', { name: 'Hari ini' })).toBeChecked()
  await expect(salesRows(page)).toHaveCount(2)
  const row = saleRow(page, sale.receiptNo)
  await expect(row).toContainText('Admin')
  await expect(row).toContainText('Galeri')
  await expect(row).toContainText('Tunai')
  await expect(row).toContainText(rupiah(item.price * 2))
  const totals = page.getByRole('status', { name: 'Jumlah transaksi yang tampil' })
  await expect(totals).toContainText('2 transaksi')
  await expect(totals).toContainText(rupiah(item.price * 3))

  await row.getByRole('button', { name: `Buka struk ${sale.receiptNo}` }).click()
  const drawer = detail(page, sale.receiptNo)
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('table', { name: 'Barang' })).toContainText(item.name)
  await expect(drawer.getByRole('table', { name: 'Pembayaran' })).toContainText('Tunai')

  await drawer.getByRole('button', { name: 'Batalkan transaksi' }).click()
  const confirm = page.getByRole('dialog', { name: `Batalkan transaksi ${sale.receiptNo}?` })
  await expect(confirm).toContainText(rupiah(item.price * 2))
  // No reason, no void.
  await confirm.getByRole('button', { name: 'Ya, batalkan transaksi' }).click()
  await expect(confirm.getByText('Alasan wajib diisi.')).toBeVisible()
  await confirm.getByRole('textbox', { name: 'Alasan pembatalan' }).fill('Salah input barang')
  await confirm.getByRole('button', { name: 'Ya, batalkan transaksi' }).click()

  await expect(confirm).toBeHidden()
  await expect(drawer.getByText('Transaksi dibatalkan')).toBeVisible()
  await expect(drawer).toContainText('Alasan: Salah input barang')
  await expect(drawer.getByRole('button', { name: 'Batalkan transaksi' })).toBeDisabled()
  await expect(drawer.getByRole('button', { name: 'Retur' })).toBeDisabled()

  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(saleRow(page, sale.receiptNo)).toContainText('Dibatalkan')
  await expect(saleRow(page, kept.receiptNo)).not.toContainText('Dibatalkan')
  // The voided sale earned nothing: the totals drop it.
  await expect(totals).toContainText('1 transaksi')
  await expect(totals).toContainText(rupiah(item.price))

  expect(await onHand(web, item.id)).toBe(before - 1)
  const record = await apiCall(web, 'sales:get', { id: sale.id })
  expect(record.voided).toMatchObject({ reason: 'Salah input barang', byName: 'Admin' })
})

test('a void the server refuses shows its reason: the sale was voided at another till meanwhile', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const sale = await sell(web, item, 1)
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await saleRow(page, sale.receiptNo).click()
  const drawer = detail(page, sale.receiptNo)
  await drawer.getByRole('button', { name: 'Batalkan transaksi' }).click()
  const confirm = page.getByRole('dialog', { name: `Batalkan transaksi ${sale.receiptNo}?` })
  await confirm.getByRole('textbox', { name: 'Alasan pembatalan' }).fill('Pembeli batal')

  await apiCall(web, 'sales:void', { saleId: sale.id, reason: 'Dibatalkan di kasir lain' })
  await confirm.getByRole('button', { name: 'Ya, batalkan transaksi' }).click()
  await expect(confirm.getByRole('alert')).toHaveText(
    `Transaksi ${sale.receiptNo} sudah dibatalkan.`,
  )
  await page.keyboard.press('Escape')
  await expect(confirm).toBeHidden()
  // Esc closed only the dialog; the detail now shows the void that won.
  await expect(drawer).toContainText('Alasan: Dibatalkan di kasir lain')
  const record = await apiCall(web, 'sales:get', { id: sale.id })
  expect(record.voided?.reason).toBe('Dibatalkan di kasir lain')
})

test('partial return: 1 of 3 back to stock refunds the unit net; asking for more than is left is refused', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const sale = await sell(web, item, 3)
  const afterSale = await onHand(web, item.id)
  const line = sale.lines[0]!
  expect(line.netTotal).toBe(item.price * 3)

  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  // The receipt number typed (or scanned) into the search box opens the sale.
  await searchBox(page).fill(sale.receiptNo)
  await searchBox(page).press('Enter')
  const drawer = detail(page, sale.receiptNo)
  await expect(drawer).toBeVisible()

  await drawer.getByRole('button', { name: 'Retur' }).click()
  const dialog = page.getByRole('dialog', { name: `Retur ${sale.receiptNo}` })
  const qty = dialog.getByRole('textbox', { name: `Jumlah retur ${item.name}` })
  await expect(qty).toBeFocused()
  await qty.fill('1')
  await expect(dialog.getByLabel(`Kondisi ${item.name}`)).toHaveValue('restock')
  await expect(dialog.getByText(`Total pengembalian: ${rupiah(item.price)}`)).toBeVisible()
  // The refund goes back the way the sale was paid, in full.
  await expect(dialog.getByLabel('Metode pengembalian')).toHaveValue('tunai')
  await expect(dialog.getByRole('textbox', { name: 'Jumlah', exact: true })).toHaveValue(
    rupiah(item.price),
  )
  await dialog.getByRole('textbox', { name: 'Alasan retur' }).fill('Ukuran tidak cocok')
  await dialog.getByRole('button', { name: 'Simpan retur' }).click()

  await expect(dialog.getByText(/^Retur RKSG1-\d{8}-\d{6} tercatat$/)).toBeVisible()
  await expect(dialog.getByText(`Dana dikembalikan: ${rupiah(item.price)}`)).toBeVisible()
  // Enter finishes: the cashier hands over the money and goes on without the mouse.
  await expect(dialog.getByRole('button', { name: 'Selesai' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()

  expect(await onHand(web, item.id)).toBe(afterSale + 1)
  const lines = drawer.getByRole('table', { name: 'Barang' })
  const returnedCell = lines.locator('tbody tr').first().getByRole('cell').last()
  await expect(returnedCell).toHaveText('1')
  await expect(drawer.getByRole('table', { name: 'Retur' })).toContainText('Ukuran tidak cocok')
  await expect(drawer.getByRole('table', { name: 'Retur' })).toContainText(rupiah(item.price))
  // A sale with returns cannot be voided any more.
  await expect(drawer.getByRole('button', { name: 'Batalkan transaksi' })).toBeDisabled()

  // Three more of a line with two left: the field says so and nothing is sent.
  await drawer.getByRole('button', { name: 'Retur' }).click()
  await expect(dialog.getByText('maks. 2')).toBeVisible()
  await qty.fill('3')
  const exceeded = `Retur ${item.name} melebihi yang terjual: sisa yang bisa diretur 2.`
  await expect(dialog.getByText(exceeded)).toBeVisible()
  await dialog.getByRole('textbox', { name: 'Alasan retur' }).fill('Coba lagi')
  await dialog.getByRole('button', { name: 'Simpan retur' }).click()
  await expect(dialog.getByText(exceeded)).toBeVisible()
  expect(await onHand(web, item.id)).toBe(afterSale + 1)
  expect((await apiCall(web, 'sales:get', { id: sale.id })).returns).toHaveLength(1)

  // The server is the judge: another till returns one meanwhile, so two is now too many.
  await qty.fill('2')
  await expect(dialog.getByText(exceeded)).toBeHidden()
  await apiCall(web, 'sales:return', {
    id: randomUUID(),
    saleId: sale.id,
    reason: 'Kasir lain',
    lines: [{ saleLineId: line.id, qty: 1, disposition: 'restock' }],
    refunds: [{ methodId: 'tunai', amount: item.price }],
  })
  await dialog.getByRole('button', { name: 'Simpan retur' }).click()
  await expect(dialog.getByRole('alert')).toHaveText(
    `Retur ${item.name} melebihi yang terjual: sisa yang bisa diretur 1.`,
  )
  const record = await apiCall(web, 'sales:get', { id: sale.id })
  expect(record.returns).toHaveLength(2)
  expect(record.lines[0]!.returnedQty).toBe(2)
  expect(await onHand(web, item.id)).toBe(afterSale + 2)
})

test('reprinting twice records copies 1 and 2 and the detail shows the count', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const sale = await sell(web, item, 1)
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await saleRow(page, sale.receiptNo).click()
  const drawer = detail(page, sale.receiptNo)
  await expect(drawer.getByText('Salinan dicetak: 0')).toBeVisible()

  await drawer.getByRole('button', { name: 'Cetak ulang' }).click()
  await expect(drawer.getByText('Cetak ulang tercatat: SALINAN / COPY (cetak ke-2)')).toBeVisible()
  await drawer.getByRole('button', { name: 'Cetak ulang' }).click()
  await expect(drawer.getByText('Cetak ulang tercatat: SALINAN / COPY (cetak ke-3)')).toBeVisible()
  await expect(drawer.getByText('Salinan dicetak: 2')).toBeVisible()
  expect((await apiCall(web, 'sales:get', { id: sale.id })).reprintCount).toBe(2)
})

test('filters: period presets, payment method; keyboard: / and F3 to search, a scanned receipt opens', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const cash = await sell(web, item, 1)
  const qris = await sell(web, item, 2, { methodId: 'qris', reference: 'QR-778899' })
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await expect(salesRows(page)).toHaveCount(2)

  await page.getByText('Kemarin', { exact: true }).click()
  await expect(page.getByText('Belum ada transaksi pada periode ini.')).toBeVisible()
  await expect(salesRows(page)).toHaveCount(0)
  await page.getByText('7 hari', { exact: true }).click()
  await expect(salesRows(page)).toHaveCount(2)

  await page.getByRole('combobox', { name: 'Metode bayar' }).click()
  await page.getByRole('option', { name: 'QRIS' }).click()
  await expect(salesRows(page)).toHaveCount(1)
  await expect(saleRow(page, qris.receiptNo)).toContainText('QRIS')

  // The sequence number alone narrows the list; Enter opens the single match.
  await page.getByRole('heading', { name: 'Riwayat transaksi' }).click()
  await page.keyboard.press('/')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.type(qris.receiptNo.slice(-6))
  await expect(salesRows(page)).toHaveCount(1)
  await page.keyboard.press('Enter')
  const drawer = detail(page, qris.receiptNo)
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('table', { name: 'Pembayaran' })).toContainText('Ref. QR-778899')
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()

  await page.keyboard.press('F3')
  await expect(searchBox(page)).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(searchBox(page)).toHaveValue('')
  await searchBox(page).fill('KSG1-19990101-000001')
  await searchBox(page).press('Enter')
  await expect(page.getByText('Struk “KSG1-19990101-000001” tidak ditemukan.')).toBeVisible()

  // A receipt's QR code scanned with focus anywhere on the screen opens that sale.
  await page.getByRole('heading', { name: 'Riwayat transaksi' }).click()
  await hardwareScan(page, cash.receiptNo)
  await expect(detail(page, cash.receiptNo)).toBeVisible()
})

test('in English the list, the detail and the return dialog speak English', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const item = await demoProduct(web, KEYCHAIN_SKU)
  const sale = await sell(web, item, 2)
  const afterSale = await onHand(web, item.id)
  await apiCall(web, 'settings:setLocale', { locale: 'en' })
  await page.reload()
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click()
  const row = page
    .getByRole('table', { name: 'Sales list' })
    .locator('tbody tr')
    .filter({ hasText: sale.receiptNo })
  await expect(row).toContainText('Completed')
  await row.click()
  const drawer = page.getByRole('dialog', { name: `Receipt ${sale.receiptNo}` })
  await expect(drawer.getByText('Copies reprinted: 0')).toBeVisible()
  await drawer.getByRole('button', { name: 'Return' }).click()
  const dialog = page.getByRole('dialog', { name: `Return ${sale.receiptNo}` })
  await dialog.getByRole('textbox', { name: `Return qty ${item.name}` }).fill('5')
  await expect(
    dialog.getByText(`Return of ${item.name} exceeds what was sold: 2 can still be returned.`),
  ).toBeVisible()
  await dialog.getByRole('textbox', { name: `Return qty ${item.name}` }).fill('2')
  await expect(dialog.getByText(`Total refund: ${rupiah(item.price * 2)}`)).toBeVisible()
  await dialog.getByLabel(`Condition ${item.name}`).selectOption('damaged')
  await dialog.getByRole('textbox', { name: 'Reason for return' }).fill('Broken clasp')
  await dialog.getByRole('button', { name: 'Record return' }).click()
  await expect(dialog.getByText(`Refunded: ${rupiah(item.price * 2)}`)).toBeVisible()
  await expect(dialog).toContainText(`2 × ${item.name} (Damaged)`)
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(drawer.getByText('Every item has been returned.')).toBeVisible()
  await expect(drawer.getByRole('button', { name: 'Return' })).toBeDisabled()
  // Damaged goods come back and are written off: the shelf count does not change.
  expect(await onHand(web, item.id)).toBe(afterSale)
})
