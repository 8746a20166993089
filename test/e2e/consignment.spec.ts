import { readFile } from 'node:fs/promises'
import { extractText, getDocumentProxy } from 'unpdf'
import { APP_SHELL, seriousViolations } from './support/a11y'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { scanInto } from './support/scanner'
import { goToScreen } from './support/screens'

// Titip jual through the real UI, in Indonesian and in English: a partner shop, goods sent to
// it by scanning, the partner's stock on Stok, a settlement with a sold part, a returned part
// and one missing piece, the sale in Laporan, and the partner's statement on screen and as a
// PDF in the reader's language.

const asbak = { name: 'Asbak Kayu Ukir', barcode: '2090000000085', sku: 'KY-002' }
const partnerName = 'Toko Borneo Uji'

/** What the person reads on screen (and in the PDF), in each language. */
const words = {
  id: {
    stock: /^Stok$/,
    reports: /^Laporan$/,
    sections: 'Bagian stok',
    consignment: 'Titip jual',
    onHand: 'Stok',
    newPartner: 'Mitra baru',
    partnerForm: 'Mitra titip jual baru',
    partnerName: 'Nama mitra',
    contact: 'Kontak',
    commission: 'Komisi mitra (%)',
    save: 'Simpan',
    partners: 'Mitra titip jual',
    sendTo: (name: string) => `Kirim barang ke ${name}`,
    scan: 'Pindai barcode atau ketik SKU',
    qtyOf: (name: string) => `Jumlah ${name}`,
    sendSubmit: 'Kirim ke mitra',
    sent: (name: string) => new RegExp(`Terkirim ke ${name}: TRF-KSG1-`),
    location: 'Lokasi',
    stockTable: 'Stok per produk',
    settleWith: (name: string) => `Penyelesaian ${name}`,
    soldOf: (name: string) => `Terjual ${name}`,
    returnedOf: (name: string) => `Kembali ${name}`,
    missingOf: (name: string) => `Hilang ${name}`,
    missingReason: 'Alasan barang hilang',
    reason: 'Hilang di etalase mitra',
    amountDue: 'Hak toko (dibayar mitra)',
    commissionOf: 'Komisi mitra (20%)',
    post: 'Posting penyelesaian',
    result: /^Penyelesaian TJ-KSG1-\d{4}-0001$/,
    sale: /Penjualan: KSG1-/,
    returnTransfer: /Transfer kembali: TRF-KSG1-/,
    sales: 'Penjualan',
    byLocation: 'Rincian penjualan menurut lokasi',
    statementOf: (name: string) => `Laporan titip jual ${name}`,
    statementTable: 'Laporan per produk',
    from: 'Dari tanggal',
    to: 'Sampai tanggal',
    pdf: 'Simpan PDF',
    printed: [
      'Laporan Titip Jual',
      'Komisi mitra',
      'Dikirim 5, terjual 2, kembali 2, hilang 1; masih di mitra 0.',
      'Nilai jual Rp 90.000, komisi Rp 18.000, hak toko Rp 72.000.',
    ],
  },
  en: {
    stock: /^Stock$/,
    reports: /^Reports$/,
    sections: 'Stock sections',
    consignment: 'Consignment',
    onHand: 'On hand',
    newPartner: 'New partner',
    partnerForm: 'New consignment partner',
    partnerName: 'Partner name',
    contact: 'Contact',
    commission: 'Partner commission (%)',
    save: 'Save',
    partners: 'Consignment partners',
    sendTo: (name: string) => `Send goods to ${name}`,
    scan: 'Scan a barcode or type a SKU',
    qtyOf: (name: string) => `Quantity of ${name}`,
    sendSubmit: 'Send to partner',
    sent: (name: string) => new RegExp(`Sent to ${name}: TRF-KSG1-`),
    location: 'Location',
    stockTable: 'Stock by product',
    settleWith: (name: string) => `Settle with ${name}`,
    soldOf: (name: string) => `Sold ${name}`,
    returnedOf: (name: string) => `Returned ${name}`,
    missingOf: (name: string) => `Missing ${name}`,
    missingReason: 'Reason for missing goods',
    reason: 'Lost from the partner’s shelf',
    amountDue: 'Amount due (paid by partner)',
    commissionOf: 'Partner commission (20%)',
    post: 'Post settlement',
    result: /^Settlement TJ-KSG1-\d{4}-0001$/,
    sale: /Sale: KSG1-/,
    returnTransfer: /Return transfer: TRF-KSG1-/,
    sales: 'Sales',
    byLocation: 'Sales by location',
    statementOf: (name: string) => `Consignment statement ${name}`,
    statementTable: 'Statement per product',
    from: 'From',
    to: 'To',
    pdf: 'Save PDF',
    printed: [
      'Consignment Statement',
      'Partner commission',
      'Sent 5, sold 2, returned 2, missing 1; still at the partner 0.',
      'Sales value Rp 90.000, commission Rp 18.000, amount due Rp 72.000.',
    ],
  },
} as const

