import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { extractText, getDocumentProxy } from 'unpdf'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { APP_SHELL, seriousViolations } from './support/a11y'
import { goToScreen } from './support/screens'

// Issue 19's export order through the Pesanan screen: a New Zealand buyer, an order at an
// agreed price, a USD proforma at a recorded rate, a 30% deposit, a production request that
// arrives in two intakes, packing into two cartons, shipping (the sale), the balance; then
// the month's hasil kerja counts the order once, in its workshop.

const PRODUCT = 'Gantungan Kunci Logo'

/** What the person reads on screen, in each language. */
const words = {
  id: {
    nav: 'Pesanan',
    stock: /^Stok$/,
    intake: {
      rowButton: (name: string) => `Terima stok ${name}`,
      form: 'Dokumen penerimaan baru',
      request: 'Permintaan produksi (opsional)',
      qtyOf: (name: string) => `Jumlah ${name}`,
      post: 'Posting dokumen',
      posted: /^Penerimaan hasil produksi PHP-/,
      lines: 'Baris dokumen',
    },
    tabs: { orders: 'Pesanan', buyers: 'Pembeli', production: 'Permintaan produksi' },
    newBuyer: 'Pembeli baru',
    buyer: 'Pembeli',
    name: 'Nama',
    country: 'Negara (kode 2 huruf)',
    docLanguage: 'Bahasa dokumen',
    english: 'Inggris',
    docCurrency: 'Mata uang dokumen',
    save: 'Simpan',
    newOrder: 'Pesanan baru',
    addLine: 'Tambah barang',
    qty: 'Jumlah',
    agreed: 'Harga sepakat (Rp)',
    priceReason: 'Alasan harga',
    hsCode: 'Kode HS',
    newProduct: 'Produk baru',
    productName: 'Nama produk',
    counterPrice: 'Harga etalase (Rp)',
    cost: 'Harga pokok (Rp)',
    workshop: 'Kegiatan kerja',
    createProduct: 'Buat produk',
    createQuotation: 'Buat penawaran',
    confirm: 'Konfirmasi pesanan',
    confirmed: 'Dikonfirmasi',
    makeDocument: 'Buat dokumen',
    rate: 'Kurs (Rp per 1 USD)',
    makePdf: 'Buat PDF',
    takePayment: 'Terima pembayaran',
    amount: 'Jumlah (Rp)',
    reference: 'Referensi',
    savePayment: 'Simpan pembayaran',
    requestProduction: 'Minta produksi',
    requested: 'Diminta',
    due: 'Tenggat',
    sendRequest: 'Kirim permintaan',
    all: 'Semua',
    pack: 'Kemas',
    packTitle: 'Kemas ke karton',
    addCarton: 'Tambah karton',
    cartonQty: 'Jumlah',
    net: 'Berat bersih (g)',
    gross: 'Berat kotor (g)',
    savePacking: 'Simpan kemasan',
    ship: 'Kirim',
    saleReceipt: /Struk penjualan: KSG1-/,
    paid: 'Lunas',
  },
  en: {
    nav: 'Orders',
    stock: /^Stock$/,
    intake: {
      rowButton: (name: string) => `Receive stock of ${name}`,
      form: 'New intake document',
      request: 'Production request (optional)',
      qtyOf: (name: string) => `Quantity of ${name}`,
      post: 'Post document',
      posted: /^Production intake PHP-/,
      lines: 'Document lines',
    },
    tabs: { orders: 'Orders', buyers: 'Buyers', production: 'Production requests' },
    newBuyer: 'New buyer',
    buyer: 'Buyer',
    name: 'Name',
    country: 'Country (2-letter code)',
    docLanguage: 'Document language',
    english: 'English',
    docCurrency: 'Document currency',
    save: 'Save',
    newOrder: 'New order',
    addLine: 'Add item',
    qty: 'Quantity',
    agreed: 'Agreed price (Rp)',
    priceReason: 'Reason for the price',
    hsCode: 'HS code',
    newProduct: 'New product',
    productName: 'Product name',
    counterPrice: 'Counter price (Rp)',
    cost: 'Cost (Rp)',
    workshop: 'Workshop',
    createProduct: 'Create product',
    createQuotation: 'Create quotation',
    confirm: 'Confirm order',
    confirmed: 'Confirmed',
    makeDocument: 'Make a document',
    rate: 'Rate (Rp per 1 USD)',
    makePdf: 'Make PDF',
    takePayment: 'Take a payment',
    amount: 'Amount (Rp)',
    reference: 'Reference',
    savePayment: 'Save payment',
    requestProduction: 'Request production',
    requested: 'Requested',
    due: 'Due',
    sendRequest: 'Send request',
    all: 'All',
    pack: 'Pack',
    packTitle: 'Pack into cartons',
    addCarton: 'Add carton',
    cartonQty: 'Qty',
    net: 'Net weight (g)',
    gross: 'Gross weight (g)',
    savePacking: 'Save packing',
    ship: 'Ship',
    saleReceipt: /Sale receipt: KSG1-/,
    paid: 'Paid',
  },
} as const

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

