import { createRequire } from 'node:module'
import { formatRupiah } from '../../shared/money'
import type * as DecodeImage from '../helpers/decode-image'
import {
  referenceHasValidCrc,
  referenceParseEmv,
  referenceValue,
} from '../helpers/emv-reference-parser'
import { sampleStaticQris } from '../helpers/qris-sample'
import { apiCall } from './support/api'
import { scannable } from './support/arrange'
import { buyerScreen } from './support/buyer-screen'
import { hardwareScan } from './support/scanner'
import { enterCode, till, tillReady } from './support/screens'
import { expect, test } from './support/fixtures'

/**
 * The buyer's screen in browser mode: the till opens it as a second tab holding only a
 * read-only key; it follows the sale pushed by main over server-sent events.
 */

test.describe.configure({ timeout: 120_000 })

// Loaded through require, as in till-complete.spec.ts: zxing's ESM exports do not resolve.
const { decodeQrPng } = createRequire(import.meta.url)(
  '../helpers/decode-image.ts',
) as typeof DecodeImage

test('the buyer tab follows the sale line by line, shows the same QRIS, then the change and thanks', async ({
  page,
  web,
  openApp,
  context,
}) => {
  await apiCall(web, 'settings:setQris', { payload: sampleStaticQris })
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)

  const cspViolations: string[] = []
  const [buyer] = await Promise.all([
    context.waitForEvent('page'),
    buyerScreen.openButton(page).click(),
  ])
  buyer.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text())
  })
  await buyer.setViewportSize({ width: 1366, height: 768 })
  // A new tab's first load on a busy machine can be slow.
  await expect(buyerScreen.main(buyer)).toBeVisible({ timeout: 30_000 })
  // The greeting in both languages, with the shop's name.
  await expect(buyer.getByText('Selamat datang di Galeri Lapas Narkotika Kasongan')).toBeVisible()
  await expect(buyer.getByText('Welcome to Galeri Lapas Narkotika Kasongan')).toBeVisible()
  // The key left the address bar, and the tab holds no run token (nor any handle to the till).
  expect(buyer.url()).toMatch(/#\/pembeli$/)
  const held = await buyer.evaluate(() => ({
    token: sessionStorage.getItem('etalase.webToken'),
    opener: window.opener !== null,
    menu: document.querySelectorAll('nav, button, input, textarea, select').length,
  }))
  expect(held).toEqual({ token: null, opener: false, menu: 0 })
  const key = await buyer.evaluate(() => sessionStorage.getItem('etalase.buyerKey'))
  expect(key).toMatch(/^[0-9a-f]{64}$/)
  expect(key).not.toBe(web.token)

  // Line by line, as the cashier scans.
  await page.bringToFront()
  await page.getByRole('heading', { name: 'Kasir', exact: true }).click()
  await hardwareScan(page, a.barcode!)
  await expect(till.cartRows(page)).toHaveCount(1)
  await expect(buyerScreen.lines(buyer)).toHaveCount(1)
  await expect(buyerScreen.lines(buyer).nth(0)).toContainText(a.name)
  await expect(buyerScreen.lines(buyer).nth(0)).toContainText('1×')
  await expect(buyerScreen.total(buyer)).toHaveText(formatRupiah(a.price))

  await enterCode(page, `2*${b.barcode!}`)
  await expect(buyerScreen.lines(buyer)).toHaveCount(2)
  await expect(buyerScreen.lines(buyer).nth(1)).toContainText(b.name)
  await expect(buyerScreen.lines(buyer).nth(1)).toContainText('2×')
  await expect(buyerScreen.lines(buyer).nth(1)).toContainText(formatRupiah(2 * b.price))
  const total = a.price + 2 * b.price
  await expect(page.getByTestId('till-total')).toHaveText(formatRupiah(total))
  await expect(buyerScreen.total(buyer)).toHaveText(formatRupiah(total))

  // QRIS for the whole sale: both screens decode to one and the same payload.
  await page.keyboard.press('F5')
  const dialog = page.getByRole('dialog', { name: 'Bayar dengan QRIS' })
  const tillQr = dialog.getByRole('img', { name: `Kode QRIS sebesar ${formatRupiah(total)}` })
  await expect(tillQr).toBeVisible()
  const buyerQr = buyerScreen.qr(buyer, formatRupiah(total))
  await expect(buyerQr).toBeVisible()
  const tillPayload = decodeQrPng(await tillQr.screenshot())
  const buyerPayload = decodeQrPng(await buyerQr.screenshot())
  expect(buyerPayload).toBe(tillPayload)
  const fields = referenceParseEmv(buyerPayload)
  expect(referenceValue(fields, '54')).toBe(String(total))
  expect(referenceValue(fields, '01')).toBe('12')
  expect(referenceHasValidCrc(buyerPayload)).toBe(true)
  await buyer.screenshot({ path: test.info().outputPath('buyer-qris-1366.png') })

  await dialog.getByRole('textbox', { name: 'No. referensi (dari aplikasi pembeli)' }).fill('QR-1')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(buyerQr).toBeHidden()
  await page.keyboard.press('F12')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toBeVisible()

  // Paid by QRIS exactly: no change, and the thank-you in both languages.
  await expect(
    buyer.getByText('Terima kasih telah berbelanja di Galeri Lapas Narkotika Kasongan'),
  ).toBeVisible()
  await expect(
    buyer.getByText('Thank you for shopping at Galeri Lapas Narkotika Kasongan'),
  ).toBeVisible()
  await expect(buyerScreen.change(buyer)).toHaveText(formatRupiah(0))
  expect(cspViolations).toEqual([])
})

