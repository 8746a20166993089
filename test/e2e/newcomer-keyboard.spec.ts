import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { apiCall } from './support/api'
import { demoProduct } from './support/arrange'
import { expect, test } from './support/fixtures'
import { goToScreen } from './support/screens'
import type { WebApp } from './support/web-app'

// Issue 15, "Seeing and keyboard" and the Laporan charts: one Escape closes "Terima stok", the
// scrolling lists take focus, the charts are named pictures, every workshop's bar is labelled.

// A fresh server, a demo import and report queries: generous on a busy two-core machine.
test.describe.configure({ timeout: 180_000 })

const demo = JSON.parse(
  readFileSync(join(process.cwd(), 'resources', 'demo-catalog.json'), 'utf8'),
) as { products: Array<{ sku: string; workshop: string; openingStock: number }> }

/** One sale of one product of every demo workshop: the Hasil kerja chart gets a bar each. */
async function sellInEveryWorkshop(web: WebApp): Promise<string[]> {
  const workshops = new Map<string, string>()
  for (const p of demo.products) {
    if (p.openingStock > 0 && !workshops.has(p.workshop)) workshops.set(p.workshop, p.sku)
  }
  for (const sku of workshops.values()) {
    const product = await demoProduct(web, sku)
    await apiCall(web, 'sales:checkout', {
      id: crypto.randomUUID(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: product.price }],
    })
  }
  return [...workshops.keys()]
}

/** A focusable, named scrolling region: Tab reaches it, so the arrow keys scroll it. */
async function scrollsByKeyboard(page: Page, name: string) {
  const region = page.getByRole('region', { name })
  await expect(region).toHaveAttribute('tabindex', '0')
  await region.focus()
  await expect(region).toBeFocused()
}

test('"Terima stok" closes with one Escape, and its list of lines takes focus', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000)
  await openApp({ demo: 'accept' })
  await goToScreen(page, 'Stok')
  await page.getByRole('button', { name: 'Terima stok', exact: true }).click()
  const form = page.getByRole('dialog', { name: 'Dokumen penerimaan baru' })
  const scanField = form.getByRole('textbox', { name: 'Pindai barcode atau ketik SKU' })
  await expect(scanField).toBeFocused()
  const skus = ['GN-001', 'GN-002', 'GN-003', 'KY-001', 'KY-002', 'KY-003', 'AN-001', 'AN-002']
  for (const [i, sku] of skus.entries()) {
    await scanField.fill(sku)
    await scanField.press('Enter')
    await expect(
      form.getByRole('table', { name: 'Baris dokumen' }).locator('tbody tr'),
    ).toHaveCount(i + 1)
  }
  await scrollsByKeyboard(page, 'Baris dokumen')
  await page.screenshot({ path: test.info().outputPath('terima-stok-id.png') })

  await scanField.focus()
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()
})

test('Laporan › Persediaan: the keyboard scrolls the valuation list', async ({ page, openApp }) => {
  await openApp({ demo: 'accept' })
  await goToScreen(page, 'Laporan')
  await page.getByRole('tab', { name: 'Persediaan' }).click()
  const name = 'Nilai persediaan per lokasi dan kategori'
  await scrollsByKeyboard(page, name)
  const region = page.getByRole('region', { name })
  const metrics = () =>
    region.evaluate((el) => ({
      top: el.scrollTop,
      overflow: el.scrollHeight - el.clientHeight,
    }))
  // The demo catalogue's categories are more rows than the list shows: there is a fold.
  await expect.poll(async () => (await metrics()).overflow).toBeGreaterThan(0)
  expect((await metrics()).top).toBe(0)
  // Focused by Tab, not by a click: Shift+Tab from the list and Tab back lands on it again.
  await page.keyboard.press('Shift+Tab')
  await expect(region).not.toBeFocused()
  await page.keyboard.press('Tab')
  await expect(region).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect.poll(async () => (await metrics()).top).toBeGreaterThan(0)
  const afterArrow = (await metrics()).top
  await page.keyboard.press('PageDown')
  await expect.poll(async () => (await metrics()).top).toBeGreaterThan(afterArrow)
  await page.keyboard.press('Home')
  await expect.poll(async () => (await metrics()).top).toBe(0)
  await page.screenshot({ path: test.info().outputPath('persediaan-id.png') })
})

test('Laporan charts are named pictures; Hasil kerja labels every bar; every day is drawn', async ({
  page,
  web,
  openApp,
}) => {
  test.setTimeout(180_000)
  await openApp({ demo: 'accept' })
  await apiCall(web, 'reports:addSplitRule', {
    workshopId: null,
    validFrom: '2020-01-01',
    premiBp: 5000,
    pnbpBp: 1500,
    modalBp: 3500,
    basis: 'net_sales',
    note: '',
  })
  const workshops = await sellInEveryWorkshop(web)
  await page.reload()
  await goToScreen(page, 'Laporan')

  const daily = page.getByRole('img', { name: 'Penjualan bersih per hari' })
  await expect(daily).toBeVisible()
  await expect(page.getByRole('img', { name: 'Komposisi metode bayar' })).toBeVisible()
  // "Bulan ini" runs from the 1st to today: one label per day, the days without sales too.
  const day = async (label: string) =>
    Number((await page.getByRole('textbox', { name: label, exact: true }).inputValue()).slice(0, 2))
  const days = (await day('Sampai')) - (await day('Dari')) + 1
  await expect(daily.locator('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveCount(days)

  await page.getByRole('tab', { name: 'Hasil kerja' }).click()
  const chart = page.getByRole('img', { name: 'Premi, PNBP dan modal per kegiatan kerja' })
  await expect(chart).toBeVisible()
  // Each workshop's name is drawn whole, and no two names run into each other.
  // (recharts draws the tick texts in a layer of their own; the value axis reads "Rp …")
  const labels = chart.locator('.recharts-cartesian-axis-tick-value').filter({ hasNotText: /^Rp/ })
  await expect
    .poll(async () => (await labels.allTextContents()).map((s) => s.trim()).sort())
    .toEqual([...workshops].sort())
  const boxes = await labels.evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect()
      return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }
    }),
  )
  for (const [i, a] of boxes.entries()) {
    for (const b of boxes.slice(i + 1)) {
      const apart = a.bottom <= b.top || b.bottom <= a.top || a.right <= b.left || b.right <= a.left
      expect(apart, 'two workshop labels overlap').toBe(true)
    }
  }
  await page.screenshot({ path: test.info().outputPath('hasil-kerja-id.png'), fullPage: true })
})

test('after loading a catalogue, focus lands on the product search, not the page', async ({
  page,
  openApp,
}) => {
  test.setTimeout(180_000)
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Produk')
  await page.getByRole('button', { name: 'Impor CSV/Excel' }).click()
  const dialog = page.getByRole('dialog', { name: 'Impor produk dan stok awal' })
  await dialog.locator('input[type="file"]').setInputFiles({
    name: 'katalog.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      [
        'Nama;SKU;Barcode;Kategori;Kegiatan kerja;Satuan;Harga jual;Harga pokok;Stok awal',
        'Tas Anyaman Rotan;AN-302;;Anyaman;Anyaman Rotan;buah;Rp 250.000;Rp 120.000;3',
      ].join('\r\n'),
      'utf8',
    ),
  })
  await dialog.getByRole('button', { name: 'Impor 1 produk' }).click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('searchbox', { name: 'Cari produk' })).toBeFocused()
  await expect(
    page.getByRole('table', { name: 'Daftar produk' }).getByRole('row', { name: /AN-302/ }),
  ).toBeVisible()
})
