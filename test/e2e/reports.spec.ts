import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import JSZip from 'jszip'
import type { Page } from '@playwright/test'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen } from './support/screens'

/**
 * The monthly hasil kerja report end to end: a split rule set on screen, sales from two
 * workshops, the split on screen, and the same numbers read back from the exported XLSX.
 */
test('split rule → sales from two workshops → hasil kerja on screen → XLSX with the same numbers', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  const getah = await apiCall(web, 'catalog:addWorkshop', { name: 'Getah Nyatu E2E' })
  const kayu = await apiCall(web, 'catalog:addWorkshop', { name: 'Ukir Kayu E2E' })
  const product = async (name: string, sku: string, price: number, workshopId: string) => {
    const created = await apiCall(web, 'catalog:create', {
      name,
      sku,
      barcode: null,
      categoryId: null,
      unit: 'pcs',
      price,
      cost: Math.round(price / 2),
      workshopId,
      active: true,
    })
    await receiveStock(viaApi(web), { productId: created.id, qty: 20 })
    return created
  }
  const keychain = await product('Gantungan Kunci E2E', 'E2E-GN', 20_000, getah.id)
  const carving = await product('Ukiran Burung E2E', 'E2E-UK', 125_000, kayu.id)

  // The rule, set on screen: 50 / 15 / 35 % of net sales for every workshop, from the 1st.
  await page.getByRole('link', { name: 'Laporan' }).click()
  await page.getByRole('tab', { name: 'Aturan pembagian' }).click()
  await page.getByLabel('Premi (%)').fill('50')
  await page.getByLabel('PNBP (%)').fill('15')
  await page.getByLabel('Modal (%)').fill('35')
  await page.getByRole('button', { name: 'Simpan versi baru' }).click()
  const rules = page.getByRole('table', { name: 'Versi aturan pembagian' })
  await expect(
    rules.getByRole('row', { name: /Semua kegiatan \(bawaan\).*50 %.*15 %.*35 %/ }),
  ).toBeVisible()

  // Sales from both workshops.
  for (const [productId, qty] of [
    [keychain.id, 3],
    [carving.id, 1],
  ] as const) {
    await apiCall(web, 'sales:checkout', {
      id: randomUUID(),
      lines: [{ productId, qty }],
      payments: [{ methodId: 'tunai', amount: 500_000 }],
    })
  }

  await page.getByRole('tab', { name: 'Hasil kerja' }).click()
  const table = page.getByRole('table', { name: 'Pembagian hasil per kegiatan kerja' })
  const getahRow = table.getByRole('row', { name: /Getah Nyatu E2E/ })
  const kayuRow = table.getByRole('row', { name: /Ukir Kayu E2E/ })
  // 3 × Rp 20.000 = Rp 60.000 → 30.000 / 9.000 / 21.000; Rp 125.000 → 62.500 / 18.750 / 43.750.
  await expect(getahRow).toContainText('Rp 60.000')
  await expect(getahRow).toContainText('Rp 30.000')
  await expect(getahRow).toContainText('Rp 9.000')
  await expect(getahRow).toContainText('Rp 21.000')
  await expect(kayuRow).toContainText('Rp 125.000')
  await expect(kayuRow).toContainText('Rp 62.500')
  await expect(kayuRow).toContainText('Rp 18.750')
  await expect(kayuRow).toContainText('Rp 43.750')
  const totals = table.getByRole('row', { name: /^Total/ })
  await expect(totals).toContainText('Rp 185.000')
  await expect(totals).toContainText('Rp 92.500')

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Excel (XLSX)' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^laporan-hasil-kerja-\d{4}-\d{2}\.xlsx$/)
  const rows = await readFirstSheet(await readFile((await download.path())!))
  const rowOf = (name: string) => rows.find((row) => row[0] === name) ?? null
  const header = rowOf('Kegiatan kerja')!
  const col = (title: string) => header.indexOf(title)
  const getahXlsx = rowOf('Getah Nyatu E2E')!
  const kayuXlsx = rowOf('Ukir Kayu E2E')!
  const totalXlsx = rowOf('Total')!
  expect(getahXlsx[col('Qty')]).toBe(3)
  expect(getahXlsx[col('Penjualan bersih')]).toBe(60_000)
  expect(getahXlsx[col('Premi')]).toBe(30_000)
  expect(getahXlsx[col('PNBP')]).toBe(9_000)
  expect(getahXlsx[col('Modal')]).toBe(21_000)
  expect(kayuXlsx[col('Penjualan bersih')]).toBe(125_000)
  expect(kayuXlsx[col('Premi')]).toBe(62_500)
  expect(kayuXlsx[col('PNBP')]).toBe(18_750)
  expect(kayuXlsx[col('Modal')]).toBe(43_750)
  expect(totalXlsx[col('Penjualan bersih')]).toBe(185_000)
  expect(totalXlsx[col('Premi')]).toBe(92_500)
})

