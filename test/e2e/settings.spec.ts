import { sampleStaticQris } from '../helpers/qris-sample'
import { seriousViolations } from './support/a11y'
import { apiCall } from './support/api'
import { openSettingsTab } from './support/screens'
import { expect, test } from './support/fixtures'

// Long journeys through several forms: give them room on a busy build machine.
test.describe.configure({ timeout: 180_000 })

test("Pengguna: the wizard's admin already has a PIN, adds cashier Budi with a PIN, and cannot deactivate the last admin", async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  await openSettingsTab(page, 'Pengguna')
  // The first-run wizard asked for the admin's PIN: there is no PIN-less state to warn about.
  await expect(page.getByRole('alert').filter({ hasText: 'Buat PIN saya' })).toHaveCount(0)
  await expect(page.getByRole('row', { name: /Admin/ })).toContainText('Sudah diatur')
  expect(await apiCall(web, 'app:info', {})).toMatchObject({
    setupRequired: false,
    user: { name: 'Admin' },
  })
  const form = page.getByRole('dialog', { name: 'Pengguna baru' })

  await page.getByRole('button', { name: 'Tambah pengguna' }).click()
  await form.getByRole('textbox', { name: 'Nama', exact: true }).fill('Budi')
  await form.getByRole('combobox', { name: 'Peran' }).click()
  await page.getByRole('option', { name: 'Kasir' }).click()
  await form.getByRole('textbox', { name: 'PIN', exact: true }).fill('1234')
  await form.getByRole('textbox', { name: 'Ulangi PIN' }).fill('1234')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const budi = page.getByRole('row', { name: /Budi/ })
  await expect(budi).toContainText('Kasir')
  await expect(budi).toContainText('Sudah diatur')

  const users = await apiCall(web, 'users:list', {})
  expect(users.map(({ name, role, hasPin, active }) => ({ name, role, hasPin, active }))).toEqual([
    { name: 'Admin', role: 'admin', hasPin: true, active: true },
    { name: 'Budi', role: 'cashier', hasPin: true, active: true },
  ])

  await page.getByRole('button', { name: 'Nonaktifkan Admin' }).click()
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Harus tetap ada minimal satu admin aktif dengan PIN.' }),
  ).toBeVisible()
  expect((await apiCall(web, 'users:list', {})).find((u) => u.name === 'Admin')?.active).toBe(true)

  // Deactivating is how people leave: Budi stays in the list, inactive.
  await page.getByRole('button', { name: 'Nonaktifkan Budi' }).click()
  await expect(budi).toContainText('Nonaktif')
  await expect(page.getByRole('button', { name: 'Aktifkan Budi' })).toBeVisible()
})

test('Hak akses: unticking "Cetak ulang struk" for Kasir takes reprint away from cashiers in main', async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  expect((await apiCall(web, 'permissions:matrix', {})).cashier).toContain('reprint')
  await openSettingsTab(page, 'Hak akses')

  const table = page.getByRole('table', { name: 'Hak akses per peran' })
  const reprint = table.getByRole('checkbox', { name: 'Kasir: Cetak ulang struk' })
  await expect(reprint).toBeChecked()
  await reprint.uncheck()
  await expect(page.getByText('Kasir tidak lagi boleh: Cetak ulang struk.')).toBeVisible()
  await expect(reprint).not.toBeChecked()
  await expect
    .poll(async () => (await apiCall(web, 'permissions:matrix', {})).cashier)
    .not.toContain('reprint')

  // What keeps the admin in charge cannot be unticked.
  const fixed = table.getByRole('checkbox', { name: 'Admin: Mengelola pengguna' })
  await expect(fixed).toBeChecked()
  await expect(fixed).toBeDisabled()

  await table.getByRole('checkbox', { name: 'Petugas stok: Memposting stock opname' }).check()
  await expect
    .poll(async () => (await apiCall(web, 'permissions:matrix', {})).stock)
    .toContain('stock.count.post')
})

test('Kasir: rounding and receipt number previews, then saved; a bad QRIS is explained under the field', async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  await openSettingsTab(page, 'Kasir')

  const rounding = page.getByRole('region', { name: 'Pembulatan tunai' })
  await expect(rounding).toContainText('Total tunai tidak dibulatkan.')
  await rounding.getByRole('radio', { name: 'Rp 500' }).check()
  await rounding.getByRole('radio', { name: 'Ke bawah' }).check()
  await expect(rounding).toContainText('Rp 15.250 → Rp 15.000')
  await expect(rounding).toContainText('Rp 15.800 → Rp 15.500')
  await rounding.getByRole('button', { name: 'Simpan pembulatan' }).click()
  await expect(page.getByText('Tersimpan.')).toBeVisible()

  const receipt = page.getByRole('region', { name: 'Nomor struk' })
  await expect(receipt.getByTestId('receipt-preview')).toHaveText(/^KSG1-\d{8}-000001$/)
  // The prefix is the till's code from the wizard: shown, not editable.
  await expect(receipt.getByRole('textbox', { name: 'Awalan' })).toHaveValue('KSG1')
  await expect(receipt.getByRole('textbox', { name: 'Awalan' })).toHaveAttribute('readonly')
  await receipt.getByRole('checkbox', { name: 'Sertakan tanggal (TTTTBBHH)' }).uncheck()
  await receipt.getByRole('textbox', { name: 'Jumlah digit nomor urut' }).fill('4')
  await expect(receipt.getByTestId('receipt-preview')).toHaveText('KSG1-0001')
  await receipt.getByRole('button', { name: 'Simpan format' }).click()

  await expect
    .poll(async () => {
      const settings = await apiCall(web, 'till:settings', {})
      return { rounding: settings.cashRounding, receipt: settings.receipt }
    })
    .toEqual({
      rounding: { unit: 500, mode: 'down' },
      receipt: { prefix: 'KSG1', includeDate: false, digits: 4 },
    })

  const qris = page.getByRole('region', { name: 'QRIS dengan nominal' })
  const code = qris.getByRole('textbox', { name: 'Kode QRIS statis' })
  await code.fill('hello')
  await qris.getByRole('button', { name: 'Simpan QRIS' }).click()
  await expect(code).toHaveAccessibleDescription(/^Kode QRIS tidak valid: .+/)
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  expect((await apiCall(web, 'till:settings', {})).qrisStatic).toBeNull()

  // A mistyped character breaks the CRC, and the message says so.
  await code.fill(sampleStaticQris.replace('KATINGAN', 'KATINGAM'))
  await qris.getByRole('button', { name: 'Simpan QRIS' }).click()
  await expect(code).toHaveAccessibleDescription(/CRC/)

  await code.fill(sampleStaticQris)
  await qris.getByRole('button', { name: 'Simpan QRIS' }).click()
  await expect(qris).toContainText('Terpasang: GALERI LAPAS KASONGAN')
  expect((await apiCall(web, 'till:settings', {})).qrisStatic).toBe(sampleStaticQris)
})

