import type { Page } from '@playwright/test'
import { receiveStock } from '../helpers/receive-stock'
import { apiCall, viaApi } from './support/api'
import { approvalDialog, BUDI, chooseApprover, SARI, setUpPeople } from './support/approval'
import { expect, test } from './support/fixtures'
import { hardwareScan } from './support/scanner'
import { goToScreen, openShift, signIn } from './support/screens'
import type { WebApp } from './support/web-app'

/**
 * Where a cashier's stock work goes beyond their role (issue 15, "what a newcomer trips
 * over"): posting a stock count and moving the till to an exhibition are refused by main,
 * and the screen offers the supervisor's approval instead of a dead end. After the PIN the
 * count is posted, and the till sells from the new place.
 */

const SHOTS = '/tmp/h15-opname-approval'

const product = (web: WebApp, name: string, sku: string, barcode: string) =>
  apiCall(web, 'catalog:create', {
    name,
    sku,
    barcode,
    categoryId: null,
    unit: 'pcs',
    price: 15_000,
    cost: 6_000,
    workshopId: null,
    active: true,
  })

const words = {
  id: {
    signIn: 'Masuk',
    signInButton: 'Masuk (Enter)',
    user: (name: string) => `Pengguna: ${name}`,
    list: 'Daftar stock opname',
    post: 'Posting penyesuaian',
    postDialog: 'Posting stock opname',
    postNow: 'Posting sekarang',
    posted: (no: string) => `Stock opname ${no} diposting; stok disesuaikan.`,
    postedBadge: 'Diposting',
    approval: 'Perlu persetujuan supervisor',
    what: 'Yang disetujui',
    action: /Tindakan/,
    actionName: 'Memposting stock opname',
    subject: /Untuk/,
    requester: /Diminta oleh/,
    pin: 'PIN supervisor',
    approve: 'Setujui',
  },
  en: {
    signIn: 'Sign in',
    signInButton: 'Sign in (Enter)',
    user: (name: string) => `User: ${name}`,
    list: 'Stock opnames',
    post: 'Post adjustments',
    postDialog: 'Post stock opname',
    postNow: 'Post now',
    posted: (no: string) => `Stock opname ${no} posted; stock adjusted.`,
    postedBadge: 'Posted',
    approval: 'Supervisor approval needed',
    what: 'What is approved',
    action: /Action/,
    actionName: 'Post stock counts',
    subject: /For/,
    requester: /Asked by/,
    pin: 'Supervisor PIN',
    approve: 'Approve',
  },
} as const

/** The sign-in screen in either language (screens.signIn speaks Indonesian only). */
async function signInAs(page: Page, w: (typeof words)['id' | 'en'], who: typeof BUDI) {
  await expect(page.getByRole('heading', { name: w.signIn, exact: true })).toBeVisible()
  await page.getByRole('radio', { name: new RegExp(who.name) }).click()
  await page.getByLabel('PIN', { exact: true }).fill(who.pin)
  await page.getByRole('button', { name: w.signInButton }).click()
  await expect(page.getByText(w.user(who.name))).toBeVisible()
}

/**
 * A count of two products, one short by one, left in review by the admin: the cashier's part
 * is the posting. Returns the document and the short product.
 */
async function countInReview(web: WebApp) {
  const enggang = await product(web, 'Gantungan Kunci Enggang', 'GN-101', '8991234500012')
  const mandau = await product(web, 'Gantungan Kunci Mandau', 'GN-102', '8991234500029')
  await receiveStock(viaApi(web), { productId: enggang.id, qty: 2 })
  await receiveStock(viaApi(web), { productId: mandau.id, qty: 2 })
  const { locationId } = await apiCall(web, 'till:settings', {})
  const count = await apiCall(web, 'opname:create', {
    locationId,
    scope: { kind: 'all' },
    personInCharge: { name: BUDI.name },
    witness: { name: SARI.name },
  })
  await apiCall(web, 'opname:start', { id: count.id })
  const session = await apiCall(web, 'opname:openSession', { countId: count.id, label: 'Rak A' })
  for (const barcode of ['8991234500012', '8991234500012', '8991234500029'])
    await apiCall(web, 'opname:scan', { countId: count.id, sessionId: session.id, barcode })
  await apiCall(web, 'opname:review', { id: count.id })
  return { count, mandau }
}

