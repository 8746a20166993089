import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Page } from '@playwright/test'
import { decodeEscPos } from '../helpers/escpos-decoder'
import { startFakePrinter } from '../helpers/fake-printer'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { completeSetup, importDemoCatalogue } from './support/first-run'
import { passRecoveryStep, recoveryWords } from './support/recovery-step'
import { goToScreen, openSettingsTab, openShift, sellByScan } from './support/screens'
import { startWebApp } from './support/web-app'

/**
 * The first run on an empty data folder, in the browser: the whole wizard to a first sale whose
 * printed receipt (decoded from the fake printer's bytes) carries the shop's own header and the
 * till code; training mode; and a new PC restored from a backup on a USB folder.
 */

test.use({ emptyFolder: true, viewport: { width: 1366, height: 768 } })
test.describe.configure({ timeout: 300_000 })

const shots = join(process.cwd(), 'reports', 'wizard')

/** Each wizard step, once in Indonesian and once in English, for a person to look at. */
async function screenshotBoth(page: Page, step: string) {
  mkdirSync(shots, { recursive: true })
  await page.screenshot({ path: join(shots, `${step}-id.png`) })
  await page.getByText('EN', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Setting up Etalase' })).toBeVisible()
  await page.screenshot({ path: join(shots, `${step}-en.png`) })
  await page.getByText('ID', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
}

test('the whole wizard from an empty folder to a first sale with the shop header and till code on the printed receipt', async ({
  page,
  web,
}) => {
  const printer = await startFakePrinter()
  try {
    await page.goto(web.url)
    await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
    // Main refuses the till's channels until the wizard is done, whatever the page asks.
    const refused = await fetch(`http://127.0.0.1:${web.port}/api/catalog:search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
      body: JSON.stringify({ query: '' }),
    })
    expect(await refused.json()).toMatchObject({ ok: false, code: 'SETUP_REQUIRED' })

    // 1 Language.
    await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeChecked()
    await screenshotBoth(page, '1-language')
    await page.getByRole('button', { name: 'Lanjut' }).click()

    // 2 The shop, with its own receipt header and footer.
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await expect(page.getByText('Wajib diisi.').first()).toBeVisible()
    await page.getByRole('textbox', { name: 'Nama toko' }).fill('Galeri Pameran Kalteng')
    await page.getByRole('textbox', { name: 'Alamat' }).fill('Jl. Yos Sudarso 12\nPalangka Raya')
    await page.getByRole('textbox', { name: 'Telepon' }).fill('0536 3221100')
    await page
      .getByRole('textbox', { name: 'Kepala struk (boleh kosong)' })
      .fill('Karya WBP Lapas Kasongan')
    await page.getByRole('textbox', { name: 'Kaki struk (boleh kosong)' }).fill('Sampai jumpa lagi')
    await screenshotBoth(page, '2-shop')
    await page.getByRole('button', { name: 'Lanjut' }).click()

    // 3 This till: a bad code is refused before anything is sent.
    const code = page.getByRole('textbox', { name: 'Kode kasir' })
    await code.fill('p-1')
    await page.getByRole('button', { name: 'Lanjut' }).click()
    await expect(
      page.getByText('Kode kasir harus 2–4 huruf kapital atau angka, misalnya KSG1.'),
    ).toBeVisible()
    await code.fill('pmr1')
    await expect(code).toHaveValue('PMR1')
    await page.getByRole('radio', { name: 'Kasir stan pameran' }).check()
    await screenshotBoth(page, '3-till')
    await page.getByRole('button', { name: 'Lanjut' }).click()

    // 4 The first admin: a PIN of six digits at least.
    await page.getByRole('textbox', { name: 'Nama admin' }).fill('Sari')
    await page.getByLabel('PIN (minimal 6 angka)').fill('1234')
    await page.getByLabel('Ulangi PIN').fill('1234')
    await page.getByRole('button', { name: 'Simpan dan lanjut' }).click()
    await expect(page.getByText('PIN harus 6–8 angka.')).toBeVisible()
    await page.getByLabel('PIN (minimal 6 angka)').fill('246810')
    await page.getByLabel('Ulangi PIN').fill('246810')
    await screenshotBoth(page, '4-admin')
    await page.getByRole('button', { name: 'Simpan dan lanjut' }).click()

    // 5 Printer: the fake network printer, a test page.
    await expect(page.getByRole('radio', { name: 'Jaringan (LAN/Wi-Fi)' })).toBeVisible()
    expect(await apiCall(web, 'app:info', {})).toMatchObject({
      setupRequired: false,
      deviceCode: 'PMR1',
      user: { name: 'Sari', role: 'admin' },
    })
    await page.getByRole('radio', { name: 'Jaringan (LAN/Wi-Fi)' }).check()
    await page.getByRole('textbox', { name: 'Alamat IP printer' }).fill(printer.host)
    await page.getByRole('textbox', { name: 'Port' }).fill(String(printer.port))
    await page.getByRole('switch', { name: 'Cetak struk otomatis setelah penjualan' }).check()
    await page.getByRole('button', { name: 'Simpan pengaturan printer' }).click()
    await expect(page.getByText('Pengaturan printer disimpan.')).toBeVisible()
    await screenshotBoth(page, '5-printer')
    await page.getByRole('button', { name: 'Lanjut' }).click()

    // 6 Backups: skipped.
    await screenshotBoth(page, '6-backup')
    await page.getByRole('button', { name: 'Lewati' }).click()

    // 7 Catalogue: start empty.
    await expect(page.getByRole('button', { name: 'Mulai kosong' })).toBeVisible()
    await screenshotBoth(page, '7-catalogue')
    await page.getByRole('button', { name: 'Mulai kosong' }).click()

    // 8 The chain key's recovery code, shown this once without a PIN, saved as a PDF; Finish
    // waits for the tick.
    await expect(page.getByRole('group', { name: 'Kode pemulihan', exact: true })).toBeVisible()
    await screenshotBoth(page, '8-recovery')
    const recoveryCode = await passRecoveryStep(
      page,
      web.dataDir,
      recoveryWords.id,
      '/tmp/h13-id.png',
    )

    // A first sale: a product, a shift, a scan.
    await apiCall(web, 'catalog:create', {
      name: 'Gantungan Kunci Getah Nyatu',
      sku: 'GN-1',
      barcode: '8991234500017',
      categoryId: null,
      unit: 'pcs',
      price: 15_000,
      cost: 6_000,
      workshopId: null,
      active: true,
    })
    const [product] = await apiCall(web, 'catalog:search', { query: 'GN-1', limit: 1 })
    await receiveStock(viaApi(web), { productId: product!.id, qty: 5 })
    await openShift(page, 0)
    const receipt = await sellByScan(page, {
      barcode: '8991234500017',
      total: 'Rp 15.000',
      cash: '20.000',
    })
    const [sale] = await apiCall(web, 'sales:list', {})
    expect(sale!.receiptNo).toMatch(/^PMR1-\d{8}-000001$/)
    await expect(receipt.getByRole('status').filter({ hasText: 'tercetak' })).toBeVisible()
    const connections = await printer.closedConnections(2)
    const paper = connections
      .filter((bytes) => bytes[0] === 0x1b && bytes[1] === 0x40)
      .map((bytes) => decodeEscPos(bytes, { columns: 32 }).lines.join('\n'))
      .find((text) => text.includes(sale!.receiptNo))
    expect(paper).toBeDefined()
    for (const line of [
      'Galeri Pameran Kalteng',
      'Karya WBP Lapas Kasongan',
      'Jl. Yos Sudarso 12',
      'Telp. 0536 3221100',
      'Sampai jumpa lagi',
      sale!.receiptNo,
    ]) {
      expect(paper).toContain(line)
    }
    expect(paper).not.toContain('BUKAN BUKTI PEMBAYARAN')

    // The wizard's showing was the free one: Pengaturan → Data now asks for the admin's PIN,
    // and with it shows the same code.
    await receipt.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()
    await openSettingsTab(page, 'Data')
    const show = page.getByRole('button', { name: 'Tampilkan kode pemulihan' })
    const showForm = page.locator('form').filter({ has: show })
    await expect(showForm.getByLabel('PIN admin Anda')).toBeVisible()
    await showForm.getByLabel('PIN admin Anda').fill('246810')
    await show.click()
    await expect(page.getByLabel('Kode pemulihan kunci rantai')).toHaveText(recoveryCode)
  } finally {
    await printer.close()
  }
})

test('in English, the recovery code step after setup; Settings → Data then asks for the PIN', async ({
  page,
  web,
}) => {
  await page.goto(web.url)
  await page.getByText('EN', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Setting up Etalase' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Shop name' }).fill('Borneo Craft Gallery')
  await page.getByRole('textbox', { name: 'Address' }).fill('Jl. Tjilik Riwut Km. 5')
  await page.getByRole('textbox', { name: 'Phone' }).fill('0536 123456')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Till code' }).fill('KSG2')
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('textbox', { name: 'Admin name' }).fill('Dewi')
  await page.getByLabel('PIN (at least 6 digits)').fill('975310')
  await page.getByLabel('Repeat the PIN').fill('975310')
  await page.getByRole('button', { name: 'Save and continue' }).click()
  await expect(page.getByRole('radio', { name: /LAN/ })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await page.getByRole('button', { name: 'Skip' }).click()
  await page.getByRole('button', { name: 'Start empty' }).click()

  const code = await passRecoveryStep(page, web.dataDir, recoveryWords.en, '/tmp/h13-en.png')
  expect(await apiCall(web, 'evidence:status', {})).toMatchObject({ recoveryShown: true })
  await goToScreen(page, 'Settings', 'Settings')
  await page.getByRole('tab', { name: 'Data', exact: true }).click()
  const show = page.getByRole('button', { name: 'Show recovery code' })
  const showForm = page.locator('form').filter({ has: show })
  await expect(showForm.getByLabel('Your admin PIN')).toBeVisible()
  await showForm.getByLabel('Your admin PIN').fill('975310')
  await show.click()
  await expect(page.getByLabel('Chain key recovery code')).toHaveText(code)
})

/** Where the focus is: inside the wizard (never the page itself), and which field. */
const focusInWizard = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement
    const wizard = document.querySelector('main')
    return !!wizard && !!active && active !== document.body && wizard.contains(active)
  })

test('the wizard takes the focus on first start and moves it to each new step’s first field', async ({
  page,
  web,
}) => {
  await page.goto(web.url)
  await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
  // First start: the focus is already in the wizard, on the language choice.
  await expect(page.getByRole('radio', { name: 'Bahasa Indonesia' })).toBeFocused()
  expect(await focusInWizard(page)).toBe(true)
  await page.keyboard.press('Tab')
  expect(await focusInWizard(page)).toBe(true)

  // Each step: its first field has the focus, so typing goes straight into it.
  await page.getByRole('button', { name: 'Lanjut' }).click()
  const shopName = page.getByRole('textbox', { name: 'Nama toko' })
  await expect(shopName).toBeFocused()
  await page.keyboard.type('Galeri Pameran Kalteng')
  await expect(shopName).toHaveValue('Galeri Pameran Kalteng')
  await page.getByRole('textbox', { name: 'Alamat' }).fill('Jl. Yos Sudarso 12')
  await page.getByRole('textbox', { name: 'Telepon' }).fill('0536 3221100')
  await page.getByRole('button', { name: 'Lanjut' }).click()
  await expect(page.getByRole('textbox', { name: 'Kode kasir' })).toBeFocused()
  await page.keyboard.type('pmr1')
  await expect(page.getByRole('textbox', { name: 'Kode kasir' })).toHaveValue('PMR1')
  await page.getByRole('button', { name: 'Lanjut' }).click()
  await expect(page.getByRole('textbox', { name: 'Nama admin' })).toBeFocused()

  // Back: the previous step's first field again.
  await page.getByRole('button', { name: 'Kembali' }).click()
  await expect(page.getByRole('textbox', { name: 'Kode kasir' })).toBeFocused()

  // In English, the same.
  await page.getByRole('button', { name: 'Kembali' }).click()
  await page.getByRole('button', { name: 'Kembali' }).click()
  await page.getByText('EN', { exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Setting up Etalase' })).toBeVisible()
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('textbox', { name: 'Shop name' })).toBeFocused()
  expect(await focusInWizard(page)).toBe(true)
})

test('training mode sells with the LATIHAN banner and leaves the real ledger empty', async ({
  page,
  web,
}) => {
  await completeSetup(web)
  await page.goto(web.url)
  await openSettingsTab(page, 'Umum')
  await page.getByRole('button', { name: 'Coba dulu (mode latihan)' }).click()
  const banner = page.getByTestId('training-banner')
  await expect(banner).toContainText('LATIHAN')
  await expect(banner).toContainText('BUKAN BUKTI PEMBAYARAN')
  await openShift(page, 0)
  await expect(banner).toBeVisible()
  const [demo] = await apiCall(web, 'catalog:search', { query: 'GN-001', limit: 1 })
  const receipt = await sellByScan(page, {
    barcode: demo!.barcode!,
    total: 'Rp 15.000',
    cash: '20.000',
  })
  const preview = receipt.getByRole('figure', { name: 'Pratinjau struk seperti tercetak' })
  await expect(preview).toContainText('BUKAN BUKTI PEMBAYARAN')
  await expect(banner).toBeVisible()
  await receipt.getByRole('button', { name: 'Transaksi baru (Enter)' }).click()

  await banner.getByRole('button', { name: 'Kembali ke pembukuan asli' }).click()
  await expect(page.getByTestId('training-banner')).toHaveCount(0)
  expect(await apiCall(web, 'app:info', {})).toMatchObject({
    training: false,
    user: { name: 'Admin' },
  })
  expect(await apiCall(web, 'sales:list', {})).toEqual([])
  const real = new Database(join(web.dataDir, 'etalase.sqlite'), { readonly: true })
  try {
    const count = (table: string) => real.prepare(`select count(*) from ${table}`).pluck().get()
    expect([count('sales'), count('stock_movements'), count('products')]).toEqual([0, 0, 0])
  } finally {
    real.close()
  }
})

test('a new PC restores from a backup folder on the wizard first screen', async ({ page, web }) => {
  // The old till: set up, a catalogue, a backup copied to "the USB stick".
  const old = await startWebApp()
  try {
    await completeSetup(old)
    await importDemoCatalogue(old)
    const run = await apiCall(old, 'data:backupNow', {})
    expect(run.ok).toBe(true)
    const { backups } = await apiCall(old, 'data:backups', {})
    const folder = backups[0]!.folder

    await page.goto(web.url)
    await page
      .getByRole('button', { name: 'PC baru atau diperbaiki? Pulihkan data dari cadangan' })
      .click()
    await page.getByRole('textbox', { name: 'Folder cadangan' }).fill(folder)
    await page.getByRole('button', { name: 'Cari cadangan' }).click()
    await page.getByRole('button', { name: `Pulihkan ${backups[0]!.file}` }).click()
    // The restored data has its admin with a PIN: the sign-in screen, never the wizard again.
    await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible({ timeout: 30_000 })
    expect(await apiCall(web, 'app:info', {})).toMatchObject({
      setupRequired: false,
      deviceCode: 'KSG1',
    })
  } finally {
    await old.stop()
  }
})
