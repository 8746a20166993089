import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PNG } from 'pngjs'
import type { InputOf } from '../../../shared/contract'
import type { SaleDto } from '../../../shared/sales/sales-dto'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import type { ReceiptColumns } from '../../../shared/receipt/receipt-blocks'
import { encodeReceipt } from '../../../electron/printing/escpos/encode-receipt'
import { encodeStatusRequest } from '../../../electron/printing/escpos/printer-status'
import { saleToReceiptSource } from '../../../electron/services/printing/receipt-source'
import { TEST_PAGE_ACCENTS, TEST_PAGE_QR } from '../../../electron/services/printing/test-page'
import { addUser, callAs, saleId, stockedProduct, tableCounts } from '../../helpers/builders'
import { decodeEscPos } from '../../helpers/escpos-decoder'
import {
  closedPort,
  PAPER_NEAR_END,
  PAPER_OUT,
  startFakePrinter,
  type FakePrinter,
} from '../../helpers/fake-printer'
import { createTestCore, type TestCore } from '../../helpers/test-core'
import { GENEROUS_BOUND_MS } from '../../helpers/hang-bound'

const STORE = {
  name: 'Galeri Lapas Kasongan',
  address: ['Jl. Tjilik Riwut Km 5', 'Kasongan, Katingan'],
  footer: ['Terima kasih', 'Karya warga binaan'],
}

