import { createRequire } from 'node:module'
import { formatRupiah } from '../../shared/money'
import type * as DecodeImage from '../helpers/decode-image'
import { referenceParseEmv, referenceValue } from '../helpers/emv-reference-parser'
import { sampleStaticQris } from '../helpers/qris-sample'
import { apiCall } from './support/api'
import { salesCount, scannable } from './support/arrange'
import { enterCode, till, tillReady } from './support/screens'
import { expect, test } from './support/fixtures'

/**
 * The complete till through the UI: split tenders with QRIS, hold and resume, discounts,
 * and refusals that record nothing. The demo catalogue provides products and stock; what
 * was recorded is checked through the API.
 */

test.describe.configure({ timeout: 120_000 })

// Loaded through require: under Playwright's ESM loader, @zxing/library's named exports
// (a CommonJS package) do not resolve, while its require build does.
const { decodeQrPng } = createRequire(import.meta.url)(
  '../helpers/decode-image.ts',
) as typeof DecodeImage

const { cartRows, cashField } = till

test('split cash + QRIS: the QR asks for the exact QRIS amount; the receipt shows both tenders and change', async ({
  page,
  web,
  openApp,
}) => {
  await apiCall(web, 'settings:setQris', { payload: sampleStaticQris })
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)

  await enterCode(page, a.barcode!)
  // `2*` then a code: the item comes in two.
  await enterCode(page, `2*${b.barcode!}`)
  await expect(cartRows(page)).toHaveCount(2)
  const total = a.price + 2 * b.price
  await expect(page.getByTestId('till-total')).toHaveText(formatRupiah(total))

  // Part in cash first; F5 then asks QRIS for what is left.
  const cashPart = Math.floor(total / 2 / 1000) * 1000
  await page.keyboard.press('F4')
  await page.keyboard.type(String(cashPart))
  await page.keyboard.press('F5')
  const qrisAmount = total - cashPart
  const dialog = page.getByRole('dialog', { name: 'Bayar dengan QRIS' })
  await expect(dialog).toBeVisible()
  const image = dialog.getByRole('img', { name: `Kode QRIS sebesar ${formatRupiah(qrisAmount)}` })
  await expect(image).toBeVisible()
  const payload = decodeQrPng(await image.screenshot())
  const fields = referenceParseEmv(payload)
  expect(referenceValue(fields, '54')).toBe(String(qrisAmount))
  expect(referenceValue(fields, '01')).toBe('12')
  await expect(dialog.getByText('GALERI LAPAS KASONGAN')).toBeVisible()

  await dialog
    .getByRole('textbox', { name: 'No. referensi (dari aplikasi pembeli)' })
    .fill('QR-778899')
  await page.keyboard.press('Enter')
  await expect(dialog).toBeHidden()

  // The buyer hands over a larger note for the cash part: change comes from cash only.
  await cashField(page).fill(String(cashPart + 10_000))
  await page.keyboard.press('F12')
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  await expect(receipt.getByRole('row', { name: `TOTAL ${formatRupiah(total)}` })).toBeVisible()
  await expect(receipt.getByRole('row', { name: /QRIS.*QR-778899/ })).toContainText(
    formatRupiah(qrisAmount),
  )
  await expect(
    receipt.getByRole('row', { name: `Tunai ${formatRupiah(cashPart + 10_000)}` }),
  ).toBeVisible()
  await expect(receipt.getByRole('row', { name: 'Kembali Rp 10.000' })).toBeVisible()

  const [summary] = await apiCall(web, 'sales:list', {})
  const sale = await apiCall(web, 'sales:get', { id: summary!.id })
  expect(sale.payments.map((p) => [p.methodId, p.amount, p.reference])).toEqual(
    expect.arrayContaining([
      ['qris', qrisAmount, 'QR-778899'],
      ['tunai', expect.any(Number), null],
    ]),
  )
  expect(sale.change).toBe(10_000)
})

