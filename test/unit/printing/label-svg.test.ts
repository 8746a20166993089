import { describe, expect, it } from 'vitest'
import { toSVG } from 'bwip-js/generic'
import { renderLabelPages } from '../../../shared/labels/label-svg'
import {
  DEFAULT_LABEL_SHEET,
  labelSheetSchema,
  sheetCellSize,
} from '../../../shared/labels/label-templates'
import { escapeXml, estimateWidth, fitLines } from '../../../shared/labels/svg-text'
import { barcodeElements, rootSize } from './svg-inspect'

const options = { showPrice: true, text: '', qrData: '', outline: false }
const product = {
  productId: 'p1',
  name: 'Gantungan Kunci Getah Nyatu Motif Burung Enggang',
  price: 15_000,
  code: '2000000000015',
  copies: 1,
}

describe('label text', () => {
  it('wraps within the width and ends a cut-off name with an ellipsis', () => {
    const lines = fitLines(product.name, 30, 3, 2)
    expect(lines).toHaveLength(2)
    expect(lines[1]?.endsWith('…')).toBe(true)
    for (const line of lines) expect(estimateWidth(line, 3)).toBeLessThanOrEqual(30)
    expect(fitLines('Tikar', 30, 3, 2)).toEqual(['Tikar'])
    expect(fitLines('Supercalifragilisticexpialidocious', 10, 3, 1)[0]?.endsWith('…')).toBe(true)
  })

  it('escapes markup in product names', () => {
    expect(escapeXml(`<b>"Tas" & 'Dompet'</b>`)).toBe(
      '&lt;b&gt;&quot;Tas&quot; &amp; &apos;Dompet&apos;&lt;/b&gt;',
    )
    const [page] = renderLabelPages(
      {
        products: [{ ...product, name: '<script>alert(1)</script> & Co' }],
        template: 'roll-50x30',
        options,
      },
      toSVG,
    ).pages
    expect(page).not.toContain('<script>')
    expect(page).toContain('&lt;script&gt;')
  })
})

describe('label pages', () => {
  it('rolls: one page per label, sized in mm, with price and barcode', () => {
    const rendered = renderLabelPages(
      {
        products: [{ ...product, copies: 3 }],
        template: 'roll-38x25',
        options,
      },
      toSVG,
    )
    expect(rendered.pages).toHaveLength(3)
    expect(rootSize(rendered.pages[0]!)).toEqual({ widthMm: 38, heightMm: 25 })
    expect(rendered.pages[0]).toContain('Rp 15.000')
    expect(barcodeElements(rendered.pages[0]!)).toHaveLength(1)
  })

  it('adds the QR code and short text only where there is room', () => {
    const extras = { ...options, qrData: 'https://lapaskasongan.id', text: 'Karya WBP' }
    const small = renderLabelPages(
      { products: [product], template: 'roll-33x15', options: extras },
      toSVG,
    )
    expect(small.pages[0]).not.toContain('data-part="qr"')
    expect(small.pages[0]).not.toContain('Karya WBP')
    const large = renderLabelPages(
      { products: [product], template: 'roll-50x30', options: extras },
      toSVG,
    )
    expect(large.pages[0]).toContain('data-part="qr" data-qr="https://lapaskasongan.id"')
    expect(large.pages[0]).toContain('Karya WBP')
  })

  it('leaves the price off when asked', () => {
    const [page] = renderLabelPages(
      {
        products: [product],
        template: 'roll-38x25',
        options: { ...options, showPrice: false },
      },
      toSVG,
    ).pages
    expect(page).not.toContain('Rp 15.000')
  })

  it('A4: cells computed from margins and gaps, outlines for the preview', () => {
    const cell = sheetCellSize(DEFAULT_LABEL_SHEET)
    expect(cell.widthMm).toBeCloseTo((210 - 14 - 3 * 2.5) / 4, 6)
    expect(cell.heightMm).toBeCloseTo((297 - 27) / 10, 6)
    const rendered = renderLabelPages(
      {
        products: [{ ...product, copies: 41 }],
        template: 'a4-sheet',
        options: { ...options, outline: true },
      },
      toSVG,
    )
    expect(rendered.pages).toHaveLength(2)
    expect(rootSize(rendered.pages[1]!)).toEqual({ widthMm: 210, heightMm: 297 })
    expect(rendered.pages[0]!.match(/data-part="outline"/g)).toHaveLength(40)
    expect(rendered.label).toEqual(cell)
  })

  it('validates the sheet grid', () => {
    expect(labelSheetSchema.safeParse(DEFAULT_LABEL_SHEET).success).toBe(true)
    expect(labelSheetSchema.safeParse({ ...DEFAULT_LABEL_SHEET, skip: 40 }).success).toBe(false)
    expect(labelSheetSchema.safeParse({ ...DEFAULT_LABEL_SHEET, columns: 9 }).success).toBe(false)
    expect(
      labelSheetSchema.safeParse({ ...DEFAULT_LABEL_SHEET, rows: 24, gapYMm: 2 }).success,
    ).toBe(false)
  })
})
