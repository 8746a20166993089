import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { InputOf } from '../../../shared/contract'
import { auditRows, saleId, stockedProduct } from '../../helpers/builders'
import { shiftTotals } from '../../../electron/services/shifts/shifts.service'
import { encodeStatusRequest } from '../../../electron/printing/escpos/printer-status'
import { decodeEscPos } from '../../helpers/escpos-decoder'
import { closedPort, startFakePrinter, type FakePrinter } from '../../helpers/fake-printer'
import { createTestCore, type TestCore } from '../../helpers/test-core'

describe('Z report on the receipt printer', () => {
  let core: TestCore
  let printer: FakePrinter

  beforeEach(async () => {
    core = await createTestCore({ shift: false })
    printer = await startFakePrinter()
  })
  afterEach(async () => {
    await printer.close()
    await core.dispose()
  })

  /** The print jobs received so far, without the paper-status requests that precede each. */
  async function jobs(count: number): Promise<Uint8Array[]> {
    const status = Buffer.from(encodeStatusRequest('paper'))
    const all = await printer.closedConnections(count * 2)
    return all.filter((bytes) => !status.equals(Buffer.from(bytes)))
  }

  const configure = (overrides: Partial<InputOf<'print:saveSettings'>> = {}) =>
    core.must('print:saveSettings', {
      transport: 'network',
      host: printer.host,
      port: printer.port,
      paperWidth: 58,
      storeName: 'Galeri Lapas Kasongan',
      headerLines: ['Jl. Tjilik Riwut Km 5'],
      footerLines: [],
      timeoutMs: 300,
      ...overrides,
    })

  /** A shift with cash and QRIS sales, a discount, a void, cash out, closed Rp 5.000 short. */
  async function closedShift() {
    const product = await stockedProduct(core, 50, { name: 'Gantungan Kunci Getah Nyatu' })
    await core.must('shifts:open', { openingFloat: 200_000 })
    const sell = (
      qty: number,
      payments: InputOf<'sales:checkout'>['payments'],
      discount?: number,
    ) =>
      core.must('sales:checkout', {
        id: saleId(),
        lines: [
          {
            productId: product.id,
            qty,
            ...(discount
              ? { discount: { kind: 'percent', value: discount, reason: 'Pameran' } }
              : {}),
          },
        ],
        payments,
      })
    await sell(2, [{ methodId: 'tunai', amount: 27_000 }], 10) // 30.000 − 3.000
    await sell(1, [{ methodId: 'qris', amount: 15_000, reference: 'QR1' }])
    const voided = await sell(1, [{ methodId: 'tunai', amount: 15_000 }])
    await core.must('sales:void', { saleId: voided.id, reason: 'Salah barang' })
    await core.must('shifts:cash', { kind: 'out', amount: 5_000, reason: 'Beli kantong plastik' })
    await core.must('shifts:drawer', { reason: 'Tukar uang' })
    // Expected: 200.000 + 27.000 + 15.000 − 15.000 − 5.000 = 222.000; counted 217.000.
    const closed = await core.must('shifts:close', {
      countedCash: 217_000,
      denominations: { '100000': 2, '5000': 3, '2000': 1 },
      note: 'Ada uang robek',
    })
    return { closed, product, voided }
  }

  it('prints the numbered Z report with all totals, and numbers later prints as copies', async () => {
    await configure()
    const { closed } = await closedShift()
    expect(closed.closed).toMatchObject({ zNo: 1, expectedCash: 222_000, variance: -5_000 })

    const result = await core.must('shifts:printZ', { shiftId: closed.id })
    expect(result).toMatchObject({ zNo: 1, copyNo: 0, transport: 'network' })
    const [bytes] = await jobs(1)
    const decoded = decodeEscPos(bytes!, { columns: 32 })
    const lines = decoded.lines
    expect(lines).toContainEqual(expect.stringMatching(/^ *LAPORAN Z$/))
    expect(lines).toContainEqual(expect.stringMatching(/^No\. Z +KSG1-Z000001$/))
    for (const line of [
      /^Jumlah transaksi +3$/,
      /^Penjualan kotor +Rp 60\.000$/,
      /^Diskon +-Rp 3\.000$/,
      /^Penjualan bersih +Rp 57\.000$/,
      /^QRIS +Rp 15\.000$/,
      /^Tunai +Rp 42\.000$/,
      /^Pembatalan \(1x\) +Rp 15\.000$/,
      /^Retur \(0x\) +Rp 0$/,
      /^Baris dihapus +0$/,
      /^Laci dibuka tanpa transaksi +1$/,
      /^Kas awal +Rp 200\.000$/,
      /^Kas keluar +-Rp 5\.000$/,
      /^Seharusnya +Rp 222\.000$/,
      /^Dihitung +Rp 217\.000$/,
      /^Selisih \(KURANG\) +-Rp 5\.000$/,
      /^2 x Rp 100\.000 +Rp 200\.000$/,
      /^ {2}Ada uang robek$/,
    ]) {
      expect(lines).toContainEqual(expect.stringMatching(line))
    }
    expect(lines.some((line) => line.includes('SALINAN'))).toBe(false)
    expect(decoded.events.filter((event) => event.type === 'cut')).toHaveLength(1)
    expect(decoded.events.some((event) => event.type === 'drawer')).toBe(false)

    // The preview is the paper, line for line.
    const preview = await core.must('shifts:zPreview', { shiftId: closed.id })
    if (process.env.SHOW_Z) console.log(preview.lines.join('\n'))
    expect(preview.zNo).toBe(1)
    // (Made after the first print, so it is laid out as the copy the next print would be.)
    const withoutCopyBanner = preview.lines.filter((l) => !l.includes('SALINAN'))
    expect(withoutCopyBanner).toEqual(lines)

    const again = await core.must('shifts:printZ', { shiftId: closed.id })
    expect(again).toMatchObject({ zNo: 1, copyNo: 1 })
    const [, copyBytes] = await jobs(2)
    expect(decodeEscPos(copyBytes!, { columns: 32 }).lines).toContainEqual(
      expect.stringMatching(/SALINAN \(cetak ke-2\)/),
    )
    expect(auditRows(core, 'shift.printZ').map((r) => r.detail)).toEqual([
      { zNo: 1, copy: 0 },
      { zNo: 1, copy: 1 },
    ])
  })

  it('prints in English for an English-speaking caller', async () => {
    await configure({ paperWidth: 80 })
    const { closed } = await closedShift()
    const caller = { ...(await core.currentCaller()), locale: 'en' as const }
    const result = await core.call('shifts:printZ', { shiftId: closed.id }, caller)
    expect(result.ok).toBe(true)
    const [bytes] = await jobs(1)
    const lines = decodeEscPos(bytes!, { columns: 48 }).lines
    expect(lines).toContainEqual(expect.stringMatching(/^ *Z REPORT$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Variance \(SHORT\) +-Rp 5\.000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Net sales +Rp 57\.000$/))
  })

  it('keeps the Z report as closed when one of its sales is voided later', async () => {
    await configure()
    const { closed } = await closedShift()
    await core.must('shifts:open', { openingFloat: 100_000 })
    const late = await core.must('sales:list', {})
    const firstSale = late.find((s) => s.total === 27_000)!
    await core.must('sales:void', { saleId: firstSale.id, reason: 'Pembeli kembali' })
    const history = await core.must('shifts:history', { limit: 5 })
    const old = history.find((s) => s.id === closed.id)!
    // Recomputed from the ledgers now, the closed shift would show two voids…
    expect((await shiftTotals(core.db, closed.id)).voids.count).toBe(2)
    // …but its Z report stays as it was closed.
    expect(old.totals).toEqual(closed.totals)
    await core.must('shifts:printZ', { shiftId: closed.id })
    const [bytes] = await jobs(1)
    expect(decodeEscPos(bytes!, { columns: 32 }).lines).toContainEqual(
      expect.stringMatching(/^Pembatalan \(1x\) +Rp 15\.000$/),
    )
  })

  it('refuses an open or unknown shift and reports a printer failure without recording a print', async () => {
    await configure()
    const product = await stockedProduct(core, 5)
    const open = await core.must('shifts:open', { openingFloat: 0 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    expect(await core.call('shifts:printZ', { shiftId: open.id })).toMatchObject({
      ok: false,
      code: 'SHIFT_NOT_CLOSED',
    })
    expect(await core.call('shifts:zPreview', { shiftId: 'no-such-shift' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
    })
    await core.must('shifts:close', { countedCash: 15_000 })

    const port = await closedPort()
    await configure({ port })
    const failed = await core.call('shifts:printZ', { shiftId: open.id })
    expect(failed).toMatchObject({ ok: false, code: 'PRINTER_UNREACHABLE' })
    if (!failed.ok) expect(failed.message).toContain(`127.0.0.1:${port}`)
    expect(auditRows(core, 'shift.printZ')).toEqual([])

    // Retry once the printer is back: the first successful print is the original.
    await configure()
    expect(await core.must('shifts:printZ', { shiftId: open.id })).toMatchObject({ copyNo: 0 })
  })

  it('needs a configured printer', async () => {
    const product = await stockedProduct(core, 5)
    const open = await core.must('shifts:open', { openingFloat: 0 })
    await core.must('sales:checkout', {
      id: saleId(),
      lines: [{ productId: product.id, qty: 1 }],
      payments: [{ methodId: 'tunai', amount: 15_000 }],
    })
    await core.must('shifts:close', { countedCash: 15_000 })
    expect(await core.call('shifts:printZ', { shiftId: open.id })).toMatchObject({
      ok: false,
      code: 'PRINTER_NOT_CONFIGURED',
    })
  })
})
