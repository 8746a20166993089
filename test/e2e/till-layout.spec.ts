import type { Page } from '@playwright/test'
import { apiCall } from './support/api'
import { scannable } from './support/arrange'
import { hardwareScan } from './support/scanner'
import { enterCode, till, tillReady } from './support/screens'
import { expect, test } from './support/fixtures'

/**
 * The till at the counter's screen size (1366×768, the project's viewport): Pay stays on
 * screen however many tenders are added, a scan typed into a dialog stays typing, the F-key
 * that toggles the tiles is not the browser's full-screen key, and English counts agree
 * with their nouns.
 */

test.describe.configure({ timeout: 120_000 })

const { cartRows } = till

/** The element lies wholly inside the viewport, and a click there reaches it. */
async function expectOnScreen(page: Page, name: string) {
  const button = page.getByRole('button', { name })
  const box = await button.boundingBox()
  const viewport = page.viewportSize()
  expect(box, `${name} has no box`).not.toBeNull()
  expect(viewport).not.toBeNull()
  expect(box!.y).toBeGreaterThanOrEqual(0)
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height)
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width)
  // Nothing covers it: the element at its centre is the button or inside it.
  const hit = await button.evaluate((el) => {
    const r = el.getBoundingClientRect()
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2)
    return top !== null && el.contains(top)
  })
  expect(hit, `${name} is covered`).toBe(true)
}

test('at 1366×768 Pay stays on screen with QRIS and a second non-cash tender added', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)
  await enterCode(page, a.barcode!)
  await enterCode(page, b.barcode!)
  // The box empties before the product's lookup returns: the second line may not be there yet.
  await expect(cartRows(page)).toHaveCount(2)
  await expectOnScreen(page, 'Bayar (F12)')

  await page.keyboard.press('F4')
  await page.keyboard.type('10000')
  await page.keyboard.press('F5')
  const qris = page.getByRole('dialog', { name: 'Bayar dengan QRIS' })
  await expect(qris).toBeVisible()
  await qris.getByRole('textbox', { name: 'No. referensi (dari aplikasi pembeli)' }).fill('QR-1')
  await page.keyboard.press('Enter')
  await expect(qris).toBeHidden()
  await expect(page.getByRole('group', { name: 'Pembayaran non-tunai 1' })).toBeVisible()
  await expectOnScreen(page, 'Bayar (F12)')

  await page.getByRole('button', { name: 'Non-tunai lain' }).click()
  await expect(page.getByRole('group', { name: 'Pembayaran non-tunai 2' })).toBeVisible()
  await expectOnScreen(page, 'Bayar (F12)')
  // The method's name is not cut off in its select.
  const method = page.getByRole('combobox', { name: 'Metode 2' })
  expect(
    await method.evaluate((el) => (el as HTMLSelectElement).scrollWidth <= el.clientWidth + 1),
  ).toBe(true)
  // The change line stays with Pay, on screen too.
  await expect(page.getByText('Kembalian', { exact: true })).toBeInViewport()
})

test('a scan typed into the discount dialog stays typing there and adds no line', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)
  await enterCode(page, a.barcode!)
  await expect(cartRows(page)).toHaveCount(1)

  await page.keyboard.press('F6')
  const dialog = page.getByRole('dialog', { name: `Diskon untuk ${a.name}` })
  const reason = dialog.getByRole('textbox', { name: 'Alasan (wajib)' })
  await reason.click()
  await hardwareScan(page, b.barcode!)
  // The keys are the reason's text; the scan's Enter is the form's Enter (value is missing).
  await expect(reason).toHaveValue(b.barcode!)
  await expect(dialog.getByText('Isi angka: 1–100 untuk persen, atau jumlah Rupiah.')).toBeVisible()
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Kembali' }).click()
  await expect(dialog).toBeHidden()
  await expect(cartRows(page)).toHaveCount(1)

  // Back on the till, the same scan rings up the product.
  await hardwareScan(page, b.barcode!)
  await expect(cartRows(page)).toHaveCount(2)
})

test('F1 shows the product tiles (F11 stays the browser’s full-screen key)', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  await tillReady(page)
  const legend = page.getByRole('list', { name: 'Pintasan keyboard' })
  await expect(legend.getByRole('listitem').filter({ hasText: 'Ubin produk' })).toHaveText(
    /^F1\s*Ubin produk$/,
  )
  await expect(legend).not.toContainText('F11')
  await expect(page.getByRole('button', { name: 'Produk tanpa barcode (F1)' })).toBeVisible()

  const tiles = page.getByRole('region', { name: 'Produk tanpa barcode' })
  await expect(tiles).toHaveCount(0)
  await page.keyboard.press('F1')
  await expect(tiles).toBeVisible()
  await expect(page.getByRole('button', { name: 'Produk tanpa barcode (F1)' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await page.keyboard.press('F1')
  await expect(tiles).toHaveCount(0)
})

test('in English, counts agree: “1 sale on hold”, “2 sales on hold”, “1 item, 1 line”', async ({
  page,
  web,
  openApp,
}) => {
  await apiCall(web, 'settings:setLocale', { locale: 'en' })
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page, 'Search products (F2)')
  await expect(page.getByRole('button', { name: '0 sales on hold (F9)' })).toBeVisible()

  await enterCode(page, a.barcode!, 'Search products (F2)')
  await expect(page.getByText('1 item, 1 line', { exact: true })).toBeVisible()
  await page.keyboard.press('F8')
  const hold = page.getByRole('dialog', { name: 'Hold this sale (F8)' })
  // Enter confirms only once the dialog's label field has focus (it opens with a transition).
  await expect(hold.getByRole('textbox')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(hold).toBeHidden()
  await expect(page.getByRole('button', { name: '1 sale on hold (F9)' })).toBeVisible()

  await enterCode(page, `2*${b.barcode!}`, 'Search products (F2)')
  await expect(page.getByText('2 items, 1 line', { exact: true })).toBeVisible()
  await page.keyboard.press('F8')
  await expect(hold.getByRole('textbox')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(hold).toBeHidden()
  await expect(page.getByRole('button', { name: '2 sales on hold (F9)' })).toBeVisible()

  await page.keyboard.press('F9')
  const held = page.getByRole('dialog', { name: 'Held sales (F9)' })
  await expect(held.getByText(/^1 item · /)).toBeVisible()
  await expect(held.getByText(/^2 items · /)).toBeVisible()
})
