import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import { decodeEscPos } from '../helpers/escpos-decoder'
import { startFakePrinter, type FakePrinter } from '../helpers/fake-printer'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
// The shared screen helpers, under the names this spec's steps use.
import { goToScreen as openScreen, sellByScan } from './support/screens'
import type { WebApp } from './support/web-app'

/**
 * Struk & label through the UI: a network receipt printer set up in Pengaturan › Printer and
 * pointed at a fake printer on 127.0.0.1, a sale whose receipt preview shows and prints by
 * itself, a reprint from Riwayat marked SALINAN, a printer that is down (clear message, Retry,
 * the sale intact), and labels right after a production intake.
 */

// A whole errand per test (settings, sales, Riwayat, a dead printer) on a shared, busy machine.
test.describe.configure({ timeout: 240_000 })

const KEYCHAIN = {
  name: 'Gantungan Kunci Getah Nyatu',
  sku: 'GN-PRN-1',
  barcode: '8991234500017',
  price: 15_000,
}

const ESC_INIT = [0x1b, 0x40]

async function stockedProduct(web: WebApp, stock: number): Promise<ProductDto> {
  const product = await apiCall(web, 'catalog:create', {
    ...KEYCHAIN,
    categoryId: null,
    unit: 'pcs',
    cost: 7_000,
    workshopId: null,
    active: true,
  })
  if (stock > 0) await receiveStock(viaApi(web), { productId: product.id, qty: stock })
  return product
}

/** Receipt jobs only (a paper-status request is its own short connection), decoded. */
async function printedLines(printer: FakePrinter, jobs: number): Promise<string[][]> {
  const connections = await printer.closedConnections(jobs * 2)
  return connections
    .filter((bytes) => bytes[0] === ESC_INIT[0] && bytes[1] === ESC_INIT[1])
    .map((bytes) => decodeEscPos(bytes, { columns: 32 }).lines)
}

/** One keychain for cash, through the till (support/screens.ts). */
const ONE_KEYCHAIN = { barcode: KEYCHAIN.barcode, total: 'Rp 15.000', cash: '20.000' }