for (const lang of ['id', 'en'] as const) {
  const w = words[lang]
  test(`an NZ export order from quotation to paid, counted once in hasil kerja (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    test.slow()
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'decline' })
    const workshop = await apiCall(web, 'catalog:addWorkshop', { name: 'Kegiatan Getah Nyatu' })
    await goToScreen(page, w.nav, w.nav)
    const tabs = page.getByRole('tablist', { name: w.nav })

    // The buyer, who reads English and pays in US dollars.
    await tabs.getByRole('tab', { name: w.tabs.buyers }).click()
    await page.getByRole('button', { name: w.newBuyer }).click()
    const buyerForm = page.getByRole('dialog', { name: w.buyer })
    await buyerForm.getByRole('textbox', { name: w.name }).fill('Kiwi Crafts Ltd')
    await buyerForm.getByRole('textbox', { name: w.country }).fill('NZ')
    await pick(page, buyerForm, w.docLanguage, w.english)
    await pick(page, buyerForm, w.docCurrency, 'USD')
    await buyerForm.getByRole('button', { name: w.save }).click()
    await expect(page.getByRole('cell', { name: 'Kiwi Crafts Ltd' })).toBeVisible()

    // 200 keychains at an agreed Rp 13.000.
    await tabs.getByRole('tab', { name: w.tabs.orders }).click()
    await page.getByRole('button', { name: w.newOrder }).click()
    const orderForm = page.getByRole('dialog', { name: w.newOrder })
    await pick(page, orderForm, w.buyer, 'Kiwi Crafts Ltd (NZ)')
    // Custom work: the keychain with the buyer's logo is made a product from the order.
    await orderForm.getByRole('button', { name: w.newProduct }).click()
    await orderForm.getByRole('textbox', { name: w.productName }).fill(PRODUCT)
    await orderForm.getByRole('textbox', { name: 'SKU' }).fill('GKL-01')
    await orderForm.getByRole('textbox', { name: w.counterPrice }).fill('15000')
    await orderForm.getByRole('textbox', { name: w.cost }).fill('6000')
    await pick(page, orderForm, w.workshop, workshop.name)
    await orderForm.getByRole('button', { name: w.createProduct }).click()
    await orderForm.getByRole('textbox', { name: `${w.qty} ${PRODUCT}` }).fill('200')
    await orderForm.getByRole('textbox', { name: `${w.agreed} ${PRODUCT}` }).fill('13000')
    await orderForm
      .getByRole('textbox', { name: `${w.priceReason} ${PRODUCT}` })
      .fill('harga ekspor')
    await orderForm.getByRole('textbox', { name: `${w.hsCode} ${PRODUCT}` }).fill('4602.19')
    await orderForm.getByRole('button', { name: w.createQuotation }).click()
    await expect(page.getByRole('heading', { name: /PSN-KSG1-\d{4}-0001/ })).toBeVisible()
    const balance = page.getByTestId('balance-due')
    await expect(balance).toHaveText('Rp 2.600.000')

    await page.getByRole('button', { name: w.confirm }).click()
    await expect(page.getByText(w.confirmed, { exact: true }).first()).toBeVisible()
    // 80 of them are already on the shelf (and now reserved for the order).
    const [product] = await apiCall(web, 'catalog:search', { query: 'GKL-01' })
    expect(product).toMatchObject({ name: PRODUCT, workshopId: workshop.id })
    await receiveStock(viaApi(web), { productId: product!.id, qty: 80 })
    expect(await apiCall(web, 'orders:reservations', { productIds: [product!.id] })).toEqual([
      { productId: product!.id, onHand: 80, reserved: 80, free: 0 },
    ])

    // A USD proforma at a rate typed in and recorded on it.
    await page.getByRole('button', { name: w.makeDocument }).click()
    const docForm = page.getByRole('dialog', { name: w.makeDocument })
    await docForm.getByRole('textbox', { name: w.rate }).fill('16250.50')
    const downloading = page.waitForEvent('download')
    await docForm.getByRole('button', { name: w.makePdf }).click()
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
    await page.getByRole('button', { name: w.takePayment }).click()
    const payForm = page.getByRole('dialog', { name: w.takePayment })
    await payForm.getByRole('textbox', { name: w.amount }).fill('780000')
    await payForm.getByRole('textbox', { name: w.reference }).fill('TRF-NZ-1')
    await payForm.getByRole('button', { name: w.savePayment }).click()
    await expect(balance).toHaveText('Rp 1.820.000')

    // 120 more asked of the workshop, arriving in two production intakes.
    await page.getByRole('button', { name: w.requestProduction }).click()
    const prodForm = page.getByRole('dialog', { name: w.requestProduction })
    await prodForm.getByRole('textbox', { name: w.requested }).fill('120')
    // The due date is typed day first, as the app prints dates (the shared DateField).
    const due = prodForm.getByRole('textbox', { name: w.due })
    await due.fill('20/12/2026')
    await due.press('Tab')
    await expect(due).toHaveValue('20/12/2026')
    await prodForm.getByRole('button', { name: w.sendRequest }).click()
    await expect(page.getByRole('cell', { name: '0 / 120' })).toBeVisible()
    const [request] = await apiCall(web, 'orders:productionRequests', { filter: 'open' })
    expect(request!.dueDate).toBe('2026-12-20')
    // The workshop's goods arrive through Stok's intake form, each answering the request.
    await goToScreen(page, w.stock)
    for (const [qty, before] of [
      [50, 0],
      [70, 50],
    ] as const) {
      await page.getByRole('button', { name: w.intake.rowButton(PRODUCT) }).click()
      const intake = page.getByRole('dialog', { name: w.intake.form })
      await pick(
        page,
        intake,
        w.intake.request,
        `${request!.requestNo} · ${PRODUCT} (${before}/120)`,
      )
      await intake.getByRole('textbox', { name: w.intake.qtyOf(PRODUCT) }).fill(String(qty))
      await intake.getByRole('button', { name: w.intake.post }).click()
      await expect(intake).toBeHidden()
      const posted = page.getByRole('dialog', { name: w.intake.posted })
      await expect(posted.getByRole('table', { name: w.intake.lines })).toContainText(PRODUCT)
      // Escape: the label offer's notification may cover the dialog's close button.
      await page.keyboard.press('Escape')
      await expect(posted).toBeHidden()
    }
    await goToScreen(page, w.nav, w.nav)
    await tabs.getByRole('tab', { name: w.tabs.production }).click()
    await page.getByText(w.all, { exact: true }).click()
    await expect(page.getByRole('radio', { name: w.all })).toBeChecked()
    await expect(page.getByRole('cell', { name: '120 / 120' })).toBeVisible()

    // Packed into two cartons of 100, then shipped: the sale is written.
    await tabs.getByRole('tab', { name: w.tabs.orders }).click()
    await page.getByRole('button', { name: /PSN-KSG1-\d{4}-0001/ }).click()
    await page.getByRole('button', { name: w.pack, exact: true }).click()
    const packForm = page.getByRole('dialog', { name: w.packTitle })
    await packForm.getByRole('button', { name: w.addCarton }).click()
    const qty = packForm.getByRole('textbox', { name: `${PRODUCT} (${w.cartonQty})` })
    await qty.nth(0).fill('100')
    await qty.nth(1).fill('100')
    for (const i of [0, 1]) {
      await packForm.getByRole('textbox', { name: w.net }).nth(i).fill('2000')
      await packForm.getByRole('textbox', { name: w.gross }).nth(i).fill('2600')
    }
    await packForm.getByRole('button', { name: w.savePacking }).click()
    await expect(packForm).toBeHidden()
    await page.getByRole('button', { name: w.ship, exact: true }).click()
    await expect(page.getByText(w.saleReceipt)).toBeVisible()

    // The balance, and the order is paid.
    await page.getByRole('button', { name: w.takePayment }).click()
    const balanceForm = page.getByRole('dialog', { name: w.takePayment })
    await balanceForm.getByRole('textbox', { name: w.reference }).fill('TRF-NZ-2')
    await balanceForm.getByRole('button', { name: w.savePayment }).click()
    await expect(balance).toHaveText('Rp 0')
    await expect(page.getByText(w.paid, { exact: true }).first()).toBeVisible()

    // The order's page, full of figures, has no serious accessibility fault.
    expect(await seriousViolations(page, APP_SHELL)).toEqual([])

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
}
