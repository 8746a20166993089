import { decodeEscPos } from '../helpers/escpos-decoder'
import { startFakePrinter } from '../helpers/fake-printer'
import { apiCall } from './support/api'
import {
  ADMIN_PIN,
  approvalDialog,
  BUDI,
  chooseApprover,
  SARI,
  setUpPeople,
} from './support/approval'
import { demoProduct } from './support/arrange'
import { expect, test } from './support/fixtures'
import { enterCode, goToScreen, openShift, signIn, till } from './support/screens'

/**
 * A cashier's refused actions get a supervisor's approval through the dialog on screen: a
 * discount at the till and a void in Riwayat. The dialog says what is approved and who
 * asks, preselects nobody, says when a PIN is wrong, and main issues a single-use grant that
 * a replay cannot reuse. Screenshots of the dialog in both languages are kept for review.
 */

const KEYCHAIN_SKU = 'GN-001'
const SHOTS = 'test-results/approval-dialog'

test('a cashier gets a till discount and a Riwayat void approved through the dialog; a wrong PIN is said, a grant is never reused', async ({
  page,
  web,
}) => {
  test.setTimeout(400_000)
  await page.setViewportSize({ width: 1366, height: 768 })
  const { sari } = await setUpPeople(web)
  await page.goto(web.url)
  await signIn(page, BUDI.name, BUDI.pin)
  const keychain = await demoProduct(web, KEYCHAIN_SKU)
  await openShift(page, 100_000)

  // A 10 % line discount at the till: beyond a cashier, so paying asks for approval.
  await goToScreen(page, 'Kasir')
  await enterCode(page, keychain.barcode!)
  await page.keyboard.press('F6')
  const discount = page.getByRole('dialog', { name: `Diskon untuk ${keychain.name}` })
  await discount.getByRole('textbox', { name: 'Diskon (%)' }).fill('10')
  await discount.getByRole('textbox', { name: 'Alasan (wajib)' }).fill('Pelanggan tetap')
  await page.keyboard.press('Enter')
  await expect(discount).toBeHidden()
  await page.getByRole('button', { name: 'Uang pas' }).click()
  await page.keyboard.press('F12')

  const dialog = approvalDialog(page)
  await expect(dialog).toBeVisible()
  const what = dialog.getByRole('table', { name: 'Yang disetujui' })
  await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText('Penjualan dengan diskon')
  await expect(what.getByRole('row', { name: /Jumlah/ })).toContainText('Rp 13.500')
  await expect(what.getByRole('row', { name: /Diminta oleh/ })).toContainText(BUDI.name)
  // Nobody is chosen for the supervisor, and only people who may approve are offered.
  const approver = dialog.getByRole('combobox', { name: 'Supervisor', exact: true })
  await expect(approver).toHaveValue('')
  await approver.click()
  await expect(page.getByRole('option')).toHaveText(['Admin', SARI.name])
  await page.getByRole('option', { name: SARI.name }).click()
  await page.screenshot({ path: `${SHOTS}-id.png` })

  // A wrong PIN: said in the dialog, which stays open; nothing was sold.
  await dialog.getByLabel('PIN supervisor').fill('000000')
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  await expect(dialog.getByRole('alert')).toHaveText('PIN salah. Sisa percobaan: 4.')
  await expect(dialog.getByLabel('PIN supervisor')).toHaveValue('')
  expect(await apiCall(web, 'sales:list', {})).toHaveLength(0)

  await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  // A busy machine: the sale or void, then the dialog's close, can take a while.
  await expect(dialog).toBeHidden({ timeout: 30_000 })
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  const [sold] = await apiCall(web, 'sales:list', {})
  const sale = await apiCall(web, 'sales:get', { id: sold!.id })
  expect(sale.total).toBe(13_500)
  await page.keyboard.press('Escape')
  await expect(receipt).toBeHidden()

  // Riwayat: voiding is beyond a cashier too; the dialog names the receipt and its amount.
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await page.getByRole('button', { name: `Buka struk ${sale.receiptNo}` }).click()
  const drawer = page.getByRole('dialog', { name: `Struk ${sale.receiptNo}` })
  await drawer.getByRole('button', { name: 'Batalkan transaksi' }).click()
  const confirm = page.getByRole('dialog', { name: `Batalkan transaksi ${sale.receiptNo}?` })
  await confirm.getByRole('textbox', { name: 'Alasan pembatalan' }).fill('Salah input barang')
  await confirm.getByRole('button', { name: 'Ya, batalkan transaksi' }).click()
  await expect(dialog).toBeVisible()
  await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText('Batalkan transaksi')
  await expect(what.getByRole('row', { name: /Untuk/ })).toContainText(`Struk ${sale.receiptNo}`)
  await expect(what.getByRole('row', { name: /Jumlah/ })).toContainText('Rp 13.500')
  await expect(approver).toHaveValue('')
  await chooseApprover(page, SARI.name)
  await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  // A busy machine: the sale or void, then the dialog's close, can take a while.
  await expect(dialog).toBeHidden({ timeout: 30_000 })
  await expect(confirm).toBeHidden()
  await expect(drawer.getByText('Transaksi dibatalkan')).toBeVisible()
  await page.keyboard.press('Escape')

  // The grant, API-level: issued for one call, refused when replayed.
  const second = await apiCall(web, 'sales:checkout', {
    id: crypto.randomUUID(),
    lines: [{ productId: keychain.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
  const input = { saleId: second.id, reason: 'Uji ulang' }
  const { grant } = await apiCall(web, 'approvals:request', {
    supervisorId: sari.id,
    pin: SARI.pin,
    permission: 'void',
    channel: 'sales:void',
    input,
  })
  const send = async () => {
    const response = await fetch(`http://127.0.0.1:${web.port}/api/sales:void`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${web.token}`,
        'x-etalase-grants': grant,
      },
      body: JSON.stringify(input),
    })
    return (await response.json()) as { ok: boolean; code?: string }
  }
  const replays = await Promise.all([send(), send(), send()])
  expect(replays.filter((r) => r.ok)).toHaveLength(1)
  expect(replays.filter((r) => !r.ok).map((r) => r.code)).toEqual(['GRANT_USED', 'GRANT_USED'])

  // As the admin: the audit trail names the cashier who asked and the supervisor who approved.
  await page.getByRole('button', { name: 'Kunci / ganti kasir (F10)' }).click()
  await signIn(page, 'Admin', ADMIN_PIN)
  const audit = await apiCall(web, 'audit:list', { action: 'approval.grant' })
  expect(audit).toHaveLength(3)
  for (const row of audit)
    expect(row).toMatchObject({ userName: BUDI.name, approvedByName: SARI.name })

  // The same dialog in English, for the screenshot a reviewer looks at.
  await apiCall(web, 'settings:setLocale', { locale: 'en' })
  await page.reload()
  await page.getByRole('button', { name: 'Lock / switch cashier (F10)' }).click()
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(BUDI.name) }).click()
  await page.getByLabel('PIN', { exact: true }).fill(BUDI.pin)
  await page.getByRole('button', { name: 'Sign in (Enter)' }).click()
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click()
  const third = await apiCall(web, 'sales:checkout', {
    id: crypto.randomUUID(),
    lines: [{ productId: keychain.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: 15_000 }],
  })
  await page.reload()
  await page.getByRole('button', { name: `Open receipt ${third.receiptNo}` }).click()
  await page.getByRole('button', { name: 'Void sale' }).click()
  const confirmEn = page.getByRole('dialog', { name: `Void sale ${third.receiptNo}?` })
  await confirmEn.getByRole('textbox', { name: 'Reason for voiding' }).fill('Wrong item')
  await confirmEn.getByRole('button', { name: 'Yes, void this sale' }).click()
  const english = approvalDialog(page, 'Supervisor approval needed')
  await expect(english).toBeVisible()
  await expect(english.getByRole('table', { name: 'What is approved' })).toContainText(
    'Void the sale',
  )
  await chooseApprover(page, SARI.name)
  await page.screenshot({ path: `${SHOTS}-en.png` })
  await english.getByRole('button', { name: 'Cancel' }).click()
  await expect(english).toBeHidden()
  expect((await apiCall(web, 'sales:get', { id: third.id })).voided).toBeNull()
})

test('a cashier’s Retur in Riwayat offers the approval dialog, naming the return and who asks', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000)
  await setUpPeople(web)
  await page.goto(web.url)
  await signIn(page, BUDI.name, BUDI.pin)
  const keychain = await demoProduct(web, KEYCHAIN_SKU)
  await openShift(page, 100_000)
  const sale = await apiCall(web, 'sales:checkout', {
    id: crypto.randomUUID(),
    lines: [{ productId: keychain.id, qty: 1 }],
    payments: [{ methodId: 'tunai', amount: keychain.price }],
  })

  // Returns are beyond a cashier: saving one asks a supervisor instead of refusing outright.
  await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
  await page.getByRole('button', { name: `Buka struk ${sale.receiptNo}` }).click()
  const drawer = page.getByRole('dialog', { name: `Struk ${sale.receiptNo}` })
  await drawer.getByRole('button', { name: 'Retur' }).click()
  const form = page.getByRole('dialog', { name: `Retur ${sale.receiptNo}` })
  await form.getByRole('textbox', { name: `Jumlah retur ${keychain.name}` }).fill('1')
  await form.getByRole('textbox', { name: 'Alasan retur' }).fill('Ukuran tidak cocok')
  await form.getByRole('button', { name: 'Simpan retur' }).click()

  const dialog = approvalDialog(page)
  await expect(dialog).toBeVisible()
  const what = dialog.getByRole('table', { name: 'Yang disetujui' })
  await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText(
    'Retur dan pengembalian dana',
  )
  await expect(what.getByRole('row', { name: /Untuk/ })).toContainText(`Struk ${sale.receiptNo}`)
  // The money refunded: the keychain's price.
  await expect(what.getByRole('row', { name: /Jumlah/ })).toContainText('Rp 15.000')
  await expect(what.getByRole('row', { name: /Diminta oleh/ })).toContainText(BUDI.name)
  await expect(dialog.getByRole('combobox', { name: 'Supervisor', exact: true })).toHaveValue('')
  await chooseApprover(page, SARI.name)
  await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  await expect(dialog).toBeHidden({ timeout: 30_000 })
  await expect(form.getByText(/^Retur RKSG1-\d{8}-\d{6} tercatat$/)).toBeVisible()
})

test('where a cashier may not remove a line or reprint, both offer the approval dialog: a till line goes, a Riwayat copy prints', async ({
  page,
  web,
}) => {
  test.setTimeout(300_000)
  const printer = await startFakePrinter()
  try {
    // This shop keeps taking lines out and reprinting for supervisors; a receipt printer.
    for (const permission of ['cart.removeLine', 'reprint'] as const)
      await apiCall(web, 'permissions:set', { role: 'cashier', permission, allowed: false })
    await apiCall(web, 'print:saveSettings', {
      transport: 'network',
      host: printer.host,
      port: printer.port,
      paperWidth: 58,
      storeName: 'Galeri Lapas Narkotika Kasongan',
    })
    await setUpPeople(web)
    await page.goto(web.url)
    await signIn(page, BUDI.name, BUDI.pin)
    const keychain = await demoProduct(web, KEYCHAIN_SKU)
    await openShift(page, 100_000)

    // The till: taking a scanned line out asks a supervisor, naming the line and its amount.
    await enterCode(page, keychain.barcode!)
    await expect(till.cartRows(page)).toHaveCount(1)
    await page.getByRole('button', { name: `Hapus ${keychain.name}` }).click()
    const dialog = approvalDialog(page)
    await expect(dialog).toBeVisible()
    const what = dialog.getByRole('table', { name: 'Yang disetujui' })
    await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText(
      'Hapus baris dari keranjang',
    )
    await expect(what.getByRole('row', { name: /Untuk/ })).toContainText(`1 × ${keychain.name}`)
    await expect(what.getByRole('row', { name: /Jumlah/ })).toContainText('Rp 15.000')
    await expect(what.getByRole('row', { name: /Diminta oleh/ })).toContainText(BUDI.name)
    await expect(dialog.getByRole('combobox', { name: 'Supervisor', exact: true })).toHaveValue('')
    await chooseApprover(page, SARI.name)
    await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
    await dialog.getByRole('button', { name: 'Setujui' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await expect(till.cartRows(page)).toHaveCount(0)

    // Riwayat: a reprint asks too, naming the receipt and its amount; the copy then prints.
    const sale = await apiCall(web, 'sales:checkout', {
      id: crypto.randomUUID(),
      lines: [{ productId: keychain.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: keychain.price }],
    })
    await goToScreen(page, 'Riwayat', 'Riwayat transaksi')
    await page.getByRole('button', { name: `Buka struk ${sale.receiptNo}` }).click()
    const drawer = page.getByRole('dialog', { name: `Struk ${sale.receiptNo}` })
    await drawer.getByRole('button', { name: 'Cetak ulang' }).click()
    await expect(dialog).toBeVisible()
    await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText('Cetak ulang struk')
    await expect(what.getByRole('row', { name: /Untuk/ })).toContainText(`Struk ${sale.receiptNo}`)
    await expect(what.getByRole('row', { name: /Jumlah/ })).toContainText('Rp 15.000')
    await expect(what.getByRole('row', { name: /Diminta oleh/ })).toContainText(BUDI.name)
    await expect(dialog.getByRole('combobox', { name: 'Supervisor', exact: true })).toHaveValue('')
    await chooseApprover(page, SARI.name)
    await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
    await dialog.getByRole('button', { name: 'Setujui' }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await expect(
      drawer.getByRole('status').filter({ hasText: 'Cetak ulang tercatat' }),
    ).toBeVisible()
    await expect(
      drawer.getByRole('status').filter({ hasText: `Salinan ${sale.receiptNo} tercetak` }),
    ).toBeVisible()
    await expect(drawer.getByRole('alert')).toHaveCount(0)
    // The printer was asked for its status first, then sent the copy.
    const paper = (await printer.closedConnections(2))
      .filter((bytes) => bytes[0] === 0x1b && bytes[1] === 0x40)
      .map((bytes) => decodeEscPos(bytes, { columns: 32 }).lines.join('\n'))
    expect(paper).toHaveLength(1)
    expect(paper[0]).toContain(sale.receiptNo)
    expect(paper[0]).toContain('SALINAN')
  } finally {
    await printer.close()
  }
})
