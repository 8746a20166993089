import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import type { Channel, InputOf, OutputOf } from '../../shared/contract'
import type { UserDto } from '../../shared/auth/auth-dto'
import type { Result } from '../../shared/result'
import { APP_SHELL, seriousViolations } from './support/a11y'
import { apiCall } from './support/api'
import { demoProduct, giveAdminPin } from './support/arrange'
import { expect, test } from './support/fixtures'
import { importDemoCatalogue } from './support/first-run'
import { goToScreen, openShift, signIn } from './support/screens'
import type { WebApp } from './support/web-app'

/**
 * People and shifts: PIN sign-in, opening a shift with a float, supervisor overrides over
 * HTTP and in the UI, cash out, the blind close and its Z report. The API shares the till's
 * session with the page, so once Budi signs in on screen, API calls act as Budi too.
 */

// A demo product at Rp 15.000 with plenty of stock.
const KEYCHAIN_SKU = 'GN-001'

const ADMIN_PIN = '246810'
const SUPERVISOR = { name: 'Sari', pin: '135790' }
const CASHIER = { name: 'Budi', pin: '1234' }

/** A call whose refusal the spec is about: the result, not an exception. */
async function rawCall<C extends Channel>(
  web: Pick<WebApp, 'port' | 'token'>,
  channel: C,
  input: InputOf<C>,
  grant?: string,
): Promise<Result<OutputOf<C>>> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${web.token}`,
  }
  if (grant) headers['x-etalase-grants'] = grant
  const response = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(input),
  })
  return (await response.json()) as Result<OutputOf<C>>
}

/**
 * The demo catalogue and people with PINs: the existing admin, supervisor Sari, cashier
 * Budi and any `more` cashiers, after the first-run wizard; the till is then locked.
 */
async function setUpPeople(
  web: WebApp,
  more: Array<{ name: string; pin: string }> = [],
): Promise<{ sari: UserDto; budi: UserDto }> {
  await importDemoCatalogue(web)
  await giveAdminPin(web, ADMIN_PIN)
  await apiCall(web, 'users:save', {
    name: SUPERVISOR.name,
    role: 'supervisor',
    active: true,
    pin: SUPERVISOR.pin,
  })
  const users = await apiCall(web, 'users:save', {
    name: CASHIER.name,
    role: 'cashier',
    active: true,
    pin: CASHIER.pin,
  })
  for (const cashier of more) {
    await apiCall(web, 'users:save', { ...cashier, role: 'cashier', active: true })
  }
  await apiCall(web, 'auth:lock', {})
  const byName = (name: string) => {
    const user = users.find((u) => u.name === name)
    if (!user) throw new Error(`user ${name} missing`)
    return user
  }
  return { sari: byName(SUPERVISOR.name), budi: byName(CASHIER.name) }
}

/** The supervisor picks their name in the approval dialog and types their PIN. */
async function approveAs(page: Page, name: string, pin: string) {
  const dialog = page.getByRole('dialog', { name: 'Perlu persetujuan supervisor' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('combobox', { name: 'Supervisor', exact: true }).click()
  await page.getByRole('option', { name }).click()
  await dialog.getByLabel('PIN supervisor').fill(pin)
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  await expect(dialog).toBeHidden()
}

const reportRow = (page: Page, table: string, row: string | RegExp) =>
  page.getByRole('table', { name: table }).getByRole('row', { name: row })

test('a cashier signs in with a PIN, opens a shift, needs a supervisor for a discount, a void and the drawer, takes cash out, and closes blind with a Z report showing the variance', async ({
  page,
  web,
}) => {
  test.slow()
  const { sari } = await setUpPeople(web)
  /** Sari's PIN buys a single-use grant for exactly this call (as the dialog asks for it). */
  const sariApproves = async (
    permission: 'discount' | 'void',
    channel: Channel,
    input: unknown,
  ): Promise<string> => {
    const granted = await apiCall(web, 'approvals:request', {
      supervisorId: sari.id,
      pin: SUPERVISOR.pin,
      permission,
      channel,
      input,
    })
    return granted.grant
  }
  await page.goto(web.url)

  await signIn(page, CASHIER.name, CASHIER.pin)

  // Selling needs an open shift once people sign in with PINs.
  const keychain = await demoProduct(web, KEYCHAIN_SKU)
  expect(keychain.price).toBe(15_000)
  const sale = (qty: number, discount?: { kind: 'percent'; value: number; reason: string }) => ({
    id: randomUUID(),
    lines: [{ productId: keychain.id, qty, ...(discount ? { discount } : {}) }],
    payments: [{ methodId: 'tunai', amount: 50_000 }],
  })
  expect(await rawCall(web, 'sales:checkout', sale(1))).toMatchObject({
    ok: false,
    code: 'SHIFT_REQUIRED',
  })

  await goToScreen(page, 'Shift')
  await expect(page.getByRole('heading', { name: 'Buka shift' })).toBeVisible()
  await expect(page.getByText('Kasir: Budi')).toBeVisible()
  await page.getByLabel('Kas awal').fill('100000')
  await page.getByLabel('Kas awal').press('Enter')
  // Opening lands on the till, ready to scan; the Shift screen then shows the open shift.
  await expect(page.getByRole('combobox', { name: 'Cari produk (F2)' })).toBeFocused()
  await goToScreen(page, 'Shift')
  await expect(page.getByRole('heading', { name: 'Shift terbuka' })).toBeVisible()
  await expect(page.getByText('Rp 100.000', { exact: true }).first()).toBeVisible()

  // Two keychains in cash (change given from Rp 50.000): Rp 30.000 into the drawer.
  await apiCall(web, 'sales:checkout', sale(2))

  // A 10 % discount is beyond a cashier: refused, then approved by a grant from Sari's PIN.
  const discounted = sale(1, { kind: 'percent', value: 10, reason: 'Pelanggan tetap' })
  expect(await rawCall(web, 'sales:checkout', discounted)).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  })
  const approved = await rawCall(
    web,
    'sales:checkout',
    discounted,
    await sariApproves('discount', 'sales:checkout', discounted),
  )
  expect(approved).toMatchObject({ ok: true, data: { total: 13_500 } })

  // A sale voided with Sari's approval: its Rp 15.000 goes back out of the drawer.
  const mistaken = await apiCall(web, 'sales:checkout', sale(1))
  const voidInput = { saleId: mistaken.id, reason: 'Salah barang' }
  expect(await rawCall(web, 'sales:void', voidInput)).toMatchObject({
    ok: false,
    code: 'FORBIDDEN',
  })
  const voidGrant = await sariApproves('void', 'sales:void', voidInput)
  expect(await rawCall(web, 'sales:void', voidInput, voidGrant)).toMatchObject({ ok: true })
  // Single use: the same grant replayed is refused.
  expect(await rawCall(web, 'sales:void', voidInput, voidGrant)).toMatchObject({
    ok: false,
    code: 'GRANT_USED',
  })

  // Cash out through the screen, with a common reason picked from the suggestions.
  await page.getByRole('button', { name: 'Kas keluar (F7)' }).click()
  const cashOut = page.getByRole('dialog', { name: 'Kas keluar' })
  await cashOut.getByLabel('Jumlah').fill('5000')
  await cashOut.getByRole('button', { name: 'Beli kantong plastik' }).click()
  await expect(cashOut.getByRole('textbox', { name: 'Alasan' })).toHaveValue('Beli kantong plastik')
  await cashOut.getByRole('button', { name: 'Simpan (Enter)' }).click()
  await expect(cashOut).toBeHidden()

  // Opening the drawer without a sale needs drawer.open: Sari approves it on screen.
  await page.keyboard.press('F8')
  const drawer = page.getByRole('dialog', { name: 'Buka laci tanpa transaksi' })
  await drawer.getByRole('textbox', { name: 'Alasan' }).fill('Tukar uang')
  await drawer.getByRole('textbox', { name: 'Alasan' }).press('Enter')
  await approveAs(page, SUPERVISOR.name, SUPERVISOR.pin)
  await expect(drawer).toBeHidden()

  // The X report: float + cash sales − cash refunds + in − out.
  // 100.000 + (30.000 + 13.500 + 15.000) − 15.000 − 5.000 = 138.500
  const expected = 'Rp 138.500'
  await expect(reportRow(page, 'Penjualan', 'Jumlah transaksi')).toContainText('3')
  await expect(reportRow(page, 'Penjualan', 'Diskon')).toContainText('-Rp 1.500')
  await expect(reportRow(page, 'Per metode bayar', 'Tunai')).toContainText('Rp 58.500')
  await expect(reportRow(page, 'Koreksi', /Pembatalan/)).toContainText('Rp 15.000')
  await expect(reportRow(page, 'Koreksi', 'Laci dibuka tanpa transaksi')).toContainText('1')
  await expect(reportRow(page, 'Kas di laci', 'Kas awal')).toContainText('Rp 100.000')
  await expect(reportRow(page, 'Kas di laci', 'Penjualan tunai')).toContainText('+Rp 58.500')
  await expect(reportRow(page, 'Kas di laci', 'Pengembalian tunai')).toContainText('-Rp 15.000')
  await expect(reportRow(page, 'Kas di laci', 'Kas keluar')).toContainText('-Rp 5.000')
  await expect(reportRow(page, 'Kas di laci', 'Seharusnya di laci')).toContainText(expected)

  // The blind count: nothing on screen says what is expected.
  await page.getByRole('button', { name: 'Tutup shift (F9)' }).click()
  await expect(
    page.getByRole('heading', { name: 'Tutup shift — hitung uang di laci' }),
  ).toBeVisible()
  await expect(page.getByText(expected)).toHaveCount(0)
  await page.getByLabel('Jumlah lembar Rp 100.000').fill('1')
  await page.getByLabel('Jumlah lembar Rp 20.000').fill('1')
  await page.getByLabel('Jumlah lembar Rp 10.000').fill('1')
  await page.getByLabel('Jumlah lembar Rp 2.000').fill('2')
  await page.getByLabel('Jumlah keping logam Rp 1.000').fill('1')
  await expect(page.getByRole('status', { name: 'Total uang tunai dihitung' })).toContainText(
    'Rp 135.000',
  )
  await page.getByLabel('Catatan (opsional)').fill('Kurang 3.500, belum ketemu')
  await page.getByRole('button', { name: 'Tutup shift…' }).click()
  const confirm = page.getByRole('dialog', { name: 'Tutup shift sekarang?' })
  await expect(confirm).toContainText('Rp 135.000')
  await confirm.getByRole('button', { name: 'Ya, tutup shift' }).click()

  // The Z report: number 1, expected against counted, the shortfall in red.
  await expect(page.getByRole('heading', { name: 'Laporan Z no. KSG1-Z000001' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Seharusnya' })).toContainText(expected)
  await expect(page.getByRole('group', { name: 'Dihitung' })).toContainText('Rp 135.000')
  const variance = page.getByRole('group', { name: 'Selisih' })
  await expect(variance).toContainText('-Rp 3.500 (Kurang)')
  await expect(variance.getByText('-Rp 3.500 (Kurang)')).toHaveCSS('color', 'rgb(201, 42, 42)')
  await expect(page.getByText('Kurang 3.500, belum ketemu')).toBeVisible()
  await expect(reportRow(page, 'Kas di laci', 'Kas keluar')).toContainText('-Rp 5.000')
  expect(await apiCall(web, 'shifts:current', {})).toBeNull()

  await page.getByRole('button', { name: 'Selesai' }).click()
  await expect(page.getByRole('heading', { name: 'Buka shift' })).toBeVisible()
  const history = page.getByRole('table', { name: 'Daftar shift yang sudah ditutup' })
  const row = history.getByRole('row').filter({ hasText: 'Budi' })
  await expect(row).toContainText(expected)
  await expect(row).toContainText('Rp 135.000')
  await expect(row).toContainText('-Rp 3.500 (Kurang)')

  // The recorded Z, through the API: counted per value, notes and coins of 1.000 merged.
  const [closed] = await apiCall(web, 'shifts:history', { limit: 1 })
  expect(closed?.closed).toMatchObject({
    zNo: 1,
    expectedCash: 138_500,
    countedCash: 135_000,
    variance: -3_500,
    by: CASHIER.name,
    forced: false,
  })
})

test("closing someone else's shift asks a supervisor's PIN and marks the Z report as force-closed", async ({
  page,
  web,
}) => {
  test.slow()
  await setUpPeople(web, [{ name: 'Ani', pin: '4321' }])
  await page.goto(web.url)

  await signIn(page, CASHIER.name, CASHIER.pin)
  await openShift(page, 50_000)

  // Budi leaves without closing; Ani takes over the till.
  await page.getByRole('button', { name: 'Kunci / ganti kasir (F10)' }).click()
  await signIn(page, 'Ani', '4321')
  await goToScreen(page, 'Shift')
  await expect(page.getByRole('heading', { name: 'Shift terbuka' })).toBeVisible()
  await page.keyboard.press('F9')
  await expect(page.getByText('Shift ini dibuka oleh Budi.')).toBeVisible()
  await page.getByText('Ketik total', { exact: true }).click()
  await page.getByLabel('Total uang tunai dihitung').fill('50000')
  await page.getByRole('button', { name: 'Tutup shift…' }).click()
  await page.getByRole('button', { name: 'Ya, tutup shift' }).click()
  await approveAs(page, SUPERVISOR.name, SUPERVISOR.pin)

  await expect(page.getByRole('heading', { name: 'Laporan Z no. KSG1-Z000001' })).toBeVisible()
  await expect(page.getByText('Ditutup paksa')).toBeVisible()
  await expect(page.getByRole('group', { name: 'Selisih' })).toContainText('Rp 0 (Pas)')
  const [closed] = await apiCall(web, 'shifts:history', { limit: 1 })
  expect(closed?.closed).toMatchObject({ forced: true, by: 'Ani', variance: 0 })
})

test('five wrong PINs on the login screen lock the user out', async ({ page, web }) => {
  await setUpPeople(web)
  await page.goto(web.url)
  await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible()
  await page.getByRole('radio', { name: /Budi/ }).click()
  const pin = page.getByLabel('PIN', { exact: true })
  const submit = page.getByRole('button', { name: 'Masuk (Enter)' })
  for (let attempt = 1; attempt <= 4; attempt++) {
    await pin.fill('0000')
    await submit.click()
    await expect(page.getByRole('alert')).toHaveText(`PIN salah. Sisa percobaan: ${5 - attempt}.`)
  }
  await pin.fill('0000')
  await submit.click()
  const lockedOut = 'Terlalu banyak PIN salah. Coba lagi setelah 5 menit.'
  await expect(page.getByRole('alert')).toHaveText(lockedOut)

  // Locked out means the right PIN is refused too, until the time has passed.
  await pin.fill(CASHIER.pin)
  await submit.click()
  await expect(page.getByRole('alert')).toHaveText(lockedOut)
  await expect(page.getByText('Pengguna: Budi')).toHaveCount(0)
})

test('the open shift and the blind count have no serious or critical axe violations', async ({
  page,
  web,
  openApp,
}) => {
  test.slow()
  // The wizard's admin is signed in and opens the shift.
  await apiCall(web, 'shifts:open', { openingFloat: 100_000 })
  await openApp({ shift: false })
  await goToScreen(page, 'Shift')
  await expect(page.getByRole('heading', { name: 'Shift terbuka' })).toBeVisible()
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])

  await page.keyboard.press('F9')
  await expect(page.getByLabel('Jumlah lembar Rp 100.000')).toBeFocused()
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])

  // Keyboard only: the count, Enter to the next rows, then on to the note and the button.
  await page.keyboard.type('1')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Jumlah lembar Rp 50.000')).toBeFocused()
  await page.getByRole('button', { name: 'Tutup shift…' }).click()
  await page.getByRole('button', { name: 'Ya, tutup shift' }).press('Enter')
  await expect(page.getByRole('heading', { name: 'Laporan Z no. KSG1-Z000001' })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Selisih' })).toContainText('Rp 0 (Pas)')
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])

  await page.getByRole('button', { name: 'Selesai' }).press('Enter')
  await expect(page.getByLabel('Kas awal')).toBeFocused()
  expect(await seriousViolations(page, APP_SHELL)).toEqual([])
})
