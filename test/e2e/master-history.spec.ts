import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { goToScreen, openSettingsTab } from './support/screens'

/**
 * Issue 13's evidence as an admin sees it: Audit → "Riwayat perubahan data induk" answers who
 * changed a price (old → new), and Pengaturan → Data shows the chain anchor to write down.
 */

const TAS = {
  name: 'Tas Anyaman Rotan',
  sku: 'TAR-01',
  barcode: null,
  categoryId: null,
  unit: 'pcs',
  price: 150_000,
  cost: 60_000,
  workshopId: null,
  active: true,
}

/** A day in the shop's time zone as the date fields show it (dd/mm/yyyy), `offset` days from today. */
function jakartaDay(offset: number): string {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' })
    .format(Date.now() + offset * 86_400_000)
    .split('-')
  return `${d}/${m}/${y}`
}

test('an admin finds who changed a price in the change history, and reads the chain anchor', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  const product = await apiCall(web, 'catalog:create', TAS)
  await apiCall(web, 'catalog:update', { ...TAS, id: product.id, price: 175_000 })
  await openApp({ shift: false })

  await goToScreen(page, 'Audit', 'Jejak audit')
  const history = page.getByRole('table', { name: 'Riwayat perubahan data induk' })
  const priceChange = history.locator('tbody tr').filter({ hasText: 'Harga jual' })
  await expect(priceChange).toHaveCount(1)
  await expect(priceChange).toContainText('Tas Anyaman Rotan')
  await expect(priceChange).toContainText('150000 → 175000')
  await expect(priceChange).toContainText('Admin')

  // One day at a time, typed day first as the app prints dates (the shared DateField, not the
  // browser's date input): today keeps the change, the day before has none, cleared shows all.
  const day = page.getByRole('textbox', { name: 'Tanggal', exact: true })
  await day.fill(jakartaDay(0))
  await day.press('Enter')
  await expect(day).toHaveValue(jakartaDay(0))
  await expect(priceChange).toHaveCount(1)
  await day.fill(jakartaDay(-1))
  await day.press('Enter')
  await expect(priceChange).toHaveCount(0)
  await day.fill('')
  await day.press('Enter')
  await expect(priceChange).toHaveCount(1)

  // One kind at a time: people only, then no product rows.
  await page.getByRole('combobox', { name: 'Jenis data' }).click()
  await page.getByRole('option', { name: 'Pengguna' }).click()
  await expect(history.locator('tbody tr').filter({ hasText: 'Harga jual' })).toHaveCount(0)
  await expect(history.locator('tbody tr').filter({ hasText: 'Pengguna' }).first()).toBeVisible()

  // The anchor Pengaturan → Data shows is the chain's head, the same main reports.
  const status = await apiCall(web, 'evidence:status', {})
  expect(status.anchor).toMatch(/^\d+:[0-9a-f]{16}$/)
  await openSettingsTab(page, 'Data')
  await expect(page.getByTestId('chain-anchor')).toHaveText(status.anchor!)
})
