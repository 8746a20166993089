import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen } from './support/screens'

/**
 * Product names, categories, workshops, stock notes and void reasons are rendered as text
 * only. Each payload would set window.__pwned if the markup ran; the test proves no such
 * markup reached the DOM and that the literal text is what the user sees, on every screen
 * that shows it: Kasir, Produk, Riwayat, Stok (list, stock card, stock document).
 */
test.describe.configure({ timeout: 120_000 })

const NAME = '<img src=x onerror="window.__pwned=1">Tas XSS'
const CATEGORY = '<script>window.__pwned=2</script>Kategori XSS'
const WORKSHOP = '<svg onload="window.__pwned=3">Bengkel XSS'
const NOTE = '<iframe srcdoc="<script>parent.__pwned=4</script>">catatan'
const VOID_REASON = '<b onmouseover="window.__pwned=5">alasan</b>'

/**
 * Nothing injected can run: no element the payloads would create exists anywhere in the
 * document, and no element carries an inline event handler (React never writes `on*`
 * attributes; it attaches listeners). Checked on the rendered screen, so it needs no sleep:
 * markup that is not in the DOM cannot execute, however long one waits.
 */
async function notPwned(page: Page) {
  const injected = await page.evaluate(() => {
    const found = [
      ...document.querySelectorAll('img[src="x"], script:not([src]), iframe[srcdoc], svg[onload]'),
    ].map((e) => e.outerHTML)
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) {
        if (attribute.startsWith('on')) found.push(element.outerHTML.slice(0, 200))
      }
    }
    return { found, pwned: (window as { __pwned?: unknown }).__pwned }
  })
  expect(injected).toEqual({ found: [], pwned: undefined })
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
  const options = await apiCall(web, 'catalog:options', {})
  const galeri = options.locations.find((l) => l.name === 'Galeri')!
  const intake = await apiCall(web, 'stock:postDocument', {
    kind: 'production_in',
    locationId: galeri.id,
    workshopId: workshop.id,
    docDate: '2026-11-27',
    note: NOTE,
    lines: [{ productId: product.id, qty: 20 }],
  })
  // Every sale needs an open shift (openApp below would open it only after this one).
  await apiCall(web, 'shifts:open', { openingFloat: 0 })
  const sale = await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: product.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
  await apiCall(web, 'sales:void', { saleId: sale.id, reason: VOID_REASON })

  await openApp({ demo: 'decline', shift: false })
  // The till is drawn first: read before the app renders, the check would pass on an empty page.
  await expect(page.getByRole('heading', { name: 'Kasir', exact: true })).toBeVisible()
  await notPwned(page)

  // Kasir: the search result list shows the name.
  await goToScreen(page, 'Kasir', 'Kasir')
  await page.getByRole('combobox', { name: 'Cari produk (F2)' }).fill('Tas XSS')
  await expect(page.getByRole('option').getByText(NAME, { exact: true })).toBeVisible()
  await notPwned(page)

  // Produk: the table shows name, category and workshop, each as its literal text.
  await goToScreen(page, 'Produk', 'Produk')
  const row = page.getByRole('row').filter({ hasText: 'XSS-1' })
  await expect(row.getByText(NAME, { exact: true })).toBeVisible()
  await expect(row.getByRole('cell', { name: CATEGORY, exact: true })).toBeVisible()
  await expect(row.getByRole('cell', { name: WORKSHOP, exact: true })).toBeVisible()
  await notPwned(page)

  // Riwayat: the voided sale and its detail with the line name and the void reason.
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await page.getByRole('cell', { name: sale.receiptNo }).first().click()
  await expect(page.getByRole('dialog').getByText(NAME, { exact: true })).toBeVisible()
  // The void reason is a free-text note shown inside a translated sentence.
  await expect(page.getByRole('dialog').getByText(VOID_REASON)).toBeVisible()
  await notPwned(page)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toBeHidden()

  // Stok: the stock list, and the stock card with the movement's note.
  await goToScreen(page, 'Stok', 'Stok')
  await expect(page.getByRole('cell', { name: NAME, exact: true })).toBeVisible()
  await page.getByRole('button', { name: `Kartu stok ${NAME}`, exact: true }).click()
  const card = page.getByRole('table', { name: `Pergerakan stok ${NAME}`, exact: true })
  await expect(card.getByText(NOTE, { exact: true })).toBeVisible()
  await notPwned(page)
  await page.keyboard.press('Escape')
  await expect(card).toBeHidden()

  // Stok → documents: the intake's workshop in the list; workshop and note in the document.
  await page.getByRole('tab', { name: 'Penerimaan & pengeluaran' }).click()
  const docRow = page.getByRole('row').filter({ hasText: intake.docNo })
  await expect(docRow.getByRole('cell', { name: WORKSHOP, exact: true })).toBeVisible()
  await docRow.getByRole('button', { name: `Buka ${intake.docNo}` }).click()
  const view = page.getByRole('dialog')
  await expect(view.getByText(WORKSHOP, { exact: true })).toBeVisible()
  await expect(view.getByText(NOTE, { exact: true })).toBeVisible()
  await notPwned(page)
})