/** A summary figure by its label, as a number ("Rp 80.000" → 80000). */
async function figure(page: Page, region: string, label: string): Promise<number> {
  const card = page
    .getByRole('region', { name: region })
    .getByRole('group', { name: label, exact: true })
  const text = (await card.textContent()) ?? ''
  return Number(text.replace(label, '').replace(/[^\d]/g, ''))
}

/**
 * Subtotal is before discounts in the reports too (issue 15): a bag with 10 % off and a
 * keychain show as gross 80.000, discount 6.500 and net 73.500 in Laporan, net = gross −
 * discount, in Indonesian and English.
 */
test('Laporan shows gross sales before discounts, the discount and net = gross − discount', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  const product = async (name: string, sku: string, price: number) => {
    const created = await apiCall(web, 'catalog:create', {
      name,
      sku,
      barcode: null,
      categoryId: null,
      unit: 'pcs',
      price,
      cost: 1_000,
      workshopId: null,
      active: true,
    })
    await receiveStock(viaApi(web), { productId: created.id, qty: 5 })
    return created
  }
  const bag = await product('Tas Anyaman Rotan', 'TA-010', 65_000)
  const key = await product('Gantungan Kunci Enggang', 'GN-003', 15_000)
  const sale = await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [
      {
        productId: bag.id,
        qty: 1,
        discount: { kind: 'percent', value: 10, reason: 'Cacat kecil' },
      },
      { productId: key.id, qty: 1 },
    ],
    payments: [{ methodId: 'tunai', amount: 73_500 }],
  })
  expect(sale.total).toBe(73_500)

  await goToScreen(page, 'Laporan', 'Laporan')
  const summary = 'Ringkasan penjualan'
  await expect(
    page.getByRole('region', { name: summary }).getByRole('group', { name: 'Penjualan kotor' }),
  ).toContainText('Rp 80.000')
  const gross = await figure(page, summary, 'Penjualan kotor')
  const discount = await figure(page, summary, 'Diskon')
  const net = await figure(page, summary, 'Penjualan bersih')
  expect({ gross, discount, net }).toEqual({ gross: 80_000, discount: 6_500, net: 73_500 })
  expect(gross - discount).toBe(net)

  // The same figures under the English labels.
  await apiCall(web, 'settings:setLocale', { locale: 'en' })
  await page.reload()
  const en = 'Sales summary'
  await expect(
    page.getByRole('region', { name: en }).getByRole('group', { name: 'Gross sales' }),
  ).toContainText('Rp 80.000')
  expect({
    gross: await figure(page, en, 'Gross sales'),
    discount: await figure(page, en, 'Discounts'),
    net: await figure(page, en, 'Net sales'),
  }).toEqual({ gross: 80_000, discount: 6_500, net: 73_500 })
})

/**
 * A PNBP deposit typed wrong is cancelled on screen with a reason: it stays in the register,
 * struck out with the reason, and no longer counts as deposited.
 */
