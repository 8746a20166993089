import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { productInput } from '../helpers/builders'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen } from './support/screens'

// Issue 19's export order through the Pesanan screen: a New Zealand buyer, an order at an
// agreed price, a USD proforma at a recorded rate, a 30% deposit, a production request that
// arrives in two intakes, packing into two cartons, shipping (the sale), the balance; then
// the month's hasil kerja counts the order once, in its workshop.

const PRODUCT = 'Gantungan Kunci Logo'

async function pick(
  page: Page,
  dialog: ReturnType<Page['getByRole']>,
  label: string,
  option: string,
) {
  await dialog.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option }).click()
}

async function pdfText(bytes: Buffer): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  const { text } = await extractText(pdf, { mergePages: true })
  return text.replace(/\s+/g, ' ')
}

test('an NZ export order from quotation to paid, counted once in hasil kerja', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  await openApp({ demo: 'decline' })
  const workshop = await apiCall(web, 'catalog:addWorkshop', { name: 'Kegiatan Getah Nyatu' })
  const product = await apiCall(
    web,
    'catalog:create',
    productInput({
      name: PRODUCT,
      sku: 'GKL-01',
      price: 15_000,
      cost: 6_000,
      workshopId: workshop.id,
    }),
  )
  await receiveStock(viaApi(web), { productId: product.id, qty: 80 })

  await goToScreen(page, 'Pesanan', 'Pesanan')
  const tabs = page.getByRole('tablist', { name: 'Pesanan' })

  // The buyer, who reads English and pays in US dollars.
  await tabs.getByRole('tab', { name: 'Pembeli' }).click()
  await page.getByRole('button', { name: 'Pembeli baru' }).click()
  const buyerForm = page.getByRole('dialog', { name: 'Pembeli' })
  await buyerForm.getByRole('textbox', { name: 'Nama' }).fill('Kiwi Crafts Ltd')
  await buyerForm.getByRole('textbox', { name: 'Negara (kode 2 huruf)' }).fill('NZ')
  await pick(page, buyerForm, 'Bahasa dokumen', 'Inggris')
  await pick(page, buyerForm, 'Mata uang dokumen', 'USD')
  await buyerForm.getByRole('button', { name: 'Simpan' }).click()
  await expect(page.getByRole('cell', { name: 'Kiwi Crafts Ltd' })).toBeVisible()

  // 200 keychains at an agreed Rp 13.000.
  await tabs.getByRole('tab', { name: 'Pesanan' }).click()
  await page.getByRole('button', { name: 'Pesanan baru' }).click()
  const orderForm = page.getByRole('dialog', { name: 'Pesanan baru' })
  await pick(page, orderForm, 'Pembeli', 'Kiwi Crafts Ltd (NZ)')
  await orderForm.getByRole('combobox', { name: 'Tambah barang' }).fill('GKL-01')
  await page.getByRole('option', { name: new RegExp(PRODUCT) }).click()
  await orderForm.getByRole('textbox', { name: `Jumlah ${PRODUCT}` }).fill('200')
  await orderForm.getByRole('textbox', { name: `Harga sepakat (Rp) ${PRODUCT}` }).fill('13000')
  await orderForm.getByRole('textbox', { name: `Alasan harga ${PRODUCT}` }).fill('harga ekspor')
  await orderForm.getByRole('textbox', { name: `Kode HS ${PRODUCT}` }).fill('4602.19')
  await orderForm.getByRole('button', { name: 'Buat penawaran' }).click()
  await expect(page.getByRole('heading', { name: /PSN-KSG1-\d{4}-0001/ })).toBeVisible()
  const balance = page.getByTestId('balance-due')
  await expect(balance).toHaveText('Rp 2.600.000')

  await page.getByRole('button', { name: 'Konfirmasi pesanan' }).click()
  await expect(page.getByText('Dikonfirmasi', { exact: true }).first()).toBeVisible()

  // A USD proforma at a rate typed in and recorded on it.
  await page.getByRole('button', { name: 'Buat dokumen' }).click()
  const docForm = page.getByRole('dialog', { name: 'Buat dokumen' })
  await docForm.getByRole('textbox', { name: 'Kurs (Rp per 1 USD)' }).fill('16250.50')
  const downloading = page.waitForEvent('download')
  await docForm.getByRole('button', { name: 'Buat PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^PRO-KSG1-\d{4}-0001\.pdf$/)
  const proforma = await pdfText(await readFile(await download.path()))
  for (const expected of [
    'Proforma Invoice',
    'Kiwi Crafts Ltd',
    'IDR 16,250.50 per 1 USD',
    'Rp 2.600.000',
    'USD 160.00',
    'rounded to the nearest cent',
  ]) {
    expect(proforma).toContain(expected)
  }

  // A 30% deposit by bank transfer.
  await page.getByRole('button', { name: 'Terima pembayaran' }).click()
  const payForm = page.getByRole('dialog', { name: 'Terima pembayaran' })
  await payForm.getByRole('textbox', { name: 'Jumlah (Rp)' }).fill('780000')
  await payForm.getByRole('textbox', { name: 'Referensi' }).fill('TRF-NZ-1')
  await payForm.getByRole('button', { name: 'Simpan pembayaran' }).click()
  await expect(balance).toHaveText('Rp 1.820.000')

  // 120 more asked of the workshop, arriving in two production intakes.
  await page.getByRole('button', { name: 'Minta produksi' }).click()
  const prodForm = page.getByRole('dialog', { name: 'Minta produksi' })
  await prodForm.getByRole('textbox', { name: 'Diminta' }).fill('120')
  await prodForm.getByLabel('Tenggat').fill('2026-12-20')
  await prodForm.getByRole('button', { name: 'Kirim permintaan' }).click()
  await expect(page.getByRole('cell', { name: '0 / 120' })).toBeVisible()
  const [request] = await apiCall(web, 'orders:productionRequests', { filter: 'open' })
  const { locationId } = await apiCall(web, 'till:settings', {})
  for (const qty of [50, 70]) {
    await apiCall(web, 'stock:postDocument', {
      kind: 'production_in',
      locationId,
      docDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(Date.now()),
      lines: [{ productId: product.id, qty }],
      productionRequestId: request!.id,
    })
  }
  await tabs.getByRole('tab', { name: 'Permintaan produksi' }).click()
  await page.getByText('Semua', { exact: true }).click()
  await expect(page.getByRole('radio', { name: 'Semua' })).toBeChecked()
  await expect(page.getByRole('cell', { name: '120 / 120' })).toBeVisible()

  // Packed into two cartons of 100, then shipped: the sale is written.
  await tabs.getByRole('tab', { name: 'Pesanan' }).click()
  await page.getByRole('button', { name: /PSN-KSG1-\d{4}-0001/ }).click()
  await page.getByRole('button', { name: 'Kemas', exact: true }).click()
  const packForm = page.getByRole('dialog', { name: 'Kemas ke karton' })
  await packForm.getByRole('button', { name: 'Tambah karton' }).click()
  const qty = packForm.getByRole('textbox', { name: `${PRODUCT} (Jumlah)` })
  await qty.nth(0).fill('100')
  await qty.nth(1).fill('100')
  for (const i of [0, 1]) {
    await packForm.getByRole('textbox', { name: 'Berat bersih (g)' }).nth(i).fill('2000')
    await packForm.getByRole('textbox', { name: 'Berat kotor (g)' }).nth(i).fill('2600')
  }
  await packForm.getByRole('button', { name: 'Simpan kemasan' }).click()
  await expect(packForm).toBeHidden()
  await page.getByRole('button', { name: 'Kirim', exact: true }).click()
  await expect(page.getByText(/Struk penjualan: KSG1-/)).toBeVisible()

  // The balance, and the order is paid.
  await page.getByRole('button', { name: 'Terima pembayaran' }).click()
  const balanceForm = page.getByRole('dialog', { name: 'Terima pembayaran' })
  await balanceForm.getByRole('textbox', { name: 'Referensi' }).fill('TRF-NZ-2')
  await balanceForm.getByRole('button', { name: 'Simpan pembayaran' }).click()
  await expect(balance).toHaveText('Rp 0')
  await expect(page.getByText('Lunas', { exact: true }).first()).toBeVisible()

  // The month's hasil kerja holds the order once, in its workshop.
  const [order] = await apiCall(web, 'orders:list', {})
  expect(order).toMatchObject({ status: 'paid', money: { total: 2_600_000, balanceDue: 0 } })
  const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
    .format(Date.now())
    .slice(0, 7)
  const hasil = await apiCall(web, 'reports:hasilKerja', { month })
  const rows = hasil.rows.filter((r) => r.workshopId === workshop.id)
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ qty: 200, netSales: 2_600_000 })
})
