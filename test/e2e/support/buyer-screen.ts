import type { Page } from '@playwright/test'

/** The buyer's screen (#/pembeli), read by its roles and labels in both languages. */
export const buyerScreen = {
  main: (page: Page) => page.getByRole('main', { name: 'Layar pembeli · Buyer screen' }),
  lines: (page: Page) => page.getByRole('table', { name: 'Belanjaan · Items' }).locator('tbody tr'),
  total: (page: Page) => page.getByTestId('buyer-total'),
  change: (page: Page) => page.getByTestId('buyer-change'),
  qr: (page: Page, amount: string) =>
    page.getByRole('img', { name: `Kode QRIS sebesar ${amount} · QRIS code for ${amount}` }),
  openButton: (page: Page) => page.getByRole('button', { name: 'Layar pembeli' }),
}
