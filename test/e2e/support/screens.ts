import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { hardwareScan } from './scanner'

// The screens as a user reaches them: by the navigation, signing in with a PIN, opening a
// shift, and the till's own fields. Specs use these instead of keeping their own copies, so a
// renamed label is fixed in one place.

/**
 * Opens a screen from the navigation; with `heading`, waits until that screen shows it. A link
 * whose name starts another's (Stock, Stock opname) is given as a RegExp such as /^Stock$/.
 */
export async function goToScreen(
  page: Page,
  link: string | RegExp,
  heading?: string,
): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: link }).click()
  if (heading) await expect(page.getByRole('heading', { name: heading })).toBeVisible()
}

/** Opens a screen by its address (the same in both languages) and lets it load. */
export async function openRoute(page: Page, route: string): Promise<void> {
  const current = page.getByRole('navigation').locator('[aria-current="page"]')
  // The app is up first. A page just opened may still be landing a newly signed-in person on
  // the till (use-land-on-till.ts), which would take the address back; then it is set again,
  // as a person clicks again.
  await expect(current).toBeVisible()
  await expect(async () => {
    await page.evaluate((r) => (window.location.hash = `/${r}`), route)
    await expect(current).toHaveAttribute('href', `#/${route}`, { timeout: 1_000 })
  }).toPass({ timeout: 10_000 })
  await page.waitForLoadState('networkidle')
  await expect(page.getByRole('progressbar')).toHaveCount(0)
}

/** Pengaturan, then one of its tabs. */
export async function openSettingsTab(page: Page, tab: string): Promise<void> {
  await goToScreen(page, 'Pengaturan', 'Pengaturan')
  await page.getByRole('tab', { name: tab, exact: true }).click()
}

/** The sign-in screen: pick the person, type the PIN, and wait until they are signed in. */
export async function signIn(page: Page, name: string, pin: string): Promise<void> {
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(name) }).click()
  await page.getByLabel('PIN', { exact: true }).fill(pin)
  await page.getByRole('button', { name: 'Masuk (Enter)' }).click()
  await expect(page.getByText(`Pengguna: ${name}`)).toBeVisible()
}

/** The Shift screen's open form: the opening float; opening lands on the till, ready to scan. */
export async function openShift(page: Page, openingFloat: number): Promise<void> {
  await goToScreen(page, 'Shift')
  await page.getByLabel('Kas awal').fill(String(openingFloat))
  await page.getByRole('button', { name: 'Buka shift (Enter)' }).click()
  await expect(page.getByRole('heading', { name: 'Kasir', exact: true })).toBeVisible()
  await expect(till.searchBox(page)).toBeFocused()
}

/** The till's fields and tables. */
export const till = {
  searchBox: (page: Page, name = 'Cari produk (F2)') => page.getByRole('combobox', { name }),
  cartTable: (page: Page, name = 'Keranjang') => page.getByRole('table', { name }),
  cartRows: (page: Page, name = 'Keranjang') =>
    page.getByRole('table', { name }).locator('tbody tr'),
  qtyOf: (page: Page, product: string): Locator =>
    page
      .getByRole('table', { name: 'Keranjang' })
      .getByRole('textbox', { name: `Jumlah ${product}` }),
  cashField: (page: Page) => page.getByRole('textbox', { name: 'Uang diterima (F4)' }),
}

/** The till is loaded, empty, and its search box has focus. */
export async function tillReady(page: Page, search = 'Cari produk (F2)'): Promise<void> {
  // The first page load of a fresh server can be slow on a busy machine.
  await expect(page.getByTestId('till-total')).toHaveText('Rp 0', { timeout: 30_000 })
  await expect(till.searchBox(page, search)).toBeFocused()
}

/** A code keyed into the search box and Enter: the same path as a scan into it. */
export async function enterCode(page: Page, code: string, search = 'Cari produk (F2)') {
  const box = till.searchBox(page, search)
  await box.fill(code)
  await box.press('Enter')
  await expect(box).toHaveValue('')
}

/** Takes focus out of every field on the till, so keys go to the page itself. */
export async function focusNothing(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true)
}

/**
 * Sells one scanned product for cash from the Kasir screen and returns the receipt dialog:
 * scan, wait for the total, F4 cash, F12 pay.
 */
export async function sellByScan(
  page: Page,
  sale: { barcode: string; total: string; cash: string },
): Promise<Locator> {
  await goToScreen(page, 'Kasir')
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await hardwareScan(page, sale.barcode)
  await expect(page.getByTestId('till-total')).toHaveText(sale.total)
  await page.keyboard.press('F4')
  await page.keyboard.type(sale.cash)
  await page.keyboard.press('F12')
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  return receipt
}

/** The Stok screen's production intake: every intake is a numbered document. */
export const stockIntake = {
  /** The form opened by "Terima stok" (top) or "Terima stok <product>" (a row). */
  form: (page: Page) => page.getByRole('dialog', { name: 'Dokumen penerimaan baru' }),
  /** The posted document, opened right after posting. */
  posted: (page: Page) => page.getByRole('dialog', { name: /^Penerimaan hasil produksi PHP-/ }),
  /** A row's "Terima stok", a quantity on its one line, posted; returns the posted document. */
  async receive(page: Page, product: string, qty: number): Promise<Locator> {
    await page.getByRole('button', { name: `Terima stok ${product}` }).click()
    const form = stockIntake.form(page)
    await form.getByRole('textbox', { name: `Jumlah ${product}` }).fill(String(qty))
    await form.getByRole('button', { name: 'Posting dokumen' }).click()
    await expect(form).toBeHidden()
    const posted = stockIntake.posted(page)
    await expect(posted.getByRole('table', { name: 'Baris dokumen' })).toContainText(product)
    return posted
  },
}