test('hold a cart, sell to the next customer, resume the held cart with its lines', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)

  await enterCode(page, `3*${a.barcode!}`)
  await expect(page.getByTestId('till-total')).toHaveText(formatRupiah(3 * a.price))
  await page.keyboard.press('F8')
  const hold = page.getByRole('dialog', { name: 'Tahan transaksi (F8)' })
  await expect(hold.getByRole('textbox', { name: 'Nama pelanggan / label' })).toHaveValue(
    'Pelanggan 1',
  )
  await page.keyboard.press('Enter')
  await expect(hold).toBeHidden()
  await expect(cartRows(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Ditahan: 1 (F9)' })).toBeVisible()

  // The next customer buys something else and pays.
  await enterCode(page, b.barcode!)
  await page.getByRole('button', { name: 'Uang pas' }).click()
  await page.keyboard.press('F12')
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(receipt).toBeHidden()

  await page.keyboard.press('F9')
  const held = page.getByRole('dialog', { name: 'Transaksi ditahan (F9)' })
  await expect(held.getByRole('listitem', { name: 'Lanjutkan Pelanggan 1' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(held).toBeHidden()
  await expect(cartRows(page)).toHaveCount(1)
  await expect(
    page
      .getByRole('table', { name: 'Keranjang' })
      .getByRole('textbox', { name: `Jumlah ${a.name}` }),
  ).toHaveValue('3')
  await expect(page.getByTestId('till-total')).toHaveText(formatRupiah(3 * a.price))
  expect(await apiCall(web, 'till:held', {})).toHaveLength(0)
})

test('a line discount of 10% and a cart discount: the receipt equals the recorded sale', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [a, b] = await scannable(web)
  if (!a || !b) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)

  await enterCode(page, b.barcode!)
  await enterCode(page, `2*${a.barcode!}`)
  // The last line added is selected: F6 discounts it.
  await page.keyboard.press('F6')
  const line = page.getByRole('dialog', { name: `Diskon untuk ${a.name}` })
  await line.getByRole('textbox', { name: 'Diskon (%)' }).fill('10')
  await line.getByRole('textbox', { name: 'Alasan (wajib)' }).fill('Kemasan rusak')
  await page.keyboard.press('Enter')
  await expect(line).toBeHidden()
  await expect(page.getByText(/Diskon 10% .*Kemasan rusak/)).toBeVisible()

  await page.keyboard.press('Shift+F6')
  const whole = page.getByRole('dialog', { name: 'Diskon transaksi' })
  await whole.getByText('Rupiah (Rp)').click()
  await whole.getByRole('textbox', { name: 'Diskon (Rp)' }).fill('1000')
  await whole.getByRole('textbox', { name: 'Alasan (wajib)' }).fill('Pelanggan tetap')
  await whole.getByRole('button', { name: 'Terapkan' }).click()
  await expect(whole).toBeHidden()
  await expect(page.getByText('Diskon barang')).toBeVisible()
  await expect(page.getByText('Diskon transaksi', { exact: true })).toBeVisible()
  const shown = await page.getByTestId('till-total').textContent()

  await page.getByRole('button', { name: 'Uang pas' }).click()
  await page.keyboard.press('F12')
  const receipt = page.getByRole('dialog', { name: 'Struk' })
  await expect(receipt).toBeVisible()
  const [summary] = await apiCall(web, 'sales:list', {})
  const sale = await apiCall(web, 'sales:get', { id: summary!.id })
  expect(formatRupiah(sale.total)).toBe(shown)
  expect(sale.cartDiscount).toBe(1_000)
  expect(sale.lines.find((l) => l.productId === a.id)?.discount).toBe(
    Math.floor((2 * a.price * 10 + 50) / 100),
  )
  await expect(
    receipt.getByRole('row', { name: `TOTAL ${formatRupiah(sale.total)}` }),
  ).toBeVisible()
  // One receipt, one arithmetic: Subtotal before any discount − Diskon (line and cart) = TOTAL.
  const gross = sale.lines.reduce((sum, l) => sum + l.qty * l.unitPrice, 0)
  const discounts = sale.lines.reduce((sum, l) => sum + l.discount, 0) + sale.cartDiscount
  expect(gross - discounts + sale.rounding).toBe(sale.total)
  await expect(receipt.getByRole('row', { name: `Subtotal ${formatRupiah(gross)}` })).toBeVisible()
  await expect(
    receipt.getByRole('row', { name: `Diskon ${formatRupiah(-discounts)}` }),
  ).toBeVisible()
})

test('QRIS without a reference is refused with its message and records nothing', async ({
  page,
  web,
  openApp,
}) => {
  await openApp({ demo: 'accept' })
  const [a] = await scannable(web)
  if (!a) throw new Error('the demo catalogue has no scannable products')
  await tillReady(page)
  await enterCode(page, a.barcode!)

  // Without a configured QRIS the dialog says where to set it up, and still records a payment.
  await page.keyboard.press('F5')
  const dialog = page.getByRole('dialog', { name: 'Bayar dengan QRIS' })
  await expect(dialog.getByText(/QRIS belum diatur di Pengaturan → Kasir/)).toBeVisible()
  await dialog.getByRole('button', { name: 'Selesai (Enter)' }).click()
  await expect(dialog).toBeHidden()

  await page.keyboard.press('F12')
  await expect(page.getByRole('alert').first()).toBeVisible()
  await expect(page.getByText('Isi nomor referensi pembayaran.')).toBeVisible()
  await expect(page.getByRole('dialog', { name: 'Struk' })).toHaveCount(0)
  await expect(cartRows(page)).toHaveCount(1)
  expect(await salesCount(web)).toBe(0)
})