test('network printer from Pengaturan: sale prints, reprint says SALINAN, printer down keeps the sale', async ({
  page,
  web,
  openApp,
}) => {
  const printer = await startFakePrinter()
  try {
    await stockedProduct(web, 10)
    await openApp({ demo: 'decline' })

    // Pengaturan › Printer: network printer on the fake printer's port, auto-print on.
    await openScreen(page, 'Pengaturan')
    await page.getByRole('tab', { name: 'Printer' }).click()
    await page.getByRole('radio', { name: 'Jaringan (LAN/Wi-Fi)' }).check()
    await page.getByRole('textbox', { name: 'Alamat IP printer' }).fill(printer.host)
    await page.getByRole('textbox', { name: 'Port' }).fill(String(printer.port))
    await page.getByRole('switch', { name: 'Cetak struk otomatis setelah penjualan' }).check()
    await page.getByRole('button', { name: 'Simpan pengaturan printer' }).click()
    await expect(page.getByText('Pengaturan printer disimpan.')).toBeVisible()
    await page.getByRole('button', { name: 'Cetak halaman tes' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Halaman tes terkirim' }),
    ).toContainText(`${printer.host}:${printer.port}`)
    const [testPage] = await printedLines(printer, 1)
    expect(testPage?.join('\n')).toContain('TES PRINTER / PRINTER TEST')

    // Sell: the preview shows the paper, and the receipt prints by itself.
    const receipt = await sellByScan(page, ONE_KEYCHAIN)
    const [sale] = await apiCall(web, 'sales:list', {})
    const receiptNo = sale!.receiptNo
    const preview = receipt.getByRole('figure', { name: 'Pratinjau struk seperti tercetak' })
    await expect(preview).toContainText(receiptNo)
    await expect(preview).toContainText('TOTAL')
    await expect(preview.getByRole('img', { name: `Kode QR ${receiptNo}` })).toBeVisible()
    await expect(receipt.getByRole('status').filter({ hasText: 'tercetak' })).toContainText(
      `Struk ${receiptNo} tercetak di ${printer.host}:${printer.port}`,
    )
    const jobs = await printedLines(printer, 2)
    const paper = jobs[1]?.join('\n') ?? ''
    expect(paper).toContain(receiptNo)
    expect(paper).toContain(KEYCHAIN.name)
    expect(paper).not.toContain('SALINAN')
    await receipt.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()
    await expect(receipt).toBeHidden()

    // Reprint from Riwayat: the copy goes to the same printer, marked SALINAN / COPY.
    await openScreen(page, 'Riwayat')
    await page.getByRole('button', { name: `Buka struk ${receiptNo}` }).click()
    const drawer = page.getByRole('dialog', { name: `Struk ${receiptNo}` })
    await drawer.getByRole('button', { name: 'Cetak ulang' }).click()
    await expect(drawer.getByRole('status').filter({ hasText: 'tercetak di' })).toContainText(
      `Salinan ${receiptNo} tercetak`,
    )
    const copy = (await printedLines(printer, 3))[2]?.join('\n') ?? ''
    expect(copy).toContain(receiptNo)
    expect(copy).toContain('SALINAN / COPY')
    await drawer.getByRole('button', { name: 'Tutup' }).first().click()

    // The printer goes down: the sale is still recorded; the message names the problem.
    await printer.close()
    const failed = await sellByScan(page, ONE_KEYCHAIN)
    const alert = failed.getByRole('alert').filter({ hasText: 'Struk belum tercetak' })
    await expect(alert).toContainText('tidak dapat dihubungi')
    await expect(alert).toContainText('Penjualan sudah tersimpan')
    await alert.getByRole('button', { name: 'Coba lagi' }).click()
    await expect(alert).toContainText('tidak dapat dihubungi')
    const sales = await apiCall(web, 'sales:list', {})
    expect(sales).toHaveLength(2)
    const unprinted = sales[0]!
    expect(unprinted.receiptNo).not.toBe(receiptNo)
    await failed.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()
    await openScreen(page, 'Riwayat')
    await expect(
      page.getByRole('button', { name: `Buka struk ${unprinted.receiptNo}` }),
    ).toBeVisible()
  } finally {
    await printer.close().catch(() => {})
  }
})

test('labels right after a production intake: one per unit, previewed', async ({
  page,
  web,
  openApp,
}) => {
  const product = await stockedProduct(web, 0)
  await openApp({ demo: 'decline' })
  await openScreen(page, 'Stok')
  await page.getByRole('button', { name: `Terima stok ${product.name}` }).click()
  const intake = page.getByRole('dialog', { name: 'Dokumen penerimaan baru' })
  await intake.getByRole('textbox', { name: `Jumlah ${product.name}` }).fill('3')
  await intake.getByRole('button', { name: 'Posting dokumen' }).click()
  await expect(intake).toBeHidden()
  // The numbered document opens and offers its labels.
  const posted = page.getByRole('dialog', { name: /^Penerimaan hasil produksi PHP-/ })
  await expect(posted.getByText(/PHP-\S+ sudah diposting\. Cetak label/)).toBeVisible()
  await posted.getByRole('button', { name: 'Cetak 3 label' }).click()

  const dialog = page.getByRole('dialog', { name: 'Cetak label' })
  await expect(dialog.getByRole('textbox', { name: `Jumlah label ${product.name}` })).toHaveValue(
    '3',
  )
  await expect(dialog.getByRole('img', { name: 'Halaman label 1 dari 3' })).toBeVisible()
  await expect(dialog.getByRole('img', { name: 'Halaman label 3 dari 3' })).toBeVisible()
  await dialog.getByRole('textbox', { name: `Jumlah label ${product.name}` }).fill('2')
  await expect(dialog.getByRole('img', { name: 'Halaman label 2 dari 2' })).toBeVisible()
  await expect(dialog.getByRole('img', { name: 'Halaman label 3 dari 3' })).toHaveCount(0)

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Simpan PDF' }).click()
  expect((await download).suggestedFilename()).toMatch(/^label-roll-38x25-2\.pdf$/)
})
