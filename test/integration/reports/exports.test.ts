import ExcelJS from 'exceljs'
import { extractText, getDocumentProxy } from 'unpdf'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addUser, saleId, stockedProduct } from '../../helpers/builders'
import { callerAs, createTestCore, type TestCore } from '../../helpers/test-core'

describe('report exports and permissions', () => {
  let core: TestCore
  beforeEach(async () => {
    core = await createTestCore()
    const getah = await core.must('catalog:addWorkshop', { name: 'Getah Nyatu; "Kasongan"' })
    await core.must('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2026-11-01',
      premiBp: 5000,
      pnbpBp: 1500,
      modalBp: 3500,
      basis: 'net_sales',
    })
    const product = await stockedProduct(core, 10, { price: 20_000, cost: 9_000, workshopId: getah.id })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 3 }],
      payments: [{ methodId: 'tunai', amount: 60_000 }],
    })
    await core.must('reports:addPnbpDeposit', {
      date: '2026-11-20',
      amount: 9_000,
      billingCode: '820261120000001',
      ntpn: 'ABCD1234EFGH5678',
    })
  })
  afterEach(async () => core.dispose())

  const file = async (format: 'xlsx' | 'csv' | 'pdf') => {
    const payload = await core.must('reports:export', { report: 'hasilKerja', month: '2026-11', format })
    return { payload, bytes: Buffer.from(payload.base64, 'base64') }
  }

  it('writes XLSX with numbers as numbers', async () => {
    const { payload, bytes } = await file('xlsx')
    expect(payload.filename).toBe('laporan-hasil-kerja-2026-11.xlsx')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    )
    const sheet = workbook.worksheets[0]!
    const rows: unknown[][] = []
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)))
    const header = rows.find((r) => r[0] === 'Kegiatan kerja')!
    const line = rows.find((r) => r[0] === 'Getah Nyatu; "Kasongan"')!
    expect(line[header.indexOf('Penjualan bersih')]).toBe(60_000)
    expect(line[header.indexOf('Premi')]).toBe(30_000)
    expect(line[header.indexOf('PNBP')]).toBe(9_000)
    expect(line[header.indexOf('Modal')]).toBe(21_000)
    expect(line[header.indexOf('HPP')]).toBe(27_000)
  })

  it('writes CSV with a BOM, semicolons, quoted text and plain integers', async () => {
    const { payload, bytes } = await file('csv')
    expect(payload.mime).toContain('text/csv')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = bytes.toString('utf8').slice(1)
    const lines = text.split('\r\n')
    expect(lines).toContain('"Getah Nyatu; ""Kasongan""";3;60000;27000;33000;30000;9000;21000')
    expect(lines).toContain('Total;3;60000;27000;33000;30000;9000;21000')
    expect(text).toContain('820261120000001;ABCD1234EFGH5678;9000')
  })

  it('prints an A4 PDF with the store header and signature lines', async () => {
    await core.must('settings:updateTill', {})
    const { bytes } = await file('pdf')
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    const page = await pdf.getPage(1)
    expect(page.view[2]).toBeCloseTo(595.28, 1)
    const { text } = await extractText(pdf, { mergePages: true })
    expect(text).toContain('Laporan Hasil Kerja')
    expect(text).toContain('Rp 30.000')
    expect(text).toContain('Kasubsi Bimker')
    expect(text).toContain('Petugas Galeri')
  })

  it('refuses cashiers, hides cost without cost.view, keeps rules to settings.manage', async () => {
    const base = await core.currentCaller()
    const cashier = addUser(core, { id: 'kasir-1', name: 'Budi', role: 'cashier' })
    expect(await core.call('reports:sales', { from: '2026-11-01', to: '2026-11-30' }, cashier)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    const supervisor = callerAs('supervisor', base)
    supervisor.actor!.permissions = new Set([...supervisor.actor!.permissions].filter((p) => p !== 'cost.view'))
    const report = await core.call('reports:hasilKerja', { month: '2026-11' }, supervisor)
    expect(report.ok && report.data.totals.cost).toBe(null)
    expect(report.ok && report.data.totals.premi).toBe(30_000)
    expect(await core.call('reports:stockValuation', {}, supervisor)).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    const stock = callerAs('stock', base)
    expect(
      await core.call(
        'reports:addSplitRule',
        { workshopId: null, validFrom: '2026-12-01', premiBp: 10_000, pnbpBp: 0, modalBp: 0, basis: 'net_sales' },
        stock,
      ),
    ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(
      await core.call('reports:addSplitRule', {
        workshopId: null,
        validFrom: '2026-12-01',
        premiBp: 5000,
        pnbpBp: 5000,
        modalBp: 1,
        basis: 'net_sales',
      }),
    ).toMatchObject({ ok: false, code: 'VALIDATION' })
  })

  it('keeps past months on their rule when a new version is added', async () => {
    const before = await core.must('reports:hasilKerja', { month: '2026-11' })
    await core.must('reports:addSplitRule', {
      workshopId: null,
      validFrom: '2026-12-01',
      premiBp: 3500,
      pnbpBp: 5000,
      modalBp: 1500,
      basis: 'gross_profit',
    })
    const after = await core.must('reports:hasilKerja', { month: '2026-11' })
    expect(after.totals).toEqual(before.totals)
    const { rules } = await core.must('reports:splitRules', {})
    expect(rules).toHaveLength(2)
    expect(rules.every((r) => r.effective)).toBe(true)
  })
})
