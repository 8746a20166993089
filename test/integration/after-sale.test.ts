import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Caller } from '../../electron/ipc/caller'
import { verifyStockLevels } from '../../electron/services/stock/stock-ledger'
import type { InputOf } from '../../shared/contract'
import type { ProductDto } from '../../shared/catalogue/catalogue-dto'
import type { SaleDto } from '../../shared/sales/sales-dto'
import {
  addUser,
  adminUserId,
  auditRows,
  callAs,
  ledgerOnHand,
  locationId,
  saleId,
  stockedProduct,
  tableCounts,
} from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'
import { receiveStock } from '../helpers/receive-stock'

/** WIB is UTC+7 all year. */
const wib = (y: number, m: number, d: number, h: number, min = 0) =>
  Date.UTC(y, m - 1, d, h - 7, min)

describe('after the sale', () => {
  let core: TestCore
  let adminId: string
  let cashier: Caller
  beforeEach(async () => {
    core = await createTestCore()
    adminId = adminUserId(core)
    cashier = addUser(core, { id: 'user-kasir-siti', name: 'Siti', role: 'cashier' })
  })
  afterEach(async () => core.dispose())

  const checkout = (input: Omit<InputOf<'sales:checkout'>, 'id'>) =>
    core.must('sales:checkout', { id: saleId(), ...input })
  const row = (table: string, id: string) =>
    core.database.raw.prepare(`select * from ${table} where id = ?`).get(id)
  const rowsOf = (table: string, saleIdValue: string) =>
    core.database.raw
      .prepare(`select * from ${table} where sale_id = ? order by rowid`)
      .all(saleIdValue)

  describe('history', () => {
    let galeri: string
    let gudang: string
    let sales: SaleDto[]
    beforeEach(async () => {
      galeri = await locationId(core, 'Galeri')
      gudang = await locationId(core, 'Gudang')
      const product = await stockedProduct(core, 10, { price: 15000 })
      await receiveStock((c, i) => core.must(c, i), {
        productId: product.id,
        qty: 5,
        locationId: gudang,
      })
      core.clock.set(wib(2026, 11, 25, 10))
      const one = await checkout({
        lines: [{ productId: product.id, qty: 2 }],
        payments: [{ methodId: 'tunai', amount: 30000 }],
      })
      // 23:30 WIB on the 26th is still the 26th, though it is 16:30 UTC.
      core.clock.set(wib(2026, 11, 26, 23, 30))
      const two = await callAs(core, cashier, 'sales:checkout', {
        id: saleId(),
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'qris', amount: 15000, reference: 'QR-2' }],
      })
      if (!two.ok) throw new Error(two.message)
      // 00:15 WIB on the 27th is 17:15 UTC on the 26th: it belongs to the 27th.
      core.clock.set(wib(2026, 11, 27, 0, 15))
      const three = await checkout({
        locationId: gudang,
        lines: [{ productId: product.id, qty: 3 }],
        payments: [
          { methodId: 'tunai', amount: 20000 },
          { methodId: 'transfer', amount: 25000, reference: 'TRF-3' },
        ],
      })
      sales = [one, two.data, three]
    })

    const receipts = async (input: InputOf<'sales:list'>) =>
      (await core.must('sales:list', input)).map((s) => s.receiptNo)

    it('numbers receipts by the WIB business date', () => {
      expect(sales.map((s) => s.receiptNo)).toEqual([
        'KSG1-20261125-000001',
        'KSG1-20261126-000002',
        'KSG1-20261127-000003',
      ])
    })

    it('lists newest first with cashier, location, items, methods and flags', async () => {
      const list = await core.must('sales:list', {})
      expect(list.map((s) => ({ ...s, methods: [...s.methods].sort() }))).toEqual([
        {
          id: sales[2]?.id,
          receiptNo: 'KSG1-20261127-000003',
          createdAt: '2026-11-26T17:15:00.000Z',
          cashierName: 'Admin',
          locationName: 'Gudang',
          total: 45000,
          items: 3,
          methods: ['Transfer Bank', 'Tunai'],
          voided: false,
          returned: false,
        },
        {
          id: sales[1]?.id,
          receiptNo: 'KSG1-20261126-000002',
          createdAt: '2026-11-26T16:30:00.000Z',
          cashierName: 'Siti',
          locationName: 'Galeri',
          total: 15000,
          items: 1,
          methods: ['QRIS'],
          voided: false,
          returned: false,
        },
        {
          id: sales[0]?.id,
          receiptNo: 'KSG1-20261125-000001',
          createdAt: '2026-11-25T03:00:00.000Z',
          cashierName: 'Admin',
          locationName: 'Galeri',
          total: 30000,
          items: 2,
          methods: ['Tunai'],
          voided: false,
          returned: false,
        },
      ])
      expect(await receipts({ limit: 1 })).toEqual(['KSG1-20261127-000003'])
    })

    it('filters by WIB date range', async () => {
      expect(await receipts({ from: '2026-11-27', to: '2026-11-27' })).toEqual([
        'KSG1-20261127-000003',
      ])
      expect(await receipts({ from: '2026-11-26', to: '2026-11-26' })).toEqual([
        'KSG1-20261126-000002',
      ])
      expect(await receipts({ from: '2026-11-25', to: '2026-11-26' })).toEqual([
        'KSG1-20261126-000002',
        'KSG1-20261125-000001',
      ])
      expect(await receipts({ from: '2026-11-26' })).toHaveLength(2)
      expect(await receipts({ to: '2026-11-25' })).toEqual(['KSG1-20261125-000001'])
      expect(await receipts({ from: '2026-11-28' })).toEqual([])
    })

    it('filters by cashier, method, location and receipt-number text', async () => {
      expect(await receipts({ cashierId: 'user-kasir-siti' })).toEqual(['KSG1-20261126-000002'])
      expect(await receipts({ cashierId: adminId })).toEqual([
        'KSG1-20261127-000003',
        'KSG1-20261125-000001',
      ])
      expect(await receipts({ methodId: 'qris' })).toEqual(['KSG1-20261126-000002'])
      expect(await receipts({ methodId: 'tunai' })).toEqual([
        'KSG1-20261127-000003',
        'KSG1-20261125-000001',
      ])
      expect(await receipts({ methodId: 'edc' })).toEqual([])
      expect(await receipts({ locationId: gudang })).toEqual(['KSG1-20261127-000003'])
      expect(await receipts({ locationId: galeri })).toHaveLength(2)
      expect(await receipts({ query: '000002' })).toEqual(['KSG1-20261126-000002'])
      expect(await receipts({ query: 'ksg1-20261125' })).toEqual(['KSG1-20261125-000001'])
      // LIKE wildcards typed by the user are not wildcards.
      expect(await receipts({ query: '%' })).toHaveLength(3)
      expect(await receipts({ query: 'XYZ' })).toEqual([])
      expect(await receipts({ cashierId: adminId, methodId: 'tunai', locationId: galeri })).toEqual(
        ['KSG1-20261125-000001'],
      )
    })

    it('finds a sale by its receipt number, ignoring case and spaces', async () => {
      const found = await core.must('sales:byReceipt', { receiptNo: '  ksg1-20261126-000002 ' })
      expect(found).toEqual(sales[1])
      expect(
        await core.call('sales:byReceipt', { receiptNo: 'KSG1-20261126-000009' }),
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    })
  })

  describe('void', () => {
    let keychain: ProductDto
    let bag: ProductDto
    let sale: SaleDto
    beforeEach(async () => {
      keychain = await stockedProduct(core, 10, { price: 15000 })
      bag = await stockedProduct(core, 10, { price: 27500 })
      sale = await checkout({
        lines: [
          { productId: keychain.id, qty: 2 },
          { productId: bag.id, qty: 1 },
        ],
        payments: [
          { methodId: 'tunai', amount: 40000 },
          { methodId: 'qris', amount: 20000, reference: 'QR-9' },
        ],
      })
    })

    it('returns the stock, refunds by the original methods and leaves the sale as it was', async () => {
      expect(sale).toMatchObject({ total: 57500, paid: 60000, change: 2500 })
      const saleRow = row('sales', sale.id)
      const lineRows = rowsOf('sale_lines', sale.id)
      const paymentRows = rowsOf('payments', sale.id)

      const voided = await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
      expect(voided.voided).toEqual({
        reason: 'Salah input',
        at: '2026-11-27T03:00:00.000Z',
        byName: 'Admin',
      })
      expect({ ...voided, voided: null }).toEqual(sale)
      expect(row('sales', sale.id)).toEqual(saleRow)
      expect(rowsOf('sale_lines', sale.id)).toEqual(lineRows)
      expect(rowsOf('payments', sale.id)).toEqual(paymentRows)

      expect((await core.must('catalog:get', { id: keychain.id })).onHand).toBe(10)
      expect((await core.must('catalog:get', { id: bag.id })).onHand).toBe(10)
      const movements = core.database.raw
        .prepare(
          `select product_id as productId, qty, reason, note from stock_movements
           where ref_type = 'void' order by rowid`,
        )
        .all()
      expect(movements).toEqual([
        { productId: keychain.id, qty: 2, reason: 'void', note: 'Salah input' },
        { productId: bag.id, qty: 1, reason: 'void', note: 'Salah input' },
      ])
      expect(await verifyStockLevels(core.db)).toEqual([])

      // The cash refund is what stayed in the drawer (40.000 − 2.500 change), not what was tendered.
      const refunds = core.database.raw
        .prepare('select method_id, kind, amount, reference, return_id from refunds order by rowid')
        .all()
      expect(refunds).toEqual([
        { method_id: 'tunai', kind: 'cash', amount: 37500, reference: null, return_id: null },
        { method_id: 'qris', kind: 'noncash', amount: 20000, reference: 'QR-9', return_id: null },
      ])
      expect(auditRows(core, 'sale.void')).toEqual([
        {
          action: 'sale.void',
          user_id: adminId,
          reason: 'Salah input',
          ref_type: 'sale',
          ref_id: sale.id,
          detail: { receiptNo: sale.receiptNo, total: 57500 },
        },
      ])
      const [summary] = await core.must('sales:list', {})
      expect(summary).toMatchObject({ id: sale.id, voided: true, returned: false })
    })

    it('refuses a second void, a cashier and an unknown sale, writing nothing', async () => {
      await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
      const before = await tableCounts(core)
      expect(await core.call('sales:void', { saleId: sale.id, reason: 'Lagi' })).toMatchObject({
        ok: false,
        code: 'ALREADY_VOIDED',
        message: `Transaksi ${sale.receiptNo} sudah dibatalkan.`,
      })
      expect(await core.call('sales:void', { saleId: 'nope', reason: 'x' })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      expect(await tableCounts(core)).toEqual(before)

      const other = await checkout({
        lines: [{ productId: keychain.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      })
      const beforeCashier = await tableCounts(core)
      expect(
        await callAs(core, cashier, 'sales:void', { saleId: other.id, reason: 'x' }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await tableCounts(core)).toEqual(beforeCashier)
    })

    it('refuses a return after a void', async () => {
      await core.must('sales:void', { saleId: sale.id, reason: 'Salah input' })
      const before = await tableCounts(core)
      const result = await core.call('sales:return', {
        id: saleId(),
        saleId: sale.id,
        reason: 'Rusak',
        lines: [{ saleLineId: sale.lines[0]!.id, qty: 1, disposition: 'restock' }],
        refunds: [{ methodId: 'tunai', amount: 15000 }],
      })
      expect(result).toMatchObject({
        ok: false,
        code: 'SALE_VOIDED',
        message: `Transaksi ${sale.receiptNo} sudah dibatalkan; tidak bisa diretur.`,
      })
      expect(await tableCounts(core)).toEqual(before)
    })
  })

  describe('returns', () => {
    let keychain: ProductDto
    let bag: ProductDto
    let sale: SaleDto
    let keychainLine: string
    let bagLine: string
    beforeEach(async () => {
      keychain = await stockedProduct(core, 10, { price: 15000, name: 'Gantungan Getah Nyatu' })
      bag = await stockedProduct(core, 10, { price: 27500, name: 'Tas Anyaman Rotan' })
      sale = await checkout({
        lines: [
          { productId: keychain.id, qty: 5 },
          { productId: bag.id, qty: 2 },
        ],
        payments: [{ methodId: 'tunai', amount: 130000 }],
      })
      keychainLine = sale.lines[0]!.id
      bagLine = sale.lines[1]!.id
    })

    const firstReturn = (id: string): InputOf<'sales:return'> => ({
      id,
      saleId: sale.id,
      reason: 'Pembeli berubah pikiran',
      lines: [
        { saleLineId: keychainLine, qty: 2, disposition: 'restock' },
        { saleLineId: bagLine, qty: 1, disposition: 'damaged' },
      ],
      refunds: [
        { methodId: 'tunai', amount: 40000 },
        { methodId: 'transfer', amount: 17500, reference: 'TRF-1' },
      ],
    })

    it('returns part of a sale: restock and damaged, refund split over methods', async () => {
      const returned = await core.must('sales:return', firstReturn(saleId()))
      expect(returned).toMatchObject({
        returnNo: 'RKSG1-20261127-000001',
        saleId: sale.id,
        refundTotal: 57500,
        lines: [
          {
            saleLineId: keychainLine,
            name: 'Gantungan Getah Nyatu',
            qty: 2,
            amount: 30000,
            disposition: 'restock',
          },
          {
            saleLineId: bagLine,
            name: 'Tas Anyaman Rotan',
            qty: 1,
            amount: 27500,
            disposition: 'damaged',
          },
        ],
        refunds: [
          { methodName: 'Tunai', amount: 40000, reference: null },
          { methodName: 'Transfer Bank', amount: 17500, reference: 'TRF-1' },
        ],
      })
      // Restocked units are back on the shelf; damaged ones come back and are written off.
      expect((await core.must('catalog:get', { id: keychain.id })).onHand).toBe(7)
      expect((await core.must('catalog:get', { id: bag.id })).onHand).toBe(8)
      expect(ledgerOnHand(core, bag.id)).toBe(8)
      const movements = core.database.raw
        .prepare(
          `select product_id as productId, qty, reason from stock_movements
           where ref_type = 'return' and ref_id = ? order by rowid`,
        )
        .all(returned.id)
      expect(movements).toEqual([
        { productId: keychain.id, qty: 2, reason: 'return' },
        { productId: bag.id, qty: 1, reason: 'return' },
        { productId: bag.id, qty: -1, reason: 'damaged' },
      ])
      expect(await verifyStockLevels(core.db)).toEqual([])

      const after = await core.must('sales:get', { id: sale.id })
      expect(after.lines.map((l) => l.returnedQty)).toEqual([2, 1])
      expect(after.returns).toEqual([
        {
          returnNo: 'RKSG1-20261127-000001',
          at: '2026-11-27T03:00:00.000Z',
          refundTotal: 57500,
          reason: 'Pembeli berubah pikiran',
        },
      ])
      expect(after.total).toBe(sale.total)
      const [audit] = auditRows(core, 'sale.return')
      expect(audit).toMatchObject({
        user_id: adminId,
        reason: 'Pembeli berubah pikiran',
        ref_id: sale.id,
        detail: {
          receiptNo: sale.receiptNo,
          refundTotal: 57500,
          lines: [
            ['Gantungan Getah Nyatu', 2, 'restock'],
            ['Tas Anyaman Rotan', 1, 'damaged'],
          ],
        },
      })
      const [summary] = await core.must('sales:list', {})
      expect(summary).toMatchObject({ voided: false, returned: true })
    })

    it('refuses a refund that differs from the value returned, writing nothing', async () => {
      const before = await tableCounts(core)
      for (const refunds of [
        [{ methodId: 'tunai', amount: 57499 }],
        [
          { methodId: 'tunai', amount: 40000 },
          { methodId: 'qris', amount: 17501, reference: 'QR' },
        ],
        [],
      ]) {
        expect(
          await core.call('sales:return', { ...firstReturn(saleId()), refunds }),
        ).toMatchObject({
          ok: false,
          code: 'REFUND_MISMATCH',
          message: 'Jumlah pengembalian dana harus sama dengan nilai retur Rp 57.500.',
        })
      }
      // A refund by transfer without its reference is refused too, after the lines were
      // planned: the whole return rolls back.
      expect(
        await core.call('sales:return', {
          ...firstReturn(saleId()),
          refunds: [
            { methodId: 'tunai', amount: 40000 },
            { methodId: 'transfer', amount: 17500 },
          ],
        }),
      ).toMatchObject({ ok: false, code: 'REFERENCE_REQUIRED' })
      expect(await tableCounts(core)).toEqual(before)
    })

    it('never returns more than was sold, in one return or across several', async () => {
      const before = await tableCounts(core)
      expect(
        await core.call('sales:return', {
          id: saleId(),
          saleId: sale.id,
          reason: 'x',
          lines: [{ saleLineId: keychainLine, qty: 6, disposition: 'restock' }],
          refunds: [{ methodId: 'tunai', amount: 90000 }],
        }),
      ).toMatchObject({
        ok: false,
        code: 'RETURN_EXCEEDS_SOLD',
        message: 'Retur Gantungan Getah Nyatu melebihi yang terjual: sisa yang bisa diretur 5.',
      })
      expect(await tableCounts(core)).toEqual(before)

      await core.must('sales:return', firstReturn(saleId()))
      const afterFirst = await tableCounts(core)
      expect(
        await core.call('sales:return', {
          id: saleId(),
          saleId: sale.id,
          reason: 'x',
          lines: [{ saleLineId: keychainLine, qty: 4, disposition: 'restock' }],
          refunds: [{ methodId: 'tunai', amount: 60000 }],
        }),
      ).toMatchObject({ ok: false, code: 'RETURN_EXCEEDS_SOLD', params: { available: 3 } })
      // The same line twice in one request counts both.
      expect(
        await core.call('sales:return', {
          id: saleId(),
          saleId: sale.id,
          reason: 'x',
          lines: [
            { saleLineId: keychainLine, qty: 2, disposition: 'restock' },
            { saleLineId: keychainLine, qty: 2, disposition: 'damaged' },
          ],
          refunds: [{ methodId: 'tunai', amount: 60000 }],
        }),
      ).toMatchObject({ ok: false, code: 'RETURN_EXCEEDS_SOLD', params: { available: 1 } })
      expect(
        await core.call('sales:return', {
          id: saleId(),
          saleId: sale.id,
          reason: 'x',
          lines: [{ saleLineId: 'not-a-line', qty: 1, disposition: 'restock' }],
          refunds: [],
        }),
      ).toMatchObject({ ok: false, code: 'NOT_FOUND' })
      expect(await tableCounts(core)).toEqual(afterFirst)

      const rest = await core.must('sales:return', {
        id: saleId(),
        saleId: sale.id,
        reason: 'Sisa',
        lines: [
          { saleLineId: keychainLine, qty: 3, disposition: 'restock' },
          { saleLineId: bagLine, qty: 1, disposition: 'restock' },
        ],
        refunds: [{ methodId: 'tunai', amount: 72500 }],
      })
      expect(rest).toMatchObject({ returnNo: 'RKSG1-20261127-000002', refundTotal: 72500 })
      const refunded = core.database.raw
        .prepare('select sum(refund_total) from returns where sale_id = ?')
        .pluck()
        .get(sale.id)
      expect(refunded).toBe(sale.total)
    })

    it('is idempotent by return id; a replay with other contents is refused', async () => {
      const input = firstReturn(saleId())
      const first = await core.must('sales:return', input)
      const counts = await tableCounts(core)
      expect(await core.must('sales:return', input)).toEqual(first)
      expect(await tableCounts(core)).toEqual(counts)
      expect(await core.call('sales:return', { ...input, reason: 'Alasan lain' })).toMatchObject({
        ok: false,
        code: 'IDEMPOTENCY_MISMATCH',
      })
      expect(await tableCounts(core)).toEqual(counts)
    })

    it('refuses a void once the sale has returns, and a cashier return', async () => {
      await core.must('sales:return', firstReturn(saleId()))
      const before = await tableCounts(core)
      expect(await core.call('sales:void', { saleId: sale.id, reason: 'x' })).toMatchObject({
        ok: false,
        code: 'HAS_RETURNS',
        message: `Transaksi ${sale.receiptNo} sudah memiliki retur; gunakan retur, bukan pembatalan.`,
      })
      expect(
        await callAs(core, cashier, 'sales:return', {
          id: saleId(),
          saleId: sale.id,
          reason: 'x',
          lines: [{ saleLineId: keychainLine, qty: 1, disposition: 'restock' }],
          refunds: [{ methodId: 'tunai', amount: 15000 }],
        }),
      ).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await tableCounts(core)).toEqual(before)
    })

    it('refunds exactly each line’s net total over several returns, with a cart discount', async () => {
      const odd = await stockedProduct(core, 5, { price: 10001 })
      const other = await stockedProduct(core, 5, { price: 7777 })
      const discounted = await checkout({
        lines: [
          { productId: odd.id, qty: 3 },
          { productId: other.id, qty: 2 },
        ],
        cartDiscount: { kind: 'percent', value: 7, reason: 'Pembeli ekspor' },
        payments: [{ methodId: 'tunai', amount: 42368 }],
      })
      // 30.003 + 15.554 = 45.557; 7 % = 3.188,99 → 3.189, split 2.100 : 1.089.
      expect(discounted).toMatchObject({ subtotal: 45557, cartDiscount: 3189, total: 42368 })
      expect(discounted.lines.map((l) => l.netTotal)).toEqual([27903, 14465])
      const [oddLine, otherLine] = discounted.lines.map((l) => l.id) as [string, string]
      const give = async (
        lines: InputOf<'sales:return'>['lines'],
        amount: number,
      ): Promise<number> => {
        const result = await core.must('sales:return', {
          id: saleId(),
          saleId: discounted.id,
          reason: 'Retur bertahap',
          lines,
          refunds: [{ methodId: 'tunai', amount }],
        })
        return result.refundTotal
      }
      const refunds = [
        await give(
          [
            { saleLineId: oddLine, qty: 1, disposition: 'restock' },
            { saleLineId: otherLine, qty: 1, disposition: 'restock' },
          ],
          9301 + 7232,
        ),
        await give([{ saleLineId: oddLine, qty: 1, disposition: 'damaged' }], 9301),
        await give(
          [
            { saleLineId: oddLine, qty: 1, disposition: 'restock' },
            { saleLineId: otherLine, qty: 1, disposition: 'damaged' },
          ],
          9301 + 7233,
        ),
      ]
      expect(refunds).toEqual([16533, 9301, 16534])
      expect(refunds.reduce((a, b) => a + b, 0)).toBe(27903 + 14465)
      const perLine = core.database.raw
        .prepare(
          'select sale_line_id as id, sum(amount) as amount from return_lines group by sale_line_id',
        )
        .all()
      expect(perLine).toEqual(
        expect.arrayContaining([
          { id: oddLine, amount: 27903 },
          { id: otherLine, amount: 14465 },
        ]),
      )
      // 1 damaged of the odd line, 1 of the other: those stay off the shelf.
      expect((await core.must('catalog:get', { id: odd.id })).onHand).toBe(4)
      expect((await core.must('catalog:get', { id: other.id })).onHand).toBe(4)
      expect(
        await core.call('sales:return', {
          id: saleId(),
          saleId: discounted.id,
          reason: 'x',
          lines: [{ saleLineId: oddLine, qty: 1, disposition: 'restock' }],
          refunds: [],
        }),
      ).toMatchObject({ ok: false, code: 'RETURN_EXCEEDS_SOLD', params: { available: 0 } })
    })
  })

  it('settles cash rounding with the return that completes the sale: never more than was paid', async () => {
    await core.must('settings:updateTill', { cashRounding: { unit: 500, mode: 'down' } })
    const product = await stockedProduct(core, 5, { price: 10300 })
    const sale = await checkout({
      lines: [{ productId: product.id, qty: 2 }],
      payments: [{ methodId: 'tunai', amount: 20500 }],
    })
    expect(sale).toMatchObject({ subtotal: 20600, rounding: -100, total: 20500, change: 0 })
    const line = sale.lines[0]!.id
    const first = await core.must('sales:return', {
      id: saleId(),
      saleId: sale.id,
      reason: 'Retak',
      lines: [{ saleLineId: line, qty: 1, disposition: 'damaged' }],
      refunds: [{ methodId: 'tunai', amount: 10300 }],
    })
    expect(first.refundTotal).toBe(10300)
    const last = await core.must('sales:return', {
      id: saleId(),
      saleId: sale.id,
      reason: 'Batal',
      lines: [{ saleLineId: line, qty: 1, disposition: 'restock' }],
      refunds: [{ methodId: 'tunai', amount: 10200 }],
    })
    expect(last.refundTotal).toBe(10200)
    expect(first.refundTotal + last.refundTotal).toBe(sale.total)
  })

  describe('reprint', () => {
    it('counts numbered copies and audits each one; a cashier may reprint', async () => {
      const product = await stockedProduct(core, 5)
      const sale = await checkout({
        lines: [{ productId: product.id, qty: 1 }],
        payments: [{ methodId: 'tunai', amount: 15000 }],
      })
      expect(sale.reprintCount).toBe(0)
      const first = await core.must('sales:reprint', { saleId: sale.id })
      expect(first.reprintCount).toBe(1)
      const second = await callAs(core, cashier, 'sales:reprint', { saleId: sale.id })
      expect(second).toMatchObject({ ok: true, data: { reprintCount: 2 } })
      expect(
        auditRows(core, 'sale.reprint').map((a) => [a.user_id, a.ref_id, a.detail.copyNo]),
      ).toEqual([
        [adminId, sale.id, 1],
        ['user-kasir-siti', sale.id, 2],
      ])
      const before = await tableCounts(core)
      expect(await core.call('sales:reprint', { saleId: 'nope' })).toMatchObject({
        ok: false,
        code: 'NOT_FOUND',
      })
      expect(await tableCounts(core)).toEqual(before)
    })
  })
})