for (const lang of ['id', 'en'] as const) {
  test(`a cashier posts a stock count with a supervisor’s approval (${lang})`, async ({
    page,
    web,
  }) => {
    test.setTimeout(240_000)
    const w = words[lang]
    await page.setViewportSize({ width: 1366, height: 768 })
    // This shop lets its cashiers count; posting, which changes on-hand, stays a supervisor's.
    await apiCall(web, 'permissions:set', {
      role: 'cashier',
      permission: 'stock.adjust',
      allowed: true,
    })
    const { count, mandau } = await countInReview(web)
    await setUpPeople(web, { demo: false })
    await apiCall(web, 'settings:setLocale', { locale: lang })
    await page.goto(web.url)
    await signInAs(page, w, BUDI)

    await goToScreen(page, 'Stock opname')
    await page
      .getByRole('table', { name: w.list })
      .getByRole('button', { name: count.countNo })
      .click()
    await page.getByRole('button', { name: w.post }).click()
    await page
      .getByRole('dialog', { name: w.postDialog })
      .getByRole('button', { name: w.postNow })
      .click()

    // Main refuses the cashier; the dialog asks a supervisor, naming the count and who asks.
    const dialog = approvalDialog(page, w.approval)
    await expect(dialog).toBeVisible()
    const what = dialog.getByRole('table', { name: w.what })
    await expect(what.getByRole('row', { name: w.action })).toContainText(w.actionName)
    await expect(what.getByRole('row', { name: w.subject })).toContainText(count.countNo)
    await expect(what.getByRole('row', { name: w.requester })).toContainText(BUDI.name)
    await expect(dialog.getByRole('combobox', { name: 'Supervisor', exact: true })).toHaveValue('')
    // Nothing is posted while the dialog waits.
    expect((await apiCall(web, 'opname:get', { id: count.id })).state).toBe('review')
    await chooseApprover(page, SARI.name)
    await page.screenshot({ path: `${SHOTS}-${lang}.png` })

    await dialog.getByLabel(w.pin).fill(SARI.pin)
    await dialog.getByRole('button', { name: w.approve }).click()
    await expect(dialog).toBeHidden({ timeout: 30_000 })
    await expect(page.getByText(w.posted(count.countNo))).toBeVisible()
    await expect(page.getByText(w.postedBadge, { exact: true }).first()).toBeVisible()
    await expect(page.getByRole('button', { name: w.post })).toHaveCount(0)
    // Posted by the one grant: the state, and the one short keychain taken off on-hand.
    expect((await apiCall(web, 'opname:get', { id: count.id })).state).toBe('posted')
    expect((await apiCall(web, 'catalog:get', { id: mandau.id })).onHand).toBe(1)
  })
}

test('a cashier moves the till to an exhibition with a supervisor’s approval, then sells there', async ({
  page,
  web,
}) => {
  test.setTimeout(240_000)
  const expo = await apiCall(web, 'stock:saveExhibition', {
    name: 'Expo Kalteng',
    place: 'Palangka Raya',
    startsOn: '2026-01-01',
    endsOn: '2036-12-31',
  })
  // Stock only at the exhibition, sent there from the showroom: a sale from the showroom
  // would be refused for stock.
  const keychain = await product(web, 'Gantungan Kunci Enggang', 'GN-101', '8991234500012')
  await receiveStock(viaApi(web), { productId: keychain.id, qty: 3 })
  const { locationId: galeri } = await apiCall(web, 'till:settings', {})
  const transfer = await apiCall(web, 'stock:saveTransfer', {
    fromId: galeri,
    toId: expo.id,
    lines: [{ productId: keychain.id, qty: 3 }],
  })
  await apiCall(web, 'stock:sendTransfer', { id: transfer.id })
  await apiCall(web, 'stock:receiveTransfer', {
    id: transfer.id,
    lines: [{ productId: keychain.id, received: 3, damaged: 0 }],
  })
  await setUpPeople(web, { demo: false })
  await page.goto(web.url)
  await signIn(page, BUDI.name, BUDI.pin)
  await openShift(page, 100_000)

  await page.getByRole('button', { name: 'Lokasi: Galeri — ganti lokasi jual' }).click()
  await page.getByRole('menuitem', { name: 'Expo Kalteng' }).click()

  // Main refuses the cashier; the dialog names the move and who asks.
  const dialog = approvalDialog(page)
  await expect(dialog).toBeVisible()
  const what = dialog.getByRole('table', { name: 'Yang disetujui' })
  await expect(what.getByRole('row', { name: /Tindakan/ })).toContainText('Ganti lokasi jual kasir')
  await expect(what.getByRole('row', { name: /Untuk/ })).toContainText('Galeri → Expo Kalteng')
  await expect(what.getByRole('row', { name: /Diminta oleh/ })).toContainText(BUDI.name)
  await expect(dialog.getByRole('combobox', { name: 'Supervisor', exact: true })).toHaveValue('')
  expect((await apiCall(web, 'till:settings', {})).locationName).toBe('Galeri')
  await chooseApprover(page, SARI.name)
  await dialog.getByLabel('PIN supervisor').fill(SARI.pin)
  await dialog.getByRole('button', { name: 'Setujui' }).click()
  await expect(dialog).toBeHidden({ timeout: 30_000 })
  await expect(
    page.getByRole('button', { name: 'Lokasi: Expo Kalteng — ganti lokasi jual' }),
  ).toBeVisible()
  expect((await apiCall(web, 'till:settings', {})).locationName).toBe('Expo Kalteng')

  // A scanned sale now takes its stock at the exhibition.
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await hardwareScan(page, keychain.barcode!)
  await expect(page.getByTestId('till-total')).toHaveText('Rp 15.000')
  await page.getByRole('button', { name: 'Uang pas' }).click()
  await page.keyboard.press('F12')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toBeVisible()
  expect(await apiCall(web, 'sales:list', { locationId: expo.id })).toHaveLength(1)
  const [level] = (await apiCall(web, 'stock:levels', { locationId: expo.id, query: 'GN-101' }))
    .rows
  expect(level?.onHand).toBe(2)
})