for (const lang of ['id', 'en'] as const) {
  const w = words[lang]
  test(`partner → send by scanning → stock at the partner → settle sold/returned/missing → Laporan → statement (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    // A long walk through five screens on a shared two-core machine.
    test.setTimeout(300_000)
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'accept' })
    const [start] = (await apiCall(web, 'stock:levels', { query: asbak.sku })).rows
    const galeriStart = start!.onHand

    await goToScreen(page, w.stock)
    const tabs = page.getByRole('tablist', { name: w.sections })
    await tabs.getByRole('tab', { name: w.consignment }).click()

    // A partner with a 20% commission.
    await page.getByRole('button', { name: w.newPartner }).click()
    const form = page.getByRole('dialog', { name: w.partnerForm })
    await form.getByRole('textbox', { name: w.partnerName }).fill(partnerName)
    await form.getByRole('textbox', { name: w.contact }).fill('Ibu Sari 0812-555')
    await form.getByRole('textbox', { name: w.commission }).fill('20')
    await form.getByRole('button', { name: w.save }).click()
    await expect(form).toBeHidden()
    const partners = page.getByRole('table', { name: w.partners })
    await expect(partners.getByRole('row', { name: new RegExp(partnerName) })).toContainText('20%')

    // Five ashtrays sent by scanning: one transfer, handed over.
    await page.getByRole('button', { name: w.sendTo(partnerName) }).click()
    const send = page.getByRole('dialog', { name: w.sendTo(partnerName) })
    await scanInto(send.getByRole('textbox', { name: w.scan }), asbak.barcode, 5)
    await expect(send.getByRole('textbox', { name: w.qtyOf(asbak.name) })).toHaveValue('5')
    await send.getByRole('button', { name: w.sendSubmit }).click()
    await expect(page.getByText(w.sent(partnerName))).toBeVisible()
    await expect(send).toBeHidden()

    // The partner's stock per product on Stok.
    await tabs.getByRole('tab', { name: w.onHand, exact: true }).click()
    await page.getByRole('combobox', { name: w.location, exact: true }).click()
    await page.getByRole('option', { name: partnerName }).click()
    const stock = page.getByRole('table', { name: w.stockTable })
    const atPartner = stock.getByRole('row', { name: new RegExp(asbak.name) })
    await expect(atPartner.getByRole('cell').nth(4)).toHaveText('5 pcs')

    // Settlement: 2 sold, 2 came back, 1 missing.
    await tabs.getByRole('tab', { name: w.consignment }).click()
    await page.getByRole('button', { name: w.settleWith(partnerName) }).click()
    const settle = page.getByRole('dialog', { name: w.settleWith(partnerName) })
    await settle.getByRole('textbox', { name: w.soldOf(asbak.name) }).fill('2')
    await settle.getByRole('textbox', { name: w.returnedOf(asbak.name) }).fill('2')
    await settle.getByRole('textbox', { name: w.missingOf(asbak.name) }).fill('1')
    await settle.getByRole('textbox', { name: w.missingReason }).fill(w.reason)
    // 2 × Rp 45.000 = Rp 90.000, 20% commission Rp 18.000, due Rp 72.000.
    const due = settle.getByRole('status', { name: w.amountDue })
    await expect(due).toContainText('Rp 90.000')
    await expect(due).toContainText('Rp 18.000')
    await expect(due).toContainText('Rp 72.000')
    await expect(due).toContainText(w.commissionOf)
    await page.screenshot({ path: test.info().outputPath(`titip-jual-settle-${lang}.png`) })
    expect(await seriousViolations(page, APP_SHELL)).toEqual([])
    await settle.getByRole('button', { name: w.post }).click()
    await expect(settle).toBeHidden()
    const result = page.getByRole('alert', { name: w.result })
    await expect(result).toContainText('Rp 72.000')
    await expect(result).toContainText(w.sale)
    await expect(result).toContainText(w.returnTransfer)
    await expect(
      page.getByRole('table', { name: w.partners }).getByRole('row', {
        name: new RegExp(partnerName),
      }),
    ).toContainText('20%')

    // The partner holds none now; two came home; one was written off there.
    const [after] = (await apiCall(web, 'stock:levels', { query: asbak.sku })).rows
    expect(after!.onHand).toBe(galeriStart - 5 + 2)
    const partnerId = (await apiCall(web, 'consignment:partners', {})).find(
      (p) => p.name === partnerName,
    )!.id
    const partnerStock = await apiCall(web, 'stock:levels', {
      query: asbak.sku,
      locationId: partnerId,
    })
    expect(partnerStock.rows[0]!.onHand).toBe(0)

    // The sale in Laporan, at the partner's location, net of the commission.
    await goToScreen(page, w.reports)
    await page.getByRole('tab', { name: w.sales, exact: true }).click()
    // The breakdown's segmented control: its radio input is hidden behind its label.
    await page.getByText(w.location, { exact: true }).click()
    const byLocation = page.getByRole('table', { name: w.byLocation })
    await expect(byLocation.getByRole('row', { name: new RegExp(partnerName) })).toContainText(
      'Rp 72.000',
    )

    // The statement on screen and as a PDF.
    await goToScreen(page, w.stock)
    await tabs.getByRole('tab', { name: w.consignment }).click()
    await page.getByRole('button', { name: w.statementOf(partnerName) }).click()
    const statement = page.getByRole('dialog', { name: w.statementOf(partnerName) })
    const row = statement
      .getByRole('table', { name: w.statementTable })
      .getByRole('row', { name: new RegExp(asbak.name) })
    // opening, sent, sold, returned, missing, closing, sales value, commission, amount due
    await expect(row.getByRole('cell')).toHaveText([
      asbak.name,
      '0',
      '5',
      '2',
      '2',
      '1',
      '0',
      'Rp 90.000',
      'Rp 18.000',
      'Rp 72.000',
    ])
    // The period reads and is typed day first, in the app's date fields (not the browser's):
    // from the month's first day by default; from today typed as dd/mm/yyyy keeps today's rows.
    const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
      .format(Date.now())
      .split('-')
    const from = statement.getByRole('textbox', { name: w.from, exact: true })
    await expect(from).toHaveValue(`01/${m}/${y}`)
    await expect(statement.getByRole('textbox', { name: w.to, exact: true })).toHaveValue(
      `${d}/${m}/${y}`,
    )
    await from.fill(`${d}/${m}/${y}`)
    await from.press('Tab')
    await expect(from).toHaveValue(`${d}/${m}/${y}`)
    await expect(row.getByRole('cell').nth(2)).toHaveText('5')
    await page.screenshot({ path: test.info().outputPath(`titip-jual-statement-${lang}.png`) })
    const downloading = page.waitForEvent('download')
    await statement.getByRole('button', { name: w.pdf }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^titip-jual-Toko-Borneo-Uji-.*\.pdf$/)
    const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)))
    const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ')
    for (const expected of [
      ...w.printed,
      partnerName,
      '20%',
      'Rp 90.000',
      'Rp 18.000',
      'Rp 72.000',
    ]) {
      expect(text).toContain(expected)
    }
  })
}
