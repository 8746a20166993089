import { seriousViolations } from './support/a11y'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { expect, test } from './support/fixtures'

// The whole till page as the cashier sees it: shell, till and dialogs.
test('the till with a product in the cart has no serious or critical axe violations', async ({
  page,
  web,
  openApp,
}) => {
  // Two full axe runs: slow on a busy machine.
  test.slow()
  const product = await apiCall(web, 'catalog:create', {
    name: 'Gantungan Kunci Getah Nyatu Enggang',
    sku: 'GN-A11Y',
    barcode: '8991234500099',
    categoryId: null,
    unit: 'pcs',
    price: 15_000,
    cost: 6_000,
    workshopId: null,
    active: true,
  })
  await receiveStock(viaApi(web), { productId: product.id, qty: 10 })
  await openApp({ demo: 'decline' })

  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await page.keyboard.type('8991234500099', { delay: 5 })
  await page.keyboard.press('Enter')
  await expect(
    page.getByRole('table', { name: 'Keranjang' }).getByRole('textbox', { name: /^Jumlah / }),
  ).toHaveValue('1')
  await page.keyboard.press('F4')
  await page.keyboard.type('10000')

  const till = await seriousViolations(page)
  expect(till, JSON.stringify(till, null, 2)).toEqual([])

  // The receipt dialog too.
  await page.getByRole('button', { name: 'Uang pas' }).click()
  await page.keyboard.press('F12')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toBeVisible()
  const receipt = await seriousViolations(page)
  expect(receipt, JSON.stringify(receipt, null, 2)).toEqual([])
})