describe('receipt printing over the network transport', () => {
  let core: TestCore
  let printer: FakePrinter

  beforeEach(async () => {
    core = await createTestCore()
    printer = await startFakePrinter()
  })
  afterEach(async () => {
    await printer.close()
    await core.dispose()
  })

  const configure = (overrides: Partial<InputOf<'print:saveSettings'>> = {}) =>
    core.must('print:saveSettings', {
      transport: 'network',
      host: printer.host,
      port: printer.port,
      paperWidth: 58,
      storeName: STORE.name,
      headerLines: STORE.address,
      footerLines: STORE.footer,
      timeoutMs: 300,
      ...overrides,
    })

  async function sell(
    payments: InputOf<'sales:checkout'>['payments'] = [{ methodId: 'tunai', amount: 50_000 }],
  ): Promise<SaleDto> {
    const product = await stockedProduct(core, 10, { name: 'Gantungan Kunci Getah Nyatu' })
    return core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 2 }],
      payments,
    })
  }

  function expectedBytes(
    sale: SaleDto,
    columns: ReceiptColumns,
    options: { copy?: boolean; openDrawer?: boolean; bilingual?: boolean } = {},
  ): Uint8Array {
    const source = saleToReceiptSource(sale, STORE, {
      copy: options.copy ?? false,
      bilingual: options.bilingual ?? false,
    })
    return encodeReceipt(buildReceiptDocument(source, { columns }), {
      columns,
      codePage: 'pc858',
      cut: true,
      openDrawer: options.openDrawer ?? false,
    })
  }

  /** Bytes of the job connection: the one after the paper-status connection. */
  async function jobBytes(index = 1): Promise<Uint8Array> {
    const connection = printer.connections[index]
    if (!connection) throw new Error(`no connection ${index}`)
    return connection.closed
  }

  it.each([
    [58, 32],
    [80, 48],
  ] as const)(
    '%i mm: the printer receives exactly encodeReceipt of the sale, and it decodes right',
    async (paperWidth, columns) => {
      await configure({ paperWidth })
      const sale = await sell()
      const result = await core.must('print:receipt', { saleId: sale.id, copy: false })
      expect(result).toMatchObject({
        receiptNo: sale.receiptNo,
        copyNo: 0,
        copies: 1,
        transport: 'network',
        target: `127.0.0.1:${printer.port}`,
        paper: 'ok',
        drawerOpened: false,
      })

      expect(await printer.connections[0]!.closed).toEqual(encodeStatusRequest('paper'))
      const bytes = await jobBytes()
      expect(bytes).toEqual(expectedBytes(sale, columns))
      expect(result.bytes).toBe(bytes.length)

      const decoded = decodeEscPos(bytes, { columns })
      expect(decoded.lines).toContainEqual(
        expect.stringMatching(new RegExp(`^No\\. Struk +${sale.receiptNo}$`)),
      )
      const total = decoded.lines.find((line) => line.startsWith('TOTAL'))
      expect(total).toMatch(/^TOTAL +Rp 30\.000$/)
      expect(total).toHaveLength(columns)
      expect(decoded.lines).toContainEqual(expect.stringMatching(/^Tunai +Rp 50\.000$/))
      expect(decoded.lines).toContainEqual(expect.stringMatching(/^Kembali +Rp 20\.000$/))
      expect(decoded.qrData).toEqual([sale.receiptNo])
      expect(decoded.events.filter((event) => event.type === 'cut')).toHaveLength(1)
      expect(decoded.events.some((event) => event.type === 'drawer')).toBe(false)
    },
  )

  it('the preview shows line for line what the printer printed', async () => {
    await configure({ paperWidth: 80, bilingual: true })
    const sale = await sell()
    const preview = await core.must('print:receiptPreview', { saleId: sale.id })
    await core.must('print:receipt', { saleId: sale.id, copy: false })
    const decoded = decodeEscPos(await jobBytes(), { columns: 48 })
    expect(preview).toMatchObject({
      receiptNo: sale.receiptNo,
      columns: 48,
      qrData: sale.receiptNo,
    })
    expect(preview.lines).toEqual(decoded.lines)
    expect(preview.styles).toHaveLength(preview.lines.length)
    const totalAt = preview.lines.findIndex((line) => line.startsWith('TOTAL'))
    expect(preview.styles[totalAt]).toEqual({ bold: true, double: true, qr: false })
    expect(preview.styles[0]).toEqual({ bold: true, double: true, qr: false })
    const qrAt = preview.lines.findIndex((line) => line.includes('[QR '))
    expect(preview.styles[qrAt]).toEqual({ bold: false, double: false, qr: true })
    expect(preview.styles.filter((style) => style.qr)).toHaveLength(1)
    expect(preview.lines).toContainEqual(expect.stringMatching(/^Kembali \/ Change +Rp 20\.000$/))
    const narrow = await core.must('print:receiptPreview', { saleId: sale.id, columns: 32 })
    expect(narrow.lines.every((line) => line.length <= 32)).toBe(true)
  })

  it('kicks the drawer only when configured and cash was taken, and never on a copy', async () => {
    await configure({ openDrawerOnCash: true })
    const cash = await sell()
    const result = await core.must('print:receipt', { saleId: cash.id, copy: false })
    expect(result.drawerOpened).toBe(true)
    const cashBytes = await jobBytes(1)
    expect(cashBytes).toEqual(expectedBytes(cash, 32, { openDrawer: true }))
    expect(decodeEscPos(cashBytes, { columns: 32 }).events).toContainEqual(
      expect.objectContaining({ type: 'drawer', pin: 2 }),
    )

    const qris = await sell([{ methodId: 'qris', amount: 30_000, reference: 'RRN 123456' }])
    expect((await core.must('print:receipt', { saleId: qris.id, copy: false })).drawerOpened).toBe(
      false,
    )
    const qrisDecoded = decodeEscPos(await jobBytes(3), { columns: 32 })
    expect(qrisDecoded.events.some((event) => event.type === 'drawer')).toBe(false)
    expect(qrisDecoded.lines).toContain('  Ref: RRN 123456')

    await core.must('sales:reprint', { saleId: cash.id })
    await core.must('print:receipt', { saleId: cash.id, copy: true })
    const copy = decodeEscPos(await jobBytes(5), { columns: 32 })
    expect(copy.events.some((event) => event.type === 'drawer')).toBe(false)
  })

  it('prints the configured number of copies, the drawer kicked once', async () => {
    await configure({ copies: 2, openDrawerOnCash: true })
    const sale = await sell()
    const result = await core.must('print:receipt', { saleId: sale.id, copy: false })
    expect(result.copies).toBe(2)
    const bytes = await jobBytes()
    const first = expectedBytes(sale, 32, { openDrawer: true })
    const second = expectedBytes(sale, 32)
    expect(bytes).toEqual(new Uint8Array([...first, ...second]))
    const decoded = decodeEscPos(bytes, { columns: 32 })
    expect(decoded.qrData).toEqual([sale.receiptNo, sale.receiptNo])
    expect(decoded.events.filter((event) => event.type === 'drawer')).toHaveLength(1)
  })

  it('a reprint recorded by sales:reprint prints SALINAN / COPY, once per recorded copy', async () => {
    await configure()
    const sale = await sell()
    await core.must('print:receipt', { saleId: sale.id, copy: false })
    expect(await core.call('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
      ok: false,
      code: 'RECEIPT_ALREADY_PRINTED',
      message: expect.stringContaining(sale.receiptNo),
    })

    const reprinted = await core.must('sales:reprint', { saleId: sale.id })
    expect(reprinted.reprintCount).toBe(1)
    const result = await core.must('print:receipt', { saleId: sale.id, copy: true })
    expect(result.copyNo).toBe(1)
    const bytes = await jobBytes(3)
    expect(bytes).toEqual(expectedBytes(reprinted, 32, { copy: true }))
    const decoded = decodeEscPos(bytes, { columns: 32 })
    expect(decoded.lines).toContainEqual(expect.stringContaining('SALINAN / COPY (cetak ke-2)'))

    expect(await core.call('print:receipt', { saleId: sale.id, copy: true })).toMatchObject({
      ok: false,
      code: 'RECEIPT_ALREADY_PRINTED',
    })
    await core.must('sales:reprint', { saleId: sale.id })
    await core.must('print:receipt', { saleId: sale.id, copy: true })
    const third = decodeEscPos(await jobBytes(5), { columns: 32 })
    expect(third.lines).toContainEqual(expect.stringContaining('SALINAN / COPY (cetak ke-3)'))
  })

  it('refuses a copy that sales:reprint has not recorded', async () => {
    await configure()
    const sale = await sell()
    expect(await core.call('print:receipt', { saleId: sale.id, copy: true })).toMatchObject({
      ok: false,
      code: 'REPRINT_NOT_RECORDED',
    })
    expect(printer.connections).toHaveLength(0)
  })

  describe('when printing fails, the sale is untouched', () => {
    async function expectSaleIntact(sale: SaleDto, before: Record<string, number>) {
      expect(await core.must('sales:get', { id: sale.id })).toEqual(sale)
      expect(await tableCounts(core)).toEqual(before)
    }

    const failedJobs = () =>
      core.database.raw
        .prepare('select kind, sale_id, copy_no, ok, error_code, target from print_jobs')
        .all()

    it('printer down (connection refused): PRINTER_UNREACHABLE naming host:port', async () => {
      const port = await closedPort()
      await configure({ port })
      const sale = await sell()
      const before = await tableCounts(core)
      const result = await core.call('print:receipt', { saleId: sale.id, copy: false })
      expect(result).toMatchObject({
        ok: false,
        code: 'PRINTER_UNREACHABLE',
        params: { target: `127.0.0.1:${port}`, cause: 'ECONNREFUSED' },
      })
      if (!result.ok) expect(result.message).toContain(`127.0.0.1:${port}`)
      await expectSaleIntact(sale, before)
      expect(failedJobs()).toEqual([
        {
          kind: 'receipt',
          sale_id: sale.id,
          copy_no: 0,
          ok: 0,
          error_code: 'PRINTER_UNREACHABLE',
          target: `127.0.0.1:${port}`,
        },
      ])
      // Once the printer is back, Retry prints the original: the failure did not count.
      await configure()
      expect((await core.call('print:receipt', { saleId: sale.id, copy: false })).ok).toBe(true)
    })

    it('printer hangs up at once: PRINTER_UNREACHABLE', async () => {
      await configure()
      printer.setMode('refuse')
      const sale = await sell()
      const before = await tableCounts(core)
      expect(await core.call('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
        ok: false,
        code: 'PRINTER_UNREACHABLE',
      })
      await expectSaleIntact(sale, before)
    })

    it('printer hangs (never reads): PRINTER_TIMEOUT within the configured 300 ms', async () => {
      await configure()
      printer.setMode('hang')
      const sale = await sell()
      const before = await tableCounts(core)
      const started = Date.now()
      const result = await core.call('print:receipt', { saleId: sale.id, copy: false })
      expect(Date.now() - started, 'cut off by the deadline, not hung').toBeLessThan(
        GENEROUS_BOUND_MS,
      )
      expect(result).toMatchObject({
        ok: false,
        code: 'PRINTER_TIMEOUT',
        message: expect.stringContaining(`127.0.0.1:${printer.port}`),
      })
      await expectSaleIntact(sale, before)
    })

    it('paper out (DLE EOT 4): PRINTER_PAPER_OUT named, and no receipt is sent', async () => {
      await configure()
      printer.setPaperStatus(PAPER_OUT)
      const sale = await sell()
      const before = await tableCounts(core)
      const result = await core.call('print:receipt', { saleId: sale.id, copy: false })
      expect(result).toMatchObject({
        ok: false,
        code: 'PRINTER_PAPER_OUT',
        message: `Kertas printer 127.0.0.1:${printer.port} habis. Pasang gulungan kertas baru, lalu coba lagi.`,
      })
      await expectSaleIntact(sale, before)
      expect(await printer.connections[0]!.closed).toEqual(encodeStatusRequest('paper'))
      expect(printer.connections).toHaveLength(1)
      expect(failedJobs()).toEqual([
        expect.objectContaining({ ok: 0, error_code: 'PRINTER_PAPER_OUT' }),
      ])
    })

    it('the error speaks the caller’s language', async () => {
      await configure()
      printer.setPaperStatus(PAPER_OUT)
      const sale = await sell()
      const caller = { ...(await core.currentCaller()), locale: 'en' as const }
      expect(
        await callAs(core, caller, 'print:receipt', { saleId: sale.id, copy: false }),
      ).toMatchObject({
        ok: false,
        message: `Printer 127.0.0.1:${printer.port} is out of paper. Load a new roll and try again.`,
      })
    })
  })

  it('paper near its end still prints, and says so', async () => {
    await configure()
    printer.setPaperStatus(PAPER_NEAR_END)
    const sale = await sell()
    expect(await core.must('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
      paper: 'near-end',
    })
  })

  it('with the paper check off, sends the job straight away', async () => {
    await configure({ checkPaper: false })
    const sale = await sell()
    expect(await core.must('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
      paper: 'unknown',
    })
    expect(await printer.connections[0]!.closed).toEqual(expectedBytes(sale, 32))
  })

  it('print:status reports the paper sensor', async () => {
    await configure()
    expect(await core.must('print:status', {})).toEqual({
      transport: 'network',
      target: `127.0.0.1:${printer.port}`,
      paper: 'ok',
    })
    printer.setPaperStatus(PAPER_NEAR_END)
    expect((await core.must('print:status', {})).paper).toBe('near-end')
    printer.setPaperStatus(PAPER_OUT)
    expect((await core.must('print:status', {})).paper).toBe('paper-out')
    printer.setMode('hang')
    expect(await core.call('print:status', {})).toMatchObject({
      ok: false,
      code: 'PRINTER_TIMEOUT',
    })
  })

  it.each(['pc858', 'wpc1252'] as const)(
    'print:testPage (%s) prints the set-up, accents, a full-width ruler and a QR',
    async (codePage) => {
      await configure({ paperWidth: 80, codePage })
      const result = await core.must('print:testPage', {})
      expect(result).toMatchObject({ transport: 'network', paper: 'ok', copies: 1 })
      const decoded = decodeEscPos(await jobBytes(), { columns: 48 })
      expect(decoded.lines[0]?.trim()).toBe(STORE.name)
      expect(decoded.lines.map((line) => line.trim())).toContain(TEST_PAGE_ACCENTS)
      expect(decoded.lines).toContain('123456789012345678901234567890123456789012345678')
      expect(decoded.lines).toContainEqual(
        expect.stringMatching(new RegExp(`^Code page +${codePage.toUpperCase()}$`)),
      )
      expect(decoded.qrData).toEqual([TEST_PAGE_QR])
      expect(decoded.events.at(-1)).toMatchObject({ type: 'cut' })
      expect(decoded.events).toContainEqual(
        expect.objectContaining({ type: 'codepage', page: codePage === 'pc858' ? 19 : 16 }),
      )
    },
  )

  it('without a printer set up, printing says so and the preview still works', async () => {
    const sale = await sell()
    for (const call of [
      core.call('print:receipt', { saleId: sale.id, copy: false }),
      core.call('print:testPage', {}),
      core.call('print:status', {}),
    ]) {
      expect(await call).toMatchObject({ ok: false, code: 'PRINTER_NOT_CONFIGURED' })
    }
    const preview = await core.must('print:receiptPreview', { saleId: sale.id })
    expect(preview.columns).toBe(32)
    expect(preview.lines).toContainEqual(expect.stringMatching(/^TOTAL +Rp 30\.000$/))
  })

  it('prints a voided sale with the VOID banner and no drawer', async () => {
    await configure({ openDrawerOnCash: true })
    const sale = await sell()
    const voided = await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
    const result = await core.must('print:receipt', { saleId: sale.id, copy: false })
    expect(result.drawerOpened).toBe(false)
    const decoded = decodeEscPos(await jobBytes(), { columns: 32 })
    expect(decoded.lines.filter((line) => line.includes('DIBATALKAN / VOID'))).toHaveLength(2)
    expect(await jobBytes()).toEqual(expectedBytes(voided, 32))
  })

  it('prints the logo converted at save time', async () => {
    const png = new PNG({ width: 600, height: 100 })
    for (let i = 0; i < png.data.length; i += 4) {
      const x = (i / 4) % 600
      png.data.fill(x < 300 ? 0 : 255, i, i + 3)
      png.data[i + 3] = 255
    }
    const logoDataUrl = `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
    const saved = await configure({ logoDataUrl })
    expect(saved.logo).toMatchObject({ width: 384, height: 64 })
    expect(saved.logo?.printedDataUrl).toMatch(/^data:image\/png;base64,/)
    expect(saved.logoDataUrl).toBe(logoDataUrl)
    const sale = await sell()
    await core.must('print:receipt', { saleId: sale.id, copy: false })
    const decoded = decodeEscPos(await jobBytes(), { columns: 32 })
    expect(decoded.rasters).toHaveLength(1)
    const raster = decoded.rasters[0]!
    expect(raster).toMatchObject({ width: 384, height: 64 })
    // Left half black, right half white.
    expect(raster.data[0]).toBe(0xff)
    expect(raster.data[47]).toBe(0x00)
    const preview = await core.must('print:receiptPreview', { saleId: sale.id })
    expect(preview.logoDataUrl).toBe(saved.logo?.printedDataUrl)
  })
})

describe('printer settings', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  const base = { paperWidth: 58 as const, storeName: 'Galeri' }

  it('starts with no printer and the store from the wizard', async () => {
    const settings = await core.must('print:settings', {})
    expect(settings).toMatchObject({
      transport: 'none',
      port: 9100,
      paperWidth: 58,
      effectiveColumns: 32,
      codePage: 'pc858',
      cutter: true,
      copies: 1,
      autoPrint: false,
      checkPaper: true,
      logo: null,
      storeName: 'Galeri Lapas Narkotika Kasongan',
      // The wizard's address lines, then its phone (no NPWP was given).
      headerLines: ['Jl. Tjilik Riwut Km. 5', 'Kasongan, Katingan, Kalteng', 'Telp. 0536 123456'],
    })
  })

  it('saves and reads back every field; the store lines are the shared store settings', async () => {
    const saved = await core.must('print:saveSettings', {
      transport: 'spooler',
      spoolerPrinter: 'TM-T82',
      paperWidth: 80,
      columns: 42,
      codePage: 'wpc1252',
      cutter: false,
      storeName: 'Galeri Pameran',
      headerLines: ['Palangka Raya'],
      footerLines: ['Sampai jumpa'],
      autoPrint: true,
      copies: 3,
      openDrawerOnCash: true,
      bilingual: true,
      checkPaper: false,
      timeoutMs: 8000,
    })
    expect(await core.must('print:settings', {})).toEqual(saved)
    expect(saved).toMatchObject({ effectiveColumns: 42, spoolerPrinter: 'TM-T82', copies: 3 })
    expect(await core.services.settings.get('store.name')).toBe('Galeri Pameran')
    expect(await core.services.settings.get('store.address')).toEqual(['Palangka Raya'])
  })

  it('puts each missing or bad value on its own field', async () => {
    const issues = async (input: InputOf<'print:saveSettings'>) => {
      const result = await core.call('print:saveSettings', input)
      expect(result.ok).toBe(false)
      return result.ok ? [] : (result.issues ?? []).map(({ path, code }) => ({ path, code }))
    }
    expect(await issues({ ...base, transport: 'network' })).toEqual([
      { path: 'host', code: 'REQUIRED' },
    ])
    expect(await issues({ ...base, transport: 'device' })).toEqual([
      { path: 'devicePath', code: 'REQUIRED' },
    ])
    expect(await issues({ ...base, transport: 'device', devicePath: '/etc/passwd' })).toEqual([
      { path: 'devicePath', code: 'INVALID_FORMAT' },
    ])
    expect(
      await issues({ ...base, transport: 'device', devicePath: '/dev/../etc/passwd' }),
    ).toEqual([{ path: 'devicePath', code: 'INVALID_FORMAT' }])
    expect(await issues({ ...base, transport: 'spooler' })).toEqual([
      { path: 'spoolerPrinter', code: 'REQUIRED' },
    ])
    expect(await issues({ ...base, transport: 'none', columns: 48 })).toEqual([
      { path: 'columns', code: 'TOO_BIG' },
    ])
    expect(
      await issues({ ...base, transport: 'none', logoDataUrl: 'data:image/png;base64,AAAA' }),
    ).toEqual([{ path: 'logoDataUrl', code: 'IMAGE_INVALID' }])
    expect(await issues({ ...base, transport: 'none', copies: 4 })).toEqual([
      { path: 'copies', code: 'TOO_BIG' },
    ])
    expect(await issues({ ...base, transport: 'none', storeName: '' })).toEqual([
      { path: 'storeName', code: 'REQUIRED' },
    ])
    expect(await issues({ ...base, transport: 'network', host: 'printer; rm -rf /' })).toEqual([
      { path: 'host', code: 'INVALID_FORMAT' },
    ])
    expect((await core.must('print:settings', {})).transport).toBe('none')
  })

  it('accepts the device paths receipt printers use on Linux and Windows', async () => {
    for (const devicePath of [
      '/dev/usb/lp0',
      '/dev/ttyUSB0',
      '/dev/rfcomm0',
      'COM3',
      '\\\\.\\COM12',
    ]) {
      const saved = await core.call('print:saveSettings', {
        ...base,
        transport: 'device',
        devicePath,
        baud: 9600,
      })
      expect(saved.ok, devicePath).toBe(true)
    }
  })

  it('only settings.manage may change the printer; a cashier may read and print', async () => {
    const cashier = addUser(core, { id: 'u-kasir', name: 'Kasir', role: 'cashier' })
    const input = { ...base, transport: 'none' as const }
    expect(await callAs(core, cashier, 'print:saveSettings', input)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await callAs(core, cashier, 'print:testPage', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(await callAs(core, cashier, 'print:detect', {})).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect((await callAs(core, cashier, 'print:settings', {})).ok).toBe(true)
  })
})

describe('device transport through the router', () => {
  let core: TestCore
  beforeEach(async () => (core = await createTestCore()))
  afterEach(async () => core.dispose())

  it('writes to a device file, and names a missing device', async () => {
    const product = await stockedProduct(core, 5)
    const sale = await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    const settings = { paperWidth: 58 as const, storeName: 'Galeri', transport: 'device' as const }
    await core.must('print:saveSettings', {
      ...settings,
      devicePath: '/dev/etalase-no-such-printer',
    })
    const before = await tableCounts(core)
    expect(await core.call('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
      ok: false,
      code: 'DEVICE_NOT_FOUND',
      message:
        'Printer di /dev/etalase-no-such-printer tidak ditemukan. Periksa kabel USB atau sambungan Bluetooth, lalu coba lagi.',
    })
    expect(await tableCounts(core)).toEqual(before)

    await core.must('print:saveSettings', { ...settings, devicePath: '/dev/null' })
    expect(await core.must('print:receipt', { saleId: sale.id, copy: false })).toMatchObject({
      transport: 'device',
      target: '/dev/null',
      paper: 'unknown',
    })
    expect((await core.must('print:status', {})).paper).toBe('unsupported')
  })
})
