import { describe, expect, it } from 'vitest'
import type { SaleDto } from '../../../shared/sales/sales-dto'
import { buildReceiptDocument } from '../../../shared/receipt/receipt-document'
import { renderReceiptText } from '../../../shared/receipt/receipt-text'
import { saleToReceiptSource } from '../../../electron/services/printing/receipt-source'

const store = {
  name: 'Galeri Lapas Kasongan',
  address: ['Jl. Tjilik Riwut Km 5'],
  footer: ['Terima kasih'],
}

/** A sale as loadSale returns it: line and cart discounts, rounding, cash + QRIS. */
function sale(overrides: Partial<SaleDto> = {}): SaleDto {
  return {
    id: 's1',
    receiptNo: 'KSG1-20261127-000042',
    createdAt: '2026-11-27T07:05:00.000Z',
    locationId: 'l1',
    locationName: 'Galeri',
    cashierName: 'Siti',
    lines: [
      {
        id: 'l1',
        lineNo: 1,
        productId: 'p1',
        name: 'Tas Anyaman Rotan',
        sku: 'TAS-1',
        qty: 2,
        listPrice: 50_000,
        unitPrice: 45_000,
        overrideReason: 'Harga pameran',
        discount: 5_000,
        discountReason: 'Promo',
        lineTotal: 85_000,
        netTotal: 80_000,
        returnedQty: 0,
      },
      {
        id: 'l2',
        lineNo: 2,
        productId: 'p2',
        name: 'Gantungan Kunci',
        sku: 'GN-1',
        qty: 1,
        listPrice: 15_000,
        unitPrice: 15_000,
        overrideReason: null,
        discount: 0,
        discountReason: null,
        lineTotal: 15_000,
        netTotal: 14_100,
        returnedQty: 0,
      },
    ],
    subtotal: 100_000,
    cartDiscount: 6_000,
    cartDiscountReason: 'Pelanggan tetap',
    rounding: -500,
    total: 93_500,
    paid: 100_000,
    change: 6_500,
    payments: [
      {
        methodId: 'tunai',
        methodName: 'Tunai',
        kind: 'cash',
        amount: 43_500,
        tendered: 50_000,
        change: 6_500,
        reference: null,
      },
      {
        methodId: 'qris',
        methodName: 'QRIS',
        kind: 'noncash',
        amount: 50_000,
        tendered: 50_000,
        change: 0,
        reference: 'RRN 632915004417',
      },
    ],
    voided: null,
    returns: [],
    reprintCount: 0,
    ...overrides,
  }
}

describe('saleToReceiptSource', () => {
  it('maps every amount as stored, cash as tendered, references kept', () => {
    expect(saleToReceiptSource(sale(), store, { bilingual: false })).toEqual({
      store,
      receiptNo: 'KSG1-20261127-000042',
      createdAtIso: '2026-11-27T07:05:00.000Z',
      cashierName: 'Siti',
      locationName: 'Galeri',
      lines: [
        {
          name: 'Tas Anyaman Rotan',
          qty: 2,
          unitPrice: 45_000,
          discount: 5_000,
          lineTotal: 85_000,
          discountReason: 'Promo',
        },
        { name: 'Gantungan Kunci', qty: 1, unitPrice: 15_000, discount: 0, lineTotal: 15_000 },
      ],
      subtotal: 100_000,
      cartDiscount: 6_000,
      rounding: -500,
      total: 93_500,
      tenders: [
        { methodName: 'Tunai', amount: 50_000, isCash: true },
        { methodName: 'QRIS', amount: 50_000, isCash: false, reference: 'RRN 632915004417' },
      ],
      change: 6_500,
      bilingual: false,
    })
  })

  it('prints tenders minus change equal to the total', () => {
    const source = saleToReceiptSource(sale(), store, { bilingual: false })
    const tendered = source.tenders.reduce((sum, tender) => sum + tender.amount, 0)
    expect(tendered - source.change).toBe(source.total)
  })

  it('marks copies with the recorded reprint count and voided sales with the banner', () => {
    const copy = saleToReceiptSource(sale({ reprintCount: 1 }), store, {
      copy: true,
      bilingual: true,
    })
    expect(copy).toMatchObject({ copy: { reprintCount: 1 }, bilingual: true })
    expect(copy.voided).toBeUndefined()
    const lines = renderReceiptText(buildReceiptDocument(copy, { columns: 32 }))
    expect(lines).toContainEqual(expect.stringContaining('SALINAN / COPY (cetak ke-2)'))

    const voided = saleToReceiptSource(
      sale({ voided: { reason: 'Salah', at: '2026-11-27T08:00:00.000Z', byName: 'Ani' } }),
      store,
      { bilingual: false },
    )
    expect(voided).toMatchObject({ voided: true })
    expect(voided.copy).toBeUndefined()
  })

  it('lays out to the same totals the sale recorded, Subtotal before every discount', () => {
    const lines = renderReceiptText(
      buildReceiptDocument(saleToReceiptSource(sale(), store, { bilingual: false }), {
        columns: 48,
      }),
    )
    // 2 × 45.000 + 15.000 = 105.000 before discounts; line 5.000 + cart 6.000 = 11.000 off;
    // 105.000 − 11.000 − 500 = 93.500, the recorded total.
    expect(lines).toContainEqual(expect.stringMatching(/^Subtotal +Rp 105\.000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Diskon +-Rp 11\.000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Pembulatan +-Rp 500$/))
    expect(lines).toContainEqual(expect.stringMatching(/^TOTAL +Rp 93\.500$/))
    expect(lines).toContainEqual(expect.stringMatching(/^ {2}Diskon \(Promo\) +-Rp 5\.000$/))
    expect(lines).toContainEqual(expect.stringMatching(/^Kembali +Rp 6\.500$/))
    expect(lines).toContain('  Ref: RRN 632915004417')
  })
})
