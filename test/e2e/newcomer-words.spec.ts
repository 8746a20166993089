import type { Locator, Page } from '@playwright/test'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen, openRoute } from './support/screens'

// Issue 15, "Dates in the user's language" and "seeded names in the user's language": what a
// date field and the app's own names look like in each language, whatever the browser's locale.

const months = {
  id: 'Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember',
  en: 'January February March April May June July August September October November December',
}
const monthName = (lang: 'id' | 'en', month: number) => months[lang].split(' ')[month - 1]!

// A fresh server, a demo import and report queries: generous on a busy two-core machine.
test.describe.configure({ timeout: 180_000 })

/** The browser says en-US (month/day/year): the app's language must win over it. */
test.use({ locale: 'en-US' })

async function toEnglish(page: Page) {
  await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Reports' })).toBeVisible()
}

/** The first column of a list (the names), sorted. */
const names = async (table: Locator) =>
  (await table.locator('tbody tr td:first-child').allInnerTexts()).map((n) => n.trim()).sort()

/** The field's dd/mm/yyyy text, read back as [day, month, year]. */
async function dmy(page: Page, label: string): Promise<[number, number, number]> {
  const text = await page.getByRole('textbox', { name: label, exact: true }).inputValue()
  expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/)
  const [d, m, y] = text.split('/').map(Number) as [number, number, number]
  return [d, m, y]
}

test('a date field reads dd/mm/yyyy and its calendar names months in Indonesian', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Laporan')
  const [day, month, year] = await dmy(page, 'Dari')
  expect(day).toBe(1)

  await page.getByRole('textbox', { name: 'Dari', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pilih bulan atau tahun lain' })).toHaveText(
    `${monthName('id', month)} ${year}`,
  )
  await expect(page.getByRole('button', { name: 'Bulan berikutnya' })).toBeVisible()
  // A day picked in the calendar comes back as dd/mm/yyyy, and the report follows it. The
  // calendar offers no day after "Sampai" (today), so the pick is an early day of the month
  // that is not the one already chosen (the 1st).
  const pick = Math.min(
    2,
    Number(
      await page
        .getByRole('textbox', { name: 'Sampai', exact: true })
        .inputValue()
        .then((v) => v.slice(0, 2)),
    ),
  )
  await page
    .getByRole('button', { name: `${pick} ${monthName('id', month)} ${year}`, exact: true })
    .click()
  await expect(page.getByRole('textbox', { name: 'Dari', exact: true })).toHaveValue(
    `0${pick}/${String(month).padStart(2, '0')}/${year}`,
  )
  await expect(page.getByRole('radio', { name: 'Pilih tanggal' })).toBeChecked()

  // Typed as the tables print it: day first, whatever the browser's locale says.
  const from = page.getByRole('textbox', { name: 'Dari', exact: true })
  await from.fill(`02/${String(month).padStart(2, '0')}/${year}`)
  await from.press('Enter')
  await page.getByRole('heading', { name: 'Laporan', exact: true }).click()
  await expect(from).toHaveValue(`02/${String(month).padStart(2, '0')}/${year}`)
  await page.screenshot({ path: test.info().outputPath('laporan-dates-id.png') })
})

test('in English the same field keeps dd/mm/yyyy and names months in English', async ({
  page,
  openApp,
}) => {
  await openApp({ demo: 'decline' })
  await toEnglish(page)
  await goToScreen(page, 'Reports')
  const [, month, year] = await dmy(page, 'From')
  await page.getByRole('textbox', { name: 'From', exact: true }).click()
  await expect(page.getByRole('button', { name: 'Pick another month or year' })).toHaveText(
    `${monthName('en', month)} ${year}`,
  )
  await expect(
    page.getByRole('button', { name: `15 ${monthName('en', month)} ${year}` }),
  ).toBeVisible()
  await page.screenshot({ path: test.info().outputPath('laporan-dates-en.png') })
  await page.keyboard.press('Escape')

  // The Hasil kerja month reads "December 2026", not the browser's 2026-12.
  await page.getByRole('tab', { name: 'Work programme' }).click()
  await expect(page.getByRole('button', { name: 'Month', exact: true })).toHaveText(
    new RegExp(`^${monthName('en', month)} ${year}$`),
  )
})

test('the Hasil kerja month reads as an Indonesian month name', async ({ page, openApp }) => {
  await openApp({ demo: 'decline' })
  await goToScreen(page, 'Laporan')
  const [, month, year] = await dmy(page, 'Dari')
  await page.getByRole('tab', { name: 'Hasil kerja' }).click()
  await expect(page.getByRole('button', { name: 'Bulan', exact: true })).toHaveText(
    `${monthName('id', month)} ${year}`,
  )
})

test('the app’s own names follow the language; a renamed one keeps its name', async ({
  page,
  web,
  openApp,
}) => {
  const gudang = (await apiCall(web, 'stock:locations', {})).find((l) => l.name === 'Gudang')!
  await apiCall(web, 'stock:saveLocation', {
    id: gudang.id,
    name: 'Gudang Belakang',
    kind: 'storeroom',
    active: true,
  })
  await openApp({ demo: 'decline' })

  await goToScreen(page, 'Stok')
  await page.getByRole('tab', { name: 'Lokasi' }).click()
  await expect
    .poll(() => names(page.getByRole('table', { name: 'Daftar lokasi' })))
    .toEqual(['Galeri', 'Gudang Belakang'])
  await goToScreen(page, 'Pengaturan')
  await page.getByRole('tab', { name: 'Pembayaran' }).click()
  await expect
    .poll(() => names(page.getByRole('table', { name: 'Daftar metode pembayaran' })))
    .toEqual(['Kartu (EDC)', 'QRIS', 'Transfer Bank', 'Tunai'])

  await toEnglish(page)
  await expect
    .poll(() => names(page.getByRole('table', { name: 'Payment methods' })))
    .toEqual(['Bank transfer', 'Card (EDC)', 'Cash', 'QRIS'])
  await page.screenshot({ path: test.info().outputPath('payments-en.png') })
  await openRoute(page, 'stok')
  await page.getByRole('tab', { name: 'Locations' }).click()
  await expect
    .poll(() => names(page.getByRole('table', { name: 'Locations' })))
    .toEqual(['Gallery', 'Gudang Belakang'])
  await page.screenshot({ path: test.info().outputPath('locations-en.png') })
  // The till's own location button too.
  await openRoute(page, 'kasir')
  await expect(page.getByText('Location: Gallery')).toBeVisible()
})
