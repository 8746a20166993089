import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { apiCall } from './support/api'
import { giveAdminPin } from './support/arrange'
import { APP_SHELL, seriousViolations } from './support/a11y'
import { expect, test } from './support/fixtures'
import { importDemoCatalogue } from './support/first-run'
import { signIn } from './support/screens'

/**
 * The audit viewer: an admin finds a discounted sale in the trail by its action, exports what
 * the filter shows as CSV for Excel, and checks the chain of evidence. A cashier never sees it.
 */

const ADMIN_PIN = '246810'
const CASHIER = { name: 'Budi', pin: '1234' }
// `;` and quotes make the CSV quote and double them; Excel must read it back as typed.
const REASON = 'Pameran; "Kalteng Expo"'

test('an admin filters the audit trail by action, exports it as CSV and finds the chain intact; a cashier has no audit screen', async ({
  page,
  web,
}) => {
  test.slow()
  await importDemoCatalogue(web)
  const admin = await giveAdminPin(web, ADMIN_PIN)
  await apiCall(web, 'users:save', { ...CASHIER, role: 'cashier', active: true })
  await apiCall(web, 'auth:lock', {})
  await page.goto(web.url)
  await signIn(page, admin.name, ADMIN_PIN)

  // The page and the API share the till's session: this sale is the admin's.
  await apiCall(web, 'shifts:open', { openingFloat: 100_000 })
  const [keychain] = await apiCall(web, 'catalog:search', { query: 'GN-001', limit: 5 })
  const plain = await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [{ productId: keychain!.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 20_000 }],
  })
  const discounted = await apiCall(web, 'sales:checkout', {
    id: randomUUID(),
    lines: [
      {
        productId: keychain!.id,
        qty: 2,
        discount: { kind: 'percent', value: 10, reason: REASON },
      },
    ],
    payments: [{ methodId: 'tunai', amount: 50_000 }],
  })
  expect(discounted.receiptNo).not.toBe(plain.receiptNo)

  await page.getByRole('navigation').getByRole('link', { name: 'Audit' }).click()
  await expect(page.getByRole('heading', { name: 'Jejak audit' })).toBeVisible()
  const trail = page.getByRole('table', { name: 'Catatan jejak audit' })
  await expect(trail.getByRole('row').filter({ hasText: 'Shift dibuka' })).toHaveCount(1)

  await page.getByRole('combobox', { name: 'Tindakan' }).click()
  await page.getByRole('option', { name: 'Diskon barang' }).click()
  const rows = trail.locator('tbody tr')
  await expect(rows).toHaveCount(1)
  const entry = rows.first()
  await expect(entry).toContainText('Diskon barang')
  await expect(entry).toContainText(discounted.receiptNo)
  await expect(entry).toContainText(REASON)
  await expect(entry).toContainText(admin.name)
  await expect(entry).toContainText('10% (-Rp 3.000)')
  await expect(page.getByText('1 catatan', { exact: false })).toBeVisible()

  // The export holds exactly what the filter shows, ready for Excel.
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Ekspor CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^jejak-audit_\d{4}-\d{2}-\d{2}\.csv$/)
  const bytes = await readFile(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.subarray(3).toString('utf8').split('\r\n')
  expect(lines[0]).toBe(
    'Waktu (WIB);Pengguna;Tindakan;Kode tindakan;Objek;Rincian;Alasan;Disetujui oleh;ID catatan',
  )
  expect(lines).toHaveLength(3) // heading, one entry, and the final CRLF
  expect(lines[1]).toContain(
    `;${admin.name};Diskon barang;sale.lineDiscount;${discounted.receiptNo};`,
  )
  expect(lines[1]).toContain(';"Pameran; ""Kalteng Expo""";')
  expect(lines[2]).toBe('')

  // The chain of evidence: every ledger row recomputed and found as recorded.
  await page.getByRole('button', { name: 'Periksa rantai bukti' }).click()
  const verdict = page.getByRole('status').filter({ hasText: 'Rantai bukti utuh' })
  await expect(verdict).toBeVisible()
  await expect(verdict).toContainText(/\d+ catatan diperiksa, tidak ada yang diubah atau hilang/)
  await expect(page.getByText('Pemeriksaan SQLite: baik')).toBeVisible()

  // Checked at rest: the pointer still hovering the button is not what a reader sees.
  await page.mouse.move(0, 0)
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])

  // A cashier lacks audit.view: no Audit in the menu, and main refuses the channel anyway.
  await page.getByRole('button', { name: /Kunci \/ ganti kasir/ }).click()
  await signIn(page, CASHIER.name, CASHIER.pin)
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Kasir' })).toBeVisible()
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Audit' })).toHaveCount(0)
  await expect(apiCall(web, 'audit:list', {})).rejects.toThrow(/FORBIDDEN/)
})
