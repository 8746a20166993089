import type { Locator, Page } from '@playwright/test'
import { seriousViolations } from './support/a11y'
import { apiCall } from './support/api'
import { demoProduct, scannable } from './support/arrange'
import { expect, test } from './support/fixtures'
import { hardwareScan } from './support/scanner'
import { enterCode, focusNothing, openRoute, signIn, till, tillReady } from './support/screens'

/**
 * Seeing and keyboard (issue 15): axe finds no serious or critical violation on any screen or
 * main dialog in either language; Esc never leads toward losing a cart; dialogs take focus;
 * every field shows a focus ring; each window keeps its own language.
 */

test.describe.configure({ timeout: 300_000 })

const SCREENS = [
  'kasir',
  'shift',
  'riwayat',
  'produk',
  'stok',
  'opname',
  'laporan',
  'audit',
  'pengaturan',
] as const

const words = {
  id: {
    search: 'Cari produk (F2)',
    receipt: 'Struk',
    newSale: 'Transaksi baru (Enter)',
    qris: 'Bayar dengan QRIS',
    cancel: 'Batalkan transaksi?',
    newProduct: 'Produk baru',
    cash: 'Uang diterima (F4)',
  },
  en: {
    search: 'Search products (F2)',
    receipt: 'Receipt',
    newSale: 'New sale (Enter)',
    qris: 'Pay with QRIS',
    cancel: 'Cancel this sale?',
    newProduct: 'New product',
    cash: 'Cash received (F4)',
  },
} as const

async function expectNoSeriousViolations(page: Page, where: string) {
  const found = await seriousViolations(page)
  expect(found, `${where}: ${JSON.stringify(found, null, 2)}`).toEqual([])
}

for (const lang of ['id', 'en'] as const) {
  const w = words[lang]
  test(`axe: every screen and the main dialogs, ${lang === 'id' ? 'Indonesian' : 'English'}`, async ({
    page,
    web,
    openApp,
  }) => {
    // Nine screens and five dialogs, each a full axe run: slow on a busy machine.
    test.setTimeout(600_000)
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'accept' })
    await tillReady(page, w.search)
    for (const screen of SCREENS) {
      await openRoute(page, screen)
      await expectNoSeriousViolations(page, `${screen} (${lang})`)
    }

    // The till's dialogs: QRIS, the cancel prompt, the receipt.
    await openRoute(page, 'kasir')
    const [product] = await scannable(web)
    await enterCode(page, product!.barcode!, w.search)
    await page.keyboard.press('F5')
    const qris = page.getByRole('dialog', { name: w.qris })
    await expect(qris).toBeVisible()
    await expectNoSeriousViolations(page, `QRIS dialog (${lang})`)
    await page.keyboard.press('Escape')
    await expect(qris).toBeHidden()
    await focusNothingOnTill(page, lang)
    await page.keyboard.press('Escape')
    const cancel = page.getByRole('dialog', { name: w.cancel })
    await expect(cancel).toBeVisible()
    await expectNoSeriousViolations(page, `cancel prompt (${lang})`)
    await page.keyboard.press('Escape')
    await expect(cancel).toBeHidden()
    // Take the QRIS tender off again and pay cash.
    await page
      .getByRole('button', { name: lang === 'id' ? 'Hapus pembayaran 1' : 'Remove payment 1' })
      .click()
    await page.getByRole('textbox', { name: w.cash }).fill('1000000')
    await page.keyboard.press('F12')
    const receipt = page.getByRole('dialog', { name: w.receipt })
    await expect(receipt.getByRole('button', { name: w.newSale })).toBeFocused()
    await expectNoSeriousViolations(page, `receipt (${lang})`)
    await page.keyboard.press('Enter')
    await expect(receipt).toBeHidden()

    // The product form.
    await openRoute(page, 'produk')
    await page.getByRole('button', { name: w.newProduct }).click()
    await expect(page.getByRole('dialog', { name: w.newProduct })).toBeVisible()
    await expectNoSeriousViolations(page, `product form (${lang})`)
  })
}