test('Pembayaran: a new non-cash method with a required reference appears in the list and in main', async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  await openSettingsTab(page, 'Pembayaran')

  await page.getByRole('button', { name: 'Tambah metode' }).click()
  const form = page.getByRole('dialog', { name: 'Metode pembayaran baru' })
  await form.getByRole('textbox', { name: 'Nama metode' }).fill('OVO')
  await expect(form.getByRole('radio', { name: 'Non-tunai' })).toBeChecked()
  await form.getByRole('checkbox', { name: 'Wajib isi nomor referensi' }).check()
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()

  const table = page.getByRole('table', { name: 'Daftar metode pembayaran' })
  const ovo = table.getByRole('row', { name: /OVO/ })
  await expect(ovo).toContainText('Non-tunai')
  await expect(ovo).toContainText('Wajib')
  await expect(ovo).toContainText('Aktif')
  expect((await apiCall(web, 'payments:methods', {})).find((m) => m.name === 'OVO')).toMatchObject({
    kind: 'noncash',
    requiresReference: true,
    active: true,
  })

  // Never deleted, only switched off: past sales still point at it.
  await table.getByRole('button', { name: 'Nonaktifkan OVO' }).click()
  await expect(ovo).toContainText('Nonaktif')
  await expect
    .poll(async () => (await apiCall(web, 'payments:methods', {})).find((m) => m.name === 'OVO'))
    .toMatchObject({ active: false })
})

test('a cashier sees only what they may open; a till setting they change needs a supervisor PIN', async ({
  page,
  openApp,
  web,
}) => {
  await openApp({ demo: 'decline' })
  const admin = (await apiCall(web, 'users:list', {}))[0]!
  await apiCall(web, 'users:save', {
    id: admin.id,
    name: 'Admin',
    role: 'admin',
    active: true,
    pin: '246810',
  })
  await apiCall(web, 'users:save', {
    name: 'Sari',
    role: 'supervisor',
    active: true,
    pin: '135790',
  })
  await apiCall(web, 'users:save', { name: 'Budi', role: 'cashier', active: true, pin: '1234' })
  await apiCall(web, 'auth:lock', {})

  await page.reload()
  await page.getByRole('radio', { name: /Budi/ }).click()
  await page.getByRole('textbox', { name: 'PIN' }).fill('1234')
  await page.getByRole('button', { name: 'Masuk (Enter)' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'Pengaturan' }).click()

  const tabs = page.getByRole('tablist', { name: 'Bagian pengaturan' })
  await expect(tabs.getByRole('tab')).toHaveText(['Umum', 'Kasir', 'Pembayaran'])
  await tabs.getByRole('tab', { name: 'Kasir' }).click()
  await expect(page.getByText('setiap perubahan perlu persetujuan supervisor')).toBeVisible()

  const negative = page.getByRole('switch', { name: /Boleh menjual melebihi stok/ })
  await negative.check()
  const approval = page.getByRole('dialog', { name: 'Perlu persetujuan supervisor' })
  await approval.getByRole('combobox', { name: 'Supervisor' }).click()
  await page.getByRole('option', { name: 'Sari' }).click()
  await approval.getByRole('textbox', { name: 'PIN supervisor' }).fill('135790')
  await approval.getByRole('button', { name: 'Setujui' }).click()
  await expect(approval).toBeHidden()
  await expect(page.getByText('Kasir boleh menjual melebihi stok.')).toBeVisible()
  await expect(negative).toBeChecked()
  expect((await apiCall(web, 'till:settings', {})).allowNegativeStock).toBe(true)
})

test('every settings tab has no serious or critical axe violations', async ({ page, openApp }) => {
  await openApp({ demo: 'accept' })
  await openSettingsTab(page, 'Umum')
  for (const tab of ['Umum', 'Pengguna', 'Hak akses', 'Kasir', 'Pembayaran']) {
    await page.getByRole('tab', { name: tab, exact: true }).click()
    await expect(page.getByRole('tabpanel', { name: tab })).toBeVisible()
    await expect(
      page.getByRole('tabpanel', { name: tab }).getByRole('region').first(),
    ).toBeVisible()
    expect(await seriousViolations(page), tab).toEqual([])
  }
})
