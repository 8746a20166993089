import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../../shared/contract'
import type { SaleDto } from '../../../shared/sales/sales-dto'
import type { OsPrinter, OsPrintJob } from '../../../electron/printing/os-print/os-printer'
import { OsPrintError } from '../../../electron/printing/os-print/os-printer'
import { saleId, stockedProduct } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const PT_PER_MM = 72 / 25.4
const mmOf = (pt: number) => Math.round((pt / PT_PER_MM) * 10) / 10

async function readPdf(base64: string) {
  const pdf = await getDocumentProxy(new Uint8Array(Buffer.from(base64, 'base64')))
  const sizes: Array<{ widthMm: number; heightMm: number }> = []
  for (let n = 1; n <= pdf.numPages; n++) {
    const [, , width = 0, height = 0] = (await pdf.getPage(n)).view
    sizes.push({ widthMm: mmOf(width), heightMm: mmOf(height) })
  }
  const { text } = await extractText(pdf, { mergePages: true })
  return { pages: pdf.numPages, sizes, text }
}

describe('receipt and label documents (PDF, OS printer)', () => {
  let core: TestCore
  afterEach(async () => core.dispose())

  async function setUp(osPrinter?: OsPrinter) {
    core = await createTestCore(osPrinter ? { osPrinter } : {})
  }

  const configure = (overrides: Partial<InputOf<'print:saveSettings'>> = {}) =>
    core.must('print:saveSettings', {
      transport: 'none',
      paperWidth: 58,
      storeName: 'Galeri Lapas Kasongan',
      headerLines: ['Jl. Tjilik Riwut Km 5'],
      footerLines: ['Terima kasih'],
      ...overrides,
    })

  async function sell(lines = 1): Promise<SaleDto> {
    const items = []
    for (let i = 0; i < lines; i++) {
      const product = await stockedProduct(core, 10, { name: `Gantungan Kunci Getah Nyatu ${i}` })
      items.push({ productId: product.id, qty: 1 })
    }
    return core.must('sales:checkout', {
      id: saleId(),
      lines: items,
      payments: [{ methodId: 'tunai', amount: 1_000_000 }],
    })
  }

  for (const paperWidth of [58, 80] as const) {
    it(`a ${paperWidth} mm receipt PDF is ${paperWidth} mm wide, fitted to the content, with its text`, async () => {
      await setUp()
      await configure({ paperWidth })
      const sale = await sell()
      const file = await core.must('print:receiptPdf', { saleId: sale.id, copy: false })
      expect(file.mime).toBe('application/pdf')
      expect(file.filename).toMatch(/^struk-[A-Za-z0-9-]+\.pdf$/)
      const pdf = await readPdf(file.base64)
      expect(pdf.pages).toBe(1)
      expect(pdf.sizes[0]?.widthMm).toBe(paperWidth)
      // A receipt, never an A4 (297 mm) or Letter page.
      expect(pdf.sizes[0]?.heightMm).toBeGreaterThan(60)
      expect(pdf.sizes[0]?.heightMm).toBeLessThan(250)
      expect(pdf.text).toContain(sale.receiptNo)
      expect(pdf.text).toContain('Galeri Lapas Kasongan')
      expect(pdf.text).toContain('Gantungan Kunci Getah Nyatu 0')
      expect(pdf.text).toContain('Terima kasih')
      expect(pdf.text).not.toContain('SALINAN')
    })
  }

  it('grows with the receipt and marks a copy SALINAN / COPY', async () => {
    await setUp()
    await configure()
    const short = await sell(1)
    const long = await sell(8)
    const one = await readPdf((await core.must('print:receiptPdf', { saleId: short.id })).base64)
    const eight = await readPdf((await core.must('print:receiptPdf', { saleId: long.id })).base64)
    expect(eight.sizes[0]!.heightMm).toBeGreaterThan(one.sizes[0]!.heightMm + 20)
    const copy = await core.must('print:receiptPdf', { saleId: short.id, copy: true })
    expect(copy.filename).toMatch(/-salinan\.pdf$/)
    expect((await readPdf(copy.base64)).text).toMatch(/SALINAN/)
  })

  it('browser mode has no OS printer: a clear OS_PRINT_UNAVAILABLE, nothing printed', async () => {
    await setUp()
    await configure()
    const sale = await sell()
    const result = await core.call('print:receiptOs', { saleId: sale.id })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe('OS_PRINT_UNAVAILABLE')
      expect(result.message).toMatch(/PDF/)
    }
  })

  it('the OS printer gets the exact paper size, the chosen printer and the receipt', async () => {
    const jobs: OsPrintJob[] = []
    await setUp({ print: async (job) => void jobs.push(job) })
    await configure({ paperWidth: 80, osPrinter: 'EPSON_TM_T82', copies: 2 })
    const sale = await sell()
    const printed = await core.must('print:receiptOs', { saleId: sale.id })
    expect(printed).toMatchObject({ deviceName: 'EPSON_TM_T82', widthMm: 80, copies: 2, pages: 1 })
    const [job] = jobs
    expect(job?.silent).toBe(true)
    expect(job?.widthMm).toBe(80)
    expect(job?.heightMm).toBeLessThan(250)
    expect(job?.html).toContain('@page{size:80mm ')
    expect(job?.html).toContain(sale.receiptNo)
    const pdf = await readPdf((await core.must('print:receiptPdf', { saleId: sale.id })).base64)
    // The PDF and the OS page come from one layout: same height.
    expect(pdf.sizes[0]?.heightMm).toBeCloseTo(job?.heightMm ?? 0, 0)
  })

  it('an OS-printed copy must be recorded first, like a reprint on the receipt printer', async () => {
    const jobs: OsPrintJob[] = []
    await setUp({ print: async (job) => void jobs.push(job) })
    await configure()
    const sale = await sell()
    const refused = await core.call('print:receiptOs', { saleId: sale.id, copy: true })
    expect(refused.ok ? null : refused.code).toBe('REPRINT_NOT_RECORDED')
    expect(jobs).toHaveLength(0)
    await core.must('sales:reprint', { saleId: sale.id })
    await core.must('print:receiptOs', { saleId: sale.id, copy: true })
    expect(jobs[0]?.html).toContain('SALINAN / COPY')
    expect(jobs[0]?.copies).toBe(1)
  })

  it('a driver failure is a named, translated error', async () => {
    await setUp({
      print: async () => {
        throw new OsPrintError('Print job canceled')
      },
    })
    await configure({ osPrinter: 'Kasir_58' })
    const sale = await sell()
    const result = await core.call('print:receiptOs', { saleId: sale.id })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.code).toBe('OS_PRINT_FAILED')
      expect(result.message).toContain('Kasir_58')
      expect(result.message).toContain('Print job canceled')
    }
  })

  it('label PDFs have one page per roll label at its size, and A4 sheets for the grid', async () => {
    await setUp()
    const product = await stockedProduct(core, 3, {
      name: 'Tas Anyaman Rotan',
      barcode: '4006381333931',
    })
    const roll = await core.must('labels:pdf', {
      items: [{ productId: product.id, copies: 3 }],
      template: 'roll-38x25',
    })
    const rollPdf = await readPdf(roll.base64)
    expect(rollPdf.pages).toBe(3)
    expect(rollPdf.sizes[0]).toEqual({ widthMm: 38, heightMm: 25 })
    expect(rollPdf.text).toContain('Tas Anyaman Rotan')
    expect(rollPdf.text).toContain('Rp 15.000')
    const sheet = await core.must('labels:pdf', {
      items: [{ productId: product.id, copies: 45 }],
      template: 'a4-sheet',
    })
    const sheetPdf = await readPdf(sheet.base64)
    expect(sheetPdf.pages).toBe(2)
    expect(sheetPdf.sizes[0]).toEqual({ widthMm: 210, heightMm: 297 })
  })

  it('labels go to the label printer with the label size', async () => {
    const jobs: OsPrintJob[] = []
    await setUp({ print: async (job) => void jobs.push(job) })
    await configure({ labelPrinter: 'Xprinter_XP-365B' })
    const product = await stockedProduct(core, 1, { barcode: '4006381333931' })
    const result = await core.must('labels:printOs', {
      items: [{ productId: product.id, copies: 2 }],
      template: 'roll-50x30',
    })
    expect(result).toMatchObject({ deviceName: 'Xprinter_XP-365B', widthMm: 50, heightMm: 30 })
    expect(result.pages).toBe(2)
    expect(jobs[0]?.html).toContain('@page{size:50mm 30mm;margin:0}')
  })
})