const dialogWords = {
  id: {
    search: 'Cari produk (F2)',
    receive: 'Terima stok',
    intake: 'Dokumen penerimaan baru',
    signIn: 'Masuk',
    signInButton: 'Masuk (Enter)',
    remove: 'Hapus',
    approval: 'Perlu persetujuan supervisor',
  },
  en: {
    search: 'Search products (F2)',
    receive: 'Receive stock',
    intake: 'New intake document',
    signIn: 'Sign in',
    signInButton: 'Sign in (Enter)',
    remove: 'Remove',
    approval: 'Supervisor approval needed',
  },
} as const

for (const lang of ['id', 'en'] as const) {
  const w = dialogWords[lang]
  test(`axe: the Terima stok dialog, the sign-in screen and the approval dialog, ${lang === 'id' ? 'Indonesian' : 'English'}`, async ({
    page,
    web,
    openApp,
  }) => {
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'accept', shift: false })

    // Stok › Terima stok: the intake document form.
    await openRoute(page, 'stok')
    await page.getByRole('button', { name: w.receive, exact: true }).click()
    const intake = page.getByRole('dialog', { name: w.intake })
    await expect(intake).toBeVisible()
    await expect(intake.getByRole('progressbar')).toHaveCount(0)
    await expectNoSeriousViolations(page, `Terima stok dialog (${lang})`)
    await page.keyboard.press('Escape')
    await expect(intake).toBeHidden()

    // The approval dialog: a cashier who may not take a line out of the cart.
    await apiCall(web, 'permissions:set', {
      role: 'cashier',
      permission: 'cart.removeLine',
      allowed: false,
    })
    await apiCall(web, 'users:save', {
      name: 'Sari',
      role: 'supervisor',
      active: true,
      pin: '246810',
    })
    await apiCall(web, 'users:save', { name: 'Budi', role: 'cashier', active: true, pin: '1234' })
    await apiCall(web, 'auth:lock', {})
    await page.reload()
    // The sign-in screen, with three people to choose from.
    await expect(page.getByRole('heading', { name: w.signIn })).toBeVisible()
    await expectNoSeriousViolations(page, `sign-in screen (${lang})`)
    if (lang === 'id') await signIn(page, 'Budi', '1234')
    else {
      await expect(page.getByRole('heading', { name: w.signIn })).toBeVisible()
      await page.getByRole('radio', { name: /Budi/ }).click()
      await page.getByLabel('PIN', { exact: true }).fill('1234')
      await page.getByRole('button', { name: w.signInButton }).click()
      await expect(page.getByText('User: Budi')).toBeVisible()
    }
    await apiCall(web, 'shifts:open', { openingFloat: 0 })
    await page.reload()
    await openRoute(page, 'kasir')
    await tillReady(page, w.search)
    const keychain = await demoProduct(web, 'GN-001')
    await enterCode(page, keychain.barcode!, w.search)
    await page.getByRole('button', { name: `${w.remove} ${keychain.name}`, exact: true }).click()
    const approval = page.getByRole('dialog', { name: w.approval })
    await expect(approval).toBeVisible()
    await expectNoSeriousViolations(page, `approval dialog (${lang})`)
  })
}

async function focusNothingOnTill(page: Page, lang: 'id' | 'en') {
  if (lang === 'id') return focusNothing(page)
  await page.getByRole('heading', { name: 'Till', exact: true }).click()
  await expect.poll(() => page.evaluate(() => document.activeElement === document.body)).toBe(true)
}