test('PNBP deposit recorded, then cancelled with a reason', async ({ page, web, openApp }) => {
  await openApp({ demo: 'decline' })
  const workshop = await apiCall(web, 'catalog:addWorkshop', { name: 'Anyaman E2E' })
  await apiCall(web, 'reports:addSplitRule', {
    workshopId: null,
    validFrom: '2000-01-01',
    premiBp: 5000,
    pnbpBp: 1500,
    modalBp: 3500,
    basis: 'net_sales',
  })
  const created = await apiCall(web, 'catalog:create', {
    name: 'Tas Anyaman E2E',
    sku: 'E2E-TA',
    barcode: null,
    categoryId: null,
    unit: 'pcs',
    price: 100_000,
    cost: 40_000,
    workshopId: workshop.id,
    active: true,
  })
  await receiveStock(viaApi(web), { productId: created.id, qty: 5 })
  await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: created.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 100_000 }],
  })

  await page.getByRole('link', { name: 'Laporan' }).click()
  await page.getByRole('tab', { name: 'Hasil kerja' }).click()
  await page.getByRole('button', { name: 'Catat setoran' }).click()
  const form = page.getByRole('dialog', { name: 'Catat setoran PNBP' })
  await form.getByLabel('Jumlah').fill('150000')
  await form.getByLabel('Kode billing').fill('820261128000001')
  await form.getByLabel('NTPN').fill('ABCD1234EFGH5678')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const register = page.getByRole('table', { name: 'Register setoran PNBP' })
  const row = register.getByRole('row', { name: /820261128000001/ })
  await expect(row).toContainText('Rp 150.000')
  const deposited = page.getByText('Disetor s.d. bulan ini').locator('..')
  await expect(deposited).toContainText('Rp 150.000')

  await row
    .getByRole('button', { name: /Batalkan setoran .* kode billing 820261128000001/ })
    .click()
  const dialog = page.getByRole('dialog', { name: 'Batalkan setoran PNBP' })
  await expect(dialog).toContainText('Rp 150.000')
  // No reason: refused with a message, nothing cancelled.
  await dialog.getByRole('button', { name: 'Batalkan setoran' }).click()
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Alasan pembatalan').fill('Jumlah salah, seharusnya Rp 15.000')
  await dialog.getByRole('button', { name: 'Batalkan setoran' }).click()
  await expect(dialog).toBeHidden()
  await expect(row).toContainText('Dibatalkan: Jumlah salah, seharusnya Rp 15.000')
  await expect(row.getByRole('button', { name: /Batalkan setoran/ })).toHaveCount(0)
  await expect(deposited).toContainText('Rp 0')
})

/**
 * Reads the first worksheet of an XLSX at the XML level (a real reader independent of the
 * exceljs writer): shared strings resolved, numbers as numbers, rows as arrays by column.
 */
async function readFirstSheet(bytes: Buffer): Promise<(string | number | null)[][]> {
  const zip = await JSZip.loadAsync(bytes)
  const shared = [
    ...((await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '').matchAll(
      /<si>([\s\S]*?)<\/si>/g,
    ),
  ].map((m) =>
    [...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join(''),
  )
  const xml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? ''
  const rows: (string | number | null)[][] = []
  for (const row of xml.matchAll(/<row[^>]*>([\s\S]*?)<\/row>/g)) {
    const values: (string | number | null)[] = []
    for (const cell of row[1]!.matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const column = [...cell[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
      const type = /t="(\w+)"/.exec(cell[2]!)?.[1]
      const raw = /<v>([\s\S]*?)<\/v>/.exec(cell[3] ?? '')?.[1]
      const inline = /<t[^>]*>([\s\S]*?)<\/t>/.exec(cell[3] ?? '')?.[1]
      values[column] =
        type === 's'
          ? (shared[Number(raw)] ?? null)
          : type === 'inlineStr'
            ? unescapeXml(inline ?? '')
            : type === 'str'
              ? unescapeXml(raw ?? '')
              : raw === undefined
                ? null
                : Number(raw)
    }
    rows.push(Array.from(values, (v) => v ?? null))
  }
  return rows
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
}
