import { randomUUID } from 'node:crypto'
import { apiCall } from './support/api'
import { expect, test } from './support/fixtures'
import { E2E_ADMIN } from './support/first-run'
import { signIn } from './support/screens'

/**
 * Pengaturan → Data: back up now, see it verified in the list, restore it (the dialog checks
 * it first and compares it with today's data), and the app comes back on the restored data.
 */
test.describe.configure({ timeout: 120_000 })

test('backs up, lists the verified backup and restores it', async ({ page, web, openApp }) => {
  await openApp({ demo: 'accept' })
  const [product] = await apiCall(web, 'catalog:search', { query: 'GN-001', limit: 5 })
  if (!product) throw new Error('demo product missing')

  await page.getByRole('link', { name: 'Pengaturan' }).click()
  await page.getByRole('tab', { name: 'Data' }).click()
  await expect(page.getByText('Belum ada cadangan terverifikasi.')).toBeVisible()
  await page.getByRole('button', { name: 'Cadangkan sekarang' }).click()
  const list = page.getByRole('table', { name: 'Cadangan yang tersimpan, terbaru di atas' })
  await expect(list.getByText('✓ Terverifikasi')).toBeVisible()
  await expect(page.getByText(/Cadangan terverifikasi terakhir:/)).toBeVisible()

  // A sale after the backup: the restore must take it away again.
  await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: product.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: product.price }],
  })

  await list
    .getByRole('button', { name: /^Pulihkan cadangan / })
    .first()
    .click()
  const dialog = page.getByRole('dialog', { name: 'Pulihkan dari cadangan' })
  await expect(dialog.getByText(/Utuh — integritas, relasi/)).toBeVisible()
  const sales = dialog.getByRole('row', { name: /^Penjualan / }).first()
  await expect(sales).toHaveText(/Penjualan\s*0\s*1/)
  await dialog.getByRole('button', { name: 'Ya, pulihkan data ini' }).click()

  // The renderer reloads onto the restored data, where nobody is signed in yet: the admin
  // signs in with the PIN the backup holds, and the sale made after the backup is gone.
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible({ timeout: 20_000 })
  await signIn(page, E2E_ADMIN.name, E2E_ADMIN.pin)
  await expect.poll(async () => (await apiCall(web, 'sales:list', {})).length).toBe(0)
})