test('Esc in the QRIS dialog with its button focused closes it and nothing more', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [product] = await scannable(web)
  await tillReady(page)
  await enterCode(page, product!.barcode!)
  await page.keyboard.press('F5')
  const qris = page.getByRole('dialog', { name: 'Bayar dengan QRIS' })
  const done = qris.getByRole('button', { name: 'Selesai (Enter)' })
  await done.focus()
  await expect(done).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(qris).toBeHidden()
  // Give a wrongly opened prompt the time to show.
  await page.waitForTimeout(500)
  await expect(page.getByRole('dialog', { name: 'Batalkan transaksi?' })).toHaveCount(0)
  await expect(till.cartRows(page)).toHaveCount(1)

  // The prompt itself closes on Esc and keeps the cart.
  await focusNothing(page)
  await page.keyboard.press('Escape')
  const cancel = page.getByRole('dialog', { name: 'Batalkan transaksi?' })
  await expect(cancel).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(cancel).toBeHidden()
  await expect(till.cartRows(page)).toHaveCount(1)
})

// The first-start demo offer is gone: an empty folder opens the setup wizard instead.
test.describe('first start', () => {
  test.use({ emptyFolder: true })
  test('the setup wizard on an empty folder has no serious violations', async ({ page, web }) => {
    await page.goto(web.url)
    await expect(page.getByRole('heading', { name: 'Penyiapan Etalase' })).toBeVisible()
    await expectNoSeriousViolations(page, 'setup wizard')
  })

  test('in English, the wizard’s first steps have no serious violations', async ({ page, web }) => {
    await page.goto(web.url)
    await page.getByRole('radio', { name: 'English' }).click()
    await expect(page.getByRole('heading', { name: 'Setting up Etalase' })).toBeVisible()
    await expectNoSeriousViolations(page, 'setup wizard, language (en)')
    await page.getByRole('button', { name: 'Next' }).click()
    // The shop step, with its refusals showing.
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByText('Required.').first()).toBeVisible()
    await expectNoSeriousViolations(page, 'setup wizard, shop (en)')
  })
})

test('every kind of field shows a focus ring of at least 2px', async ({ page, web, openApp }) => {
  test.slow()
  await openApp({ demo: 'accept' })
  await tillReady(page)
  // The ring is drawn on the field's box (for a PIN, the box around the hidden input).
  const ringOf = (field: Locator) =>
    field.evaluate((el) => {
      const box = el.closest('.mantine-Input-input, .mantine-PillsInput-input') ?? el
      const style = getComputedStyle(box)
      return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) }
    })
  const expectRing = async (field: Locator, kind: string) => {
    await field.focus({ timeout: 10_000 })
    const ring = await ringOf(field)
    expect(ring.style, `${kind}: outline`).not.toBe('none')
    expect(ring.width, `${kind}: outline width`).toBeGreaterThanOrEqual(2)
  }

  // The till: a money field and the search.
  const cash = page.getByRole('textbox', { name: 'Uang diterima (F4)' })
  await expectRing(cash, 'money field')
  await expectRing(till.searchBox(page), 'search')
  // Blurred, no ring: the ring marks focus, not every field.
  await focusNothing(page)
  expect((await ringOf(cash)).style).toBe('none')

  // The product form: text, select and number fields.
  await openRoute(page, 'produk')
  await page.getByRole('button', { name: 'Produk baru' }).click()
  const form = page.getByRole('dialog', { name: 'Produk baru' })
  await expectRing(form.getByRole('textbox', { name: 'Nama produk' }), 'text field')
  await expectRing(form.getByRole('combobox', { name: 'Kategori' }), 'select')
  await expectRing(form.getByRole('textbox', { name: 'Harga jual' }), 'number field')
  await page.keyboard.press('Escape')
  await expect(form).toBeHidden()

  // Riwayat: a date field.
  await openRoute(page, 'riwayat')
  await expectRing(page.getByRole('textbox', { name: 'Dari tanggal' }), 'date field')

  // The sign-in screen: a PIN field.
  await apiCall(web, 'auth:lock', {})
  await page.reload()
  await expectRing(page.getByLabel('PIN', { exact: true }), 'PIN field')
})

