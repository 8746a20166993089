import { afterEach, describe, expect, it } from 'vitest'
import type { OsPrinter, OsPrintJob } from '../../../electron/printing/os-print/os-printer'
import { OsPrintError } from '../../../electron/printing/os-print/os-printer'
import { errorMessage } from '../../../shared/error-messages'
import { addUser, callAs, productInput } from '../../helpers/builders'
import { parseHtml } from '../../helpers/parse-html'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { intake, orderCounts, pdfText } from './order-helpers'

/** Independent of the app's converter: Rupiah ÷ rate, to the cent, half up (exact decimals). */
const cents = (rupiah: number, rate: number) =>
  Math.round((rupiah * 100 * 100) / Math.round(rate * 100) + 1e-9)
const dollars = (c: number) =>
  `USD ${new Intl.NumberFormat('en-US').format(Math.floor(c / 100))}.${String(c % 100).padStart(2, '0')}`
const usd = (rupiah: number, rate: number) => dollars(cents(rupiah, rate))

/** The printed page read back by an HTML parser (no script runs): its text and table cells. */
function decode(job: OsPrintJob | undefined) {
  if (!job) throw new Error('nothing was printed')
  const page = parseHtml(job.html)
  const cells = (row: Element) =>
    [...row.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim())
  return {
    page,
    text: (page.body.textContent ?? '').replace(/\s+/g, ' '),
    tables: [...page.querySelectorAll('table.data')].map((table) =>
      [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr')].map(cells),
    ),
    facts: Object.fromEntries(
      [...page.querySelectorAll('table.facts tr')].map((row) => {
        const [label = '', , value = ''] = cells(row)
        return [label, value]
      }),
    ),
  }
}

const docNos = (core: TestCore) =>
  core.database.raw
    .prepare('select kind, doc_no, currency from order_documents order by created_at, doc_no')
    .all()

describe('orders: documents printed on the OS printer (A4)', () => {
  let core: TestCore
  const jobs: OsPrintJob[] = []
  afterEach(async () => {
    jobs.length = 0
    await core.dispose()
  })

  const recording: OsPrinter = { print: async (job) => void jobs.push(job) }

  async function setUp(osPrinter: OsPrinter | null = recording) {
    core = await createTestCore(osPrinter ? { osPrinter } : {})
    // The receipt printer and its copies are not the document printer.
    await core.must('print:saveSettings', {
      transport: 'none',
      paperWidth: 80,
      storeName: 'Galeri Lapas Kasongan',
      headerLines: ['Jl. Tjilik Riwut Km 5'],
      footerLines: [],
      osPrinter: 'EPSON_TM_T82',
      copies: 2,
      documentPrinter: 'HP_LaserJet_M111w',
    })
  }

  /** A confirmed order of 200 keychains at Rp 13.000 with a Rp 780.000 deposit. */
  async function confirmedOrder(names: { buyer?: string; product?: string } = {}) {
    const ws = await core.must('catalog:addWorkshop', { name: 'Kegiatan Getah Nyatu' })
    const product = await core.must(
      'catalog:create',
      productInput({
        name: names.product ?? 'Gantungan Kunci Logo',
        price: 15_000,
        cost: 6_000,
        workshopId: ws.id,
      }),
    )
    await intake(core, product.id, 200)
    const buyer = await core.must('orders:saveBuyer', {
      name: names.buyer ?? 'Kiwi Crafts Ltd',
      kind: 'company',
      country: 'nz',
      address: '12 Queen Street, Auckland',
      contact: 'Aroha Ngata',
      language: 'en',
      currency: 'USD',
    })
    let order = await core.must('orders:create', {
      buyerId: buyer.id,
      lines: [
        {
          productId: product.id,
          qty: 200,
          unitPrice: 13_000,
          priceReason: 'harga ekspor',
          hsCode: '4602.19',
        },
      ],
    })
    order = await core.must('orders:advance', { id: order.id, status: 'confirmed' })
    order = await core.must('orders:pay', {
      id: order.id,
      kind: 'deposit',
      amount: 780_000,
      methodId: 'tunai',
    })
    return { order, product }
  }

  it('prints a USD proforma on the document printer as one A4 page set that decodes to the order', async () => {
    await setUp()
    const { order, product } = await confirmedOrder()
    const printed = await core.must('orders:printDocument', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_250.5,
    })
    expect(printed).toEqual({
      docNo: 'PRO-KSG1-2026-0001',
      deviceName: 'HP_LaserJet_M111w',
      widthMm: 210,
      heightMm: 297,
      copies: 1,
    })
    expect(jobs).toHaveLength(1)
    const [job] = jobs
    expect(job).toMatchObject({
      widthMm: 210,
      heightMm: 297,
      deviceName: 'HP_LaserJet_M111w',
      copies: 1,
      silent: true,
    })
    expect(job?.html).toContain('@page{size:210mm 297mm;margin:0}')

    const { text, tables, facts } = decode(job)
    expect(facts).toMatchObject({
      Number: 'PRO-KSG1-2026-0001',
      Order: order.orderNo,
      Buyer: 'Kiwi Crafts Ltd',
      'Exchange rate': 'IDR 16,250.50 per 1 USD',
    })
    for (const expected of [
      'Galeri Lapas Kasongan',
      'Proforma Invoice',
      'Country of origin: Indonesia',
      'rounded to the nearest cent (half up) per line',
    ]) {
      expect(text).toContain(expected)
    }
    const [lines] = tables
    expect(lines?.[0]).toEqual([
      'No',
      'Description',
      'HS code',
      'Qty',
      'Unit price (IDR)',
      'Amount (IDR)',
      'Unit price (USD)',
      'Amount (USD)',
    ])
    expect(lines?.slice(1)).toEqual([
      [
        '1',
        `Gantungan Kunci Logo (${product.sku})`,
        '4602.19',
        '200',
        'Rp 13.000',
        'Rp 2.600.000',
        usd(13_000, 16_250.5),
        usd(2_600_000, 16_250.5),
      ],
      ['', 'Total', '', '', '', 'Rp 2.600.000', '', usd(2_600_000, 16_250.5)],
      ['', 'Deposit received', '', '', '', 'Rp 780.000', '', usd(780_000, 16_250.5)],
      // The printed total less the printed deposit, to the cent.
      [
        '',
        'Balance due',
        '',
        '',
        '',
        'Rp 1.820.000',
        '',
        dollars(cents(2_600_000, 16_250.5) - cents(780_000, 16_250.5)),
      ],
    ])
  })

  it('prints a packing list with its cartons, weights and totals', async () => {
    await setUp()
    const { order, product } = await confirmedOrder()
    const carton = { netWeightG: 2_000, grossWeightG: 2_650, lengthCm: 40, widthCm: 30 }
    await core.must('orders:pack', {
      id: order.id,
      cartons: [
        { ...carton, heightCm: 25, lines: [{ productId: product.id, qty: 120 }] },
        { ...carton, heightCm: 20, lines: [{ productId: product.id, qty: 80 }] },
      ],
    })
    const printed = await core.must('orders:printDocument', {
      orderId: order.id,
      kind: 'packing_list',
      currency: 'IDR',
      language: 'id',
    })
    expect(printed).toMatchObject({ docNo: 'PL-KSG1-2026-0001', widthMm: 210, heightMm: 297 })
    const { text, tables, facts } = decode(jobs[0])
    expect(text).toContain('Daftar Kemas')
    expect(facts).toMatchObject({ Nomor: 'PL-KSG1-2026-0001', Pembeli: 'Kiwi Crafts Ltd' })
    const [cartons, goods] = tables
    expect(cartons?.slice(1)).toEqual([
      ['1', 'Gantungan Kunci Logo x 120', '120', '2.00', '2.65', '40 x 30 x 25'],
      ['2', 'Gantungan Kunci Logo x 80', '80', '2.00', '2.65', '40 x 30 x 20'],
      ['Jumlah karton: 2', '', '200', '4.00', '5.30', ''],
    ])
    expect(goods?.slice(1)).toEqual([[product.sku, 'Gantungan Kunci Logo', '4602.19', '200']])
  })

  it('saving and printing share one number series: no gap, no number twice', async () => {
    await setUp()
    const { order } = await confirmedOrder()
    const input = { orderId: order.id, kind: 'proforma' as const, rate: 16_000 }
    const first = await core.must('orders:document', input)
    const printed = await core.must('orders:printDocument', input)
    const third = await core.must('orders:document', input)
    expect([first.filename, printed.docNo, third.filename]).toEqual([
      'PRO-KSG1-2026-0001.pdf',
      'PRO-KSG1-2026-0002',
      'PRO-KSG1-2026-0003.pdf',
    ])
    expect(await pdfText(third)).toContain('PRO-KSG1-2026-0003')
    expect(decode(jobs[0]).facts['Number']).toBe('PRO-KSG1-2026-0002')
    // Every issue is recorded once, printed or saved alike.
    expect(docNos(core)).toEqual([
      { kind: 'proforma', doc_no: 'PRO-KSG1-2026-0001', currency: 'USD' },
      { kind: 'proforma', doc_no: 'PRO-KSG1-2026-0002', currency: 'USD' },
      { kind: 'proforma', doc_no: 'PRO-KSG1-2026-0003', currency: 'USD' },
    ])
  })

  it('prints markup in a buyer or product name as text', async () => {
    await setUp()
    const buyer = `<b>Kiwi</b> & "Co" <script>alert(1)</script>`
    const product = `<img src=x onerror=alert(1)>Tas`
    const { order } = await confirmedOrder({ buyer, product })
    await core.must('orders:printDocument', { orderId: order.id, kind: 'quotation', rate: 16_000 })
    const { page, text, facts } = decode(jobs[0])
    expect(page.querySelectorAll('script, img, b, [onerror]')).toHaveLength(0)
    expect(facts['Buyer']).toBe(buyer)
    expect(text).toContain(product)
    expect(jobs[0]?.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('a cashier without orders.manage is refused in main, nothing issued or printed', async () => {
    await setUp()
    const { order } = await confirmedOrder()
    const cashier = addUser(core, { id: 'u-kasir', name: 'Kasir', role: 'cashier' })
    const before = orderCounts(core)
    const refused = await callAs(core, cashier, 'orders:printDocument', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_000,
    })
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(orderCounts(core)).toEqual(before)
    expect(jobs).toHaveLength(0)
  })

  it('without an OS printer (browser mode) refuses in the user words and takes no number', async () => {
    await setUp(null)
    const { order } = await confirmedOrder()
    const refused = await core.call('orders:printDocument', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_000,
    })
    expect(refused).toMatchObject({
      ok: false,
      code: 'OS_PRINT_UNAVAILABLE',
      message: errorMessage('OS_PRINT_UNAVAILABLE', 'id'),
    })
    expect(docNos(core)).toEqual([])
    // The PDF still takes the first number of the series.
    const saved = await core.must('orders:document', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_000,
    })
    expect(saved.filename).toBe('PRO-KSG1-2026-0001.pdf')
  })

  it('no document printer chosen: the system default, through the print dialog', async () => {
    await setUp()
    await core.must('print:saveSettings', {
      transport: 'none',
      paperWidth: 80,
      storeName: 'Galeri Lapas Kasongan',
      osPrinter: 'EPSON_TM_T82',
    })
    const { order } = await confirmedOrder()
    const printed = await core.must('orders:printDocument', {
      orderId: order.id,
      kind: 'quotation',
      currency: 'IDR',
    })
    expect(printed).toMatchObject({ deviceName: '', widthMm: 210, heightMm: 297 })
    expect(jobs[0]).toMatchObject({ deviceName: '', silent: false })
  })

  it('a driver that fails says so; the document stays issued, as a saved PDF would', async () => {
    await setUp({
      print: async () => {
        throw new OsPrintError('Print job canceled')
      },
    })
    const { order } = await confirmedOrder()
    const failed = await core.call('orders:printDocument', {
      orderId: order.id,
      kind: 'proforma',
      rate: 16_000,
    })
    expect(failed).toMatchObject({ ok: false, code: 'OS_PRINT_FAILED' })
    if (!failed.ok) expect(failed.message).toContain('HP_LaserJet_M111w')
    expect(docNos(core)).toEqual([
      { kind: 'proforma', doc_no: 'PRO-KSG1-2026-0001', currency: 'USD' },
    ])
  })
})
