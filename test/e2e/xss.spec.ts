import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'

/**
 * Product names, categories, workshops and notes are rendered as text only. Each payload
 * would set window.__pwned if the markup ran; the test proves it never does and that the
 * literal text is what the cashier sees.
 */
test.describe.configure({ timeout: 120_000 })

const NAME = '<img src=x onerror="window.__pwned=1">Tas XSS'
const CATEGORY = '<script>window.__pwned=2</script>Kategori XSS'
const WORKSHOP = '<svg onload="window.__pwned=3">Bengkel XSS'
const NOTE = '<iframe srcdoc="<script>parent.__pwned=4</script>">catatan'
const VOID_REASON = '<b onmouseover="window.__pwned=5">alasan</b>'

async function notPwned(page: Page) {
  // Give any injected handler (onerror fires on load) a moment to run.
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
  expect(await page.locator('img[src="x"], script:not([src]), iframe[srcdoc]').count()).toBe(0)
}

async function open(page: Page, route: string) {
  await page.evaluate((r) => (window.location.hash = `/${r}`), route)
  await page.waitForTimeout(300)
}

test('markup stored in names and notes never runs and shows as text', async ({
  page,
  web,
  openApp,
}) => {
  const category = await apiCall(web, 'catalog:addCategory', { name: CATEGORY })
  const workshop = await apiCall(web, 'catalog:addWorkshop', { name: WORKSHOP })
  const product = await apiCall(web, 'catalog:create', {
    name: NAME,
    sku: 'XSS-1',
    barcode: '2000000000015',
    categoryId: category.id,
    unit: 'pcs',
    price: 15_000,
    cost: 6_000,
    workshopId: workshop.id,
    active: true,
  })
  await apiCall(web, 'stock:receive', { productId: product.id, qty: 20, note: NOTE })
  const sale = await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: product.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
  await apiCall(web, 'sales:void', { saleId: sale.id, reason: VOID_REASON })

  await openApp({ demo: 'decline' })
  await notPwned(page)

  // Kasir: the search result list shows the name.
  await open(page, 'kasir')
  await page.getByRole('combobox', { name: 'Cari produk (F2)' }).fill('Tas XSS')
  await expect(page.getByText(NAME).first()).toBeVisible()
  await notPwned(page)

  // Produk: the table shows name, category and workshop.
  await open(page, 'produk')
  await expect(page.getByText(NAME).first()).toBeVisible()
  await expect(page.getByText(CATEGORY).first()).toBeVisible()
  await notPwned(page)

  // Riwayat: the voided sale and its detail with the line name and the void reason.
  await open(page, 'riwayat')
  await expect(page.getByRole('cell', { name: sale.receiptNo }).first()).toBeVisible()
  await page.getByRole('cell', { name: sale.receiptNo }).first().click()
  await expect(page.getByText(NAME).first()).toBeVisible()
  // The void reason is a free-text note shown inside a translated sentence.
  await expect(page.getByText(VOID_REASON, { exact: false }).first()).toBeVisible()
  await notPwned(page)
  await page.keyboard.press('Escape')

  // Stok: the stock list.
  await open(page, 'stok')
  await expect(page.getByText(NAME).first()).toBeVisible()
  await notPwned(page)
})