// Opening a shift is the start of selling: the app goes to the till and its scan field has the
// focus, so the very next keys (a scanner is a keyboard) land in the cart, in both languages.
for (const lang of ['id', 'en'] as const) {
  const w =
    lang === 'id'
      ? {
          shift: 'Shift',
          float: 'Kas awal',
          open: 'Buka shift (Enter)',
          search: 'Cari produk (F2)',
        }
      : {
          shift: 'Shift',
          float: 'Opening float',
          open: 'Open shift (Enter)',
          search: 'Search products (F2)',
        }
  test(`after opening a shift, focus is on the till's scan field (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    await openApp({ demo: 'accept', shift: false })
    await tillReady(page)
    if (lang === 'en') {
      await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click()
      await expect(till.searchBox(page, w.search)).toBeVisible()
    }
    await page.getByRole('navigation').getByRole('link', { name: w.shift }).click()
    await page.getByLabel(w.float).fill('100000')
    await page.getByLabel(w.float).press('Enter')
    await expect(page).toHaveURL(/#\/kasir$/)
    const search = till.searchBox(page, w.search)
    await expect(search).toBeFocused()
    await page.screenshot({ path: test.info().outputPath(`after-open-shift-${lang}.png`) })
    // Scanned straight at the focused field, as a scanner does: the product lands in the cart.
    // (hardwareScan stamps the keys itself; keyboard.type on a loaded machine can arrive 100 ms
    // apart, which the till rightly reads as a person typing.)
    const [product] = await scannable(web)
    await hardwareScan(page, product!.barcode!)
    await expect(
      page.getByRole('table', { name: lang === 'id' ? 'Keranjang' : 'Cart' }).locator('tbody tr'),
    ).toHaveCount(1)
    expect(await apiCall(web, 'shifts:current', {})).not.toBeNull()
  })
}

test('each window keeps its own language: a second tab switching to English leaves the first', async ({
  page,
  web,
  openApp,
  context,
}) => {
  await openApp({ demo: 'accept' })
  await tillReady(page)
  const second = await context.newPage()
  await second.goto(web.url)
  await tillReady(second)
  // The header's switch (its radio inputs are hidden under their labels).
  await second.getByRole('banner').locator('label', { hasText: /^EN$/ }).click()
  await expect(second.getByRole('navigation').getByRole('link', { name: 'Products' })).toBeVisible()

  // The first tab, even reloaded, stays Indonesian, and main answers it in Indonesian.
  await page.reload()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Produk' })).toBeVisible()
  await tillReady(page)
  await hardwareScan(page, 'NOPE-1')
  await expect(page.getByRole('alert')).toContainText('tidak dikenal')
  await hardwareScan(second, 'NOPE-2')
  await expect(second.getByRole('alert')).toContainText('NOPE-2')
  await expect(second.getByRole('alert')).not.toContainText('tidak dikenal')
  // And the second stays English through its own reload.
  await second.reload()
  await expect(second.getByRole('navigation').getByRole('link', { name: 'Products' })).toBeVisible()
})

/** Screens with tabs: each tab is its own view for axe (Laporan's breakdowns, Stok's lists…). */
const TABBED = ['stok', 'laporan', 'pengaturan', 'pesanan'] as const

for (const lang of ['id', 'en'] as const) {
  test(`axe: every tab of Stok, Laporan, Pengaturan and Pesanan, ${lang === 'id' ? 'Indonesian' : 'English'}`, async ({
    page,
    web,
    openApp,
  }) => {
    test.setTimeout(600_000)
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await openApp({ demo: 'accept', shift: false })
    let seen = 0
    for (const screen of TABBED) {
      await openRoute(page, screen)
      const tabs = page.getByRole('main').getByRole('tab')
      // The screen is its own chunk: its tabs are there once it has loaded.
      await expect(tabs.first()).toBeVisible()
      const names = await tabs.allTextContents()
      for (const name of names) {
        await page.getByRole('main').getByRole('tab', { name, exact: true }).click()
        await page.waitForLoadState('networkidle')
        await expect(page.getByRole('progressbar')).toHaveCount(0)
        await expectNoSeriousViolations(page, `${screen} › ${name} (${lang})`)
        seen++
      }
    }
    // Stok, Laporan and Pengaturan have several tabs each: more than one view per screen.
    expect(seen).toBeGreaterThan(TABBED.length * 2)
  })
}