test('cash: the buyer sees the change; the next scan starts the next bill', async ({
  page,
  web,
  openApp,
  context,
}) => {
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)
  const [buyer] = await Promise.all([
    context.waitForEvent('page'),
    buyerScreen.openButton(page).click(),
  ])
  await buyer.setViewportSize({ width: 1920, height: 1080 })
  await expect(buyer.getByText(/^Selamat datang di /)).toBeVisible({ timeout: 30_000 })

  await page.bringToFront()
  await enterCode(page, a.barcode!)
  await expect(buyerScreen.total(buyer)).toHaveText(formatRupiah(a.price))
  const cash = Math.ceil((a.price + 1) / 50_000) * 50_000
  await page.keyboard.press('F4')
  await page.keyboard.type(String(cash))
  await page.keyboard.press('F12')
  await expect(page.getByRole('dialog', { name: 'Struk' })).toBeVisible()
  await expect(buyerScreen.change(buyer)).toHaveText(formatRupiah(cash - a.price))
  await expect(buyer.getByText(/^Thank you for shopping at /)).toBeVisible()
  await buyer.screenshot({ path: test.info().outputPath('buyer-thanks-1920.png') })

  // The next customer: the thank-you gives way to the new bill.
  await enterCode(page, b.barcode!)
  await expect(buyerScreen.lines(buyer)).toHaveCount(1)
  await expect(buyerScreen.lines(buyer).nth(0)).toContainText(b.name)
  await expect(buyerScreen.total(buyer)).toHaveText(formatRupiah(b.price))
  await buyer.screenshot({ path: test.info().outputPath('buyer-cart-1920.png') })
})

test('the buyer key opens only the buyer stream: every API call with it is refused', async ({
  page,
  openApp,
  context,
}) => {
  await openApp({ demo: 'decline' })
  await tillReady(page)
  const [buyer] = await Promise.all([
    context.waitForEvent('page'),
    buyerScreen.openButton(page).click(),
  ])
  await expect(buyer.getByText(/^Selamat datang di /)).toBeVisible({ timeout: 30_000 })
  const statuses = await buyer.evaluate(async () => {
    const key = sessionStorage.getItem('etalase.buyerKey')
    const results: number[] = []
    for (const channel of ['app:info', 'till:openCart', 'sales:list', 'buyer:showQris']) {
      const reply = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: '{}',
      })
      results.push(reply.status)
    }
    return results
  })
  expect(statuses).toEqual([401, 401, 401, 401])
})
