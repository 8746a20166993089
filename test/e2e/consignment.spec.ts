import { readFile } from 'node:fs/promises'
import { extractText, getDocumentProxy } from 'unpdf'
import { APP_SHELL, seriousViolations } from './support/a11y'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { scanInto } from './support/scanner'
import { goToScreen } from './support/screens'

// Titip jual through the real UI: a partner shop, goods sent to it by scanning, the partner's
// stock on Stok, a settlement with a sold part, a returned part and one missing piece, the
// sale in Laporan, and the partner's statement on screen and as a PDF.

const asbak = { name: 'Asbak Kayu Ukir', barcode: '2090000000085', sku: 'KY-002' }
const partnerName = 'Toko Borneo Uji'

test('partner → send by scanning → stock at the partner → settle sold/returned/missing → Laporan → statement', async ({
  page,
  web,
  openApp,
}) => {
  // A long walk through five screens on a shared two-core machine.
  test.setTimeout(300_000)
  await openApp({ demo: 'accept' })
  const [start] = (await apiCall(web, 'stock:levels', { query: asbak.sku })).rows
  const galeriStart = start!.onHand

  await goToScreen(page, 'Stok')
  const tabs = page.getByRole('tablist', { name: 'Bagian stok' })
  await tabs.getByRole('tab', { name: 'Titip jual' }).click()

  // A partner with a 20% commission.
  await page.getByRole('button', { name: 'Mitra baru' }).click()
  const form = page.getByRole('dialog', { name: 'Mitra titip jual baru' })
  await form.getByRole('textbox', { name: 'Nama mitra' }).fill(partnerName)
  await form.getByRole('textbox', { name: 'Kontak' }).fill('Ibu Sari 0812-555')
  await form.getByRole('textbox', { name: 'Komisi mitra (%)' }).fill('20')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const partners = page.getByRole('table', { name: 'Mitra titip jual' })
  await expect(partners.getByRole('row', { name: new RegExp(partnerName) })).toContainText('20%')

  // Five ashtrays sent by scanning: one transfer, handed over.
  await page.getByRole('button', { name: `Kirim barang ke ${partnerName}` }).click()
  const send = page.getByRole('dialog', { name: `Kirim barang ke ${partnerName}` })
  await scanInto(
    send.getByRole('textbox', { name: 'Pindai barcode atau ketik SKU' }),
    asbak.barcode,
    5,
  )
  await expect(send.getByRole('textbox', { name: `Jumlah ${asbak.name}` })).toHaveValue('5')
  await send.getByRole('button', { name: 'Kirim ke mitra' }).click()
  await expect(page.getByText(new RegExp(`Terkirim ke ${partnerName}: TRF-KSG1-`))).toBeVisible()
  await expect(send).toBeHidden()

  // The partner's stock per product on Stok.
  await tabs.getByRole('tab', { name: 'Stok', exact: true }).click()
  await page.getByRole('combobox', { name: 'Lokasi', exact: true }).click()
  await page.getByRole('option', { name: partnerName }).click()
  const stock = page.getByRole('table', { name: 'Stok per produk' })
  const atPartner = stock.getByRole('row', { name: new RegExp(asbak.name) })
  await expect(atPartner.getByRole('cell').nth(4)).toHaveText('5 pcs')

  // Settlement: 2 sold, 2 came back, 1 missing.
  await tabs.getByRole('tab', { name: 'Titip jual' }).click()
  await page.getByRole('button', { name: `Penyelesaian ${partnerName}` }).click()
  const settle = page.getByRole('dialog', { name: `Penyelesaian ${partnerName}` })
  await settle.getByRole('textbox', { name: `Terjual ${asbak.name}` }).fill('2')
  await settle.getByRole('textbox', { name: `Kembali ${asbak.name}` }).fill('2')
  await settle.getByRole('textbox', { name: `Hilang ${asbak.name}` }).fill('1')
  await settle
    .getByRole('textbox', { name: 'Alasan barang hilang' })
    .fill('Hilang di etalase mitra')
  // 2 × Rp 45.000 = Rp 90.000, 20% commission Rp 18.000, due Rp 72.000.
  const due = settle.getByRole('status', { name: 'Hak toko (dibayar mitra)' })
  await expect(due).toContainText('Rp 90.000')
  await expect(due).toContainText('Rp 18.000')
  await expect(due).toContainText('Rp 72.000')
  await page.screenshot({ path: test.info().outputPath('titip-jual-settle.png') })
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])
  await settle.getByRole('button', { name: 'Posting penyelesaian' }).click()
  await expect(settle).toBeHidden()
  const result = page.getByRole('alert', { name: /^Penyelesaian TJ-KSG1-\d{4}-0001$/ })
  await expect(result).toContainText('Rp 72.000')
  await expect(result).toContainText(/Penjualan: KSG1-/)
  await expect(result).toContainText(/Transfer kembali: TRF-KSG1-/)
  await expect(
    page.getByRole('table', { name: 'Mitra titip jual' }).getByRole('row', {
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
  await goToScreen(page, 'Laporan')
  await page.getByRole('tab', { name: 'Penjualan', exact: true }).click()
  // The breakdown's segmented control: its radio input is hidden behind its label.
  await page.getByText('Lokasi', { exact: true }).click()
  const byLocation = page.getByRole('table', { name: 'Rincian penjualan menurut lokasi' })
  await expect(byLocation.getByRole('row', { name: new RegExp(partnerName) })).toContainText(
    'Rp 72.000',
  )

  // The statement on screen and as a PDF.
  await goToScreen(page, 'Stok')
  await tabs.getByRole('tab', { name: 'Titip jual' }).click()
  await page.getByRole('button', { name: `Laporan titip jual ${partnerName}` }).click()
  const statement = page.getByRole('dialog', { name: `Laporan titip jual ${partnerName}` })
  const row = statement
    .getByRole('table', { name: 'Laporan per produk' })
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
  const from = statement.getByRole('textbox', { name: 'Dari tanggal', exact: true })
  await expect(from).toHaveValue(`01/${m}/${y}`)
  await expect(statement.getByRole('textbox', { name: 'Sampai tanggal', exact: true })).toHaveValue(
    `${d}/${m}/${y}`,
  )
  await from.fill(`${d}/${m}/${y}`)
  await from.press('Tab')
  await expect(from).toHaveValue(`${d}/${m}/${y}`)
  await expect(row.getByRole('cell').nth(2)).toHaveText('5')
  await page.screenshot({ path: test.info().outputPath('titip-jual-statement.png') })
  const downloading = page.waitForEvent('download')
  await statement.getByRole('button', { name: 'Simpan PDF' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^titip-jual-Toko-Borneo-Uji-.*\.pdf$/)
  const pdf = await getDocumentProxy(new Uint8Array(await readFile((await download.path())!)))
  const text = (await extractText(pdf, { mergePages: true })).text.replace(/\s+/g, ' ')
  for (const expected of [
    'Laporan Titip Jual',
    partnerName,
    'Komisi mitra',
    '20%',
    'Rp 90.000',
    'Rp 18.000',
    'Rp 72.000',
    'Dikirim 5, terjual 2, kembali 2, hilang 1; masih di mitra 0.',
  ]) {
    expect(text).toContain(expected)
  }
})
