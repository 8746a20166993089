import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'
import { startPrintedHub } from './support/hub-cli'
import { goToScreen } from './support/screens'

// Issue 17 through the UI: on a till joined to a real hub (`npm run hub`), Laporan → Hasil
// kerja gets the "all tills (hub)" scope, says "as of the last sync", and reads the month's
// figures for the whole showroom; PNBP beside it follows the same scope, read-only.

test.describe.configure({ timeout: 240_000 })

const words = {
  id: {
    reports: 'Laporan',
    tab: 'Hasil kerja',
    scope: 'Cakupan',
    hub: 'Semua kasir (hub)',
    table: 'Pembagian hasil per kegiatan kerja',
    asOf: /^Per sinkronisasi terakhir: .+ WIB$/,
    pnbpHeading: /PNBP tahun \d{4} · Semua kasir \(hub\)/,
    addDeposit: 'Catat setoran',
  },
  en: {
    reports: 'Reports',
    tab: 'Work programme',
    scope: 'Scope',
    hub: 'All tills (hub)',
    table: 'Split per workshop',
    asOf: /^As of the last sync: .+ WIB$/,
    pnbpHeading: /PNBP \d{4} · All tills \(hub\)/,
    addDeposit: 'Record deposit',
  },
} as const

for (const lang of ['id', 'en'] as const) {
  test(`hasil kerja and PNBP switch to the hub scope on a joined till (${lang})`, async ({
    page,
    web,
    openApp,
  }) => {
    const w = words[lang]
    const hub = await startPrintedHub('KSG1')
    try {
      await openApp()
      await apiCall(web, 'sync:join', {
        host: hub.host,
        port: hub.port,
        database: hub.database,
        role: hub.role,
        password: hub.password,
      })
      const workshop = await apiCall(web, 'catalog:addWorkshop', { name: 'Bengkel Ukir' })
      const product = await apiCall(web, 'catalog:create', {
        name: 'Patung Ukir Hub',
        sku: 'HUB-UKIR',
        barcode: null,
        categoryId: null,
        unit: 'pcs',
        price: 45_000,
        cost: 20_000,
        workshopId: workshop.id,
        active: true,
      })
      await apiCall(web, 'reports:addSplitRule', {
        workshopId: null,
        validFrom: '2020-01-01',
        premiBp: 5_000,
        pnbpBp: 2_000,
        modalBp: 3_000,
        basis: 'net_sales',
      })
      await receiveStock(viaApi(web), { productId: product.id, qty: 5 })
      await apiCall(web, 'sales:checkout', {
        id: crypto.randomUUID(),
        lines: [{ productId: product.id, qty: 2 }],
        payments: [{ methodId: 'tunai', amount: 90_000 }],
      })
      await apiCall(web, 'sync:now', {})

      await page.reload()
      await page.setViewportSize({ width: 1366, height: 768 })
      if (lang === 'en') {
        await page.getByRole('radiogroup', { name: 'Bahasa' }).getByText('EN').click()
      }
      await goToScreen(page, w.reports)
      await page.getByRole('tab', { name: w.tab, exact: true }).click()
      const scope = page.getByRole('radiogroup', { name: w.scope })
      await expect(scope).toBeVisible()
      // This till's own report can record deposits; the hub scope is read-only.
      await expect(page.getByRole('button', { name: w.addDeposit })).toBeVisible()
      await scope.getByText(w.hub).click()

      await expect(page.getByTestId('hub-as-of')).toHaveText(w.asOf)
      const table = page.getByRole('table', { name: w.table })
      const row = table.getByRole('row').filter({ hasText: 'Bengkel Ukir' })
      // 2 × Rp45.000 = Rp90.000; PNBP 20 % = Rp18.000.
      await expect(row).toContainText(/90\.000/)
      await expect(row).toContainText(/18\.000/)
      await expect(page.getByRole('heading', { name: w.pnbpHeading })).toBeVisible()
      await expect(page.getByRole('button', { name: w.addDeposit })).toHaveCount(0)
      await page.screenshot({ path: test.info().outputPath(`hub-hasil-kerja-${lang}.png`) })
    } finally {
      await hub.stop()
    }
  })
}
