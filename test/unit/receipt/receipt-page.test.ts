import { describe, expect, it } from 'vitest'
import { layoutReceiptPage, printableWidthMm } from '../../../shared/receipt/receipt-page'

const plain = { bold: false, double: false, qr: false }

function page(paperWidth: 58 | 80, count: number, extra: Partial<{ qr: boolean }> = {}) {
  const columns = paperWidth === 58 ? 32 : 48
  const lines = Array.from({ length: count }, (_, i) => `line ${i}`)
  const styles = lines.map(() => plain)
  if (extra.qr) {
    lines.push('[QR KSG1-1]')
    styles.push({ ...plain, qr: true })
  }
  return layoutReceiptPage({
    paperWidth,
    columns,
    lines,
    styles,
    qrData: 'KSG1-1',
    qrModules: 25,
    logo: null,
  })
}

describe('receipt page layout (PDF and OS printer)', () => {
  it('is exactly the paper wide, and the text fills the printable width', () => {
    for (const width of [58, 80] as const) {
      const laid = page(width, 3)
      expect(laid.widthMm).toBe(width)
      const [first] = laid.items
      if (first?.kind !== 'text') throw new Error('expected text')
      const columns = width === 58 ? 32 : 48
      expect(first.charMm * columns).toBeCloseTo(printableWidthMm(width))
      expect(first.xMm * 2 + printableWidthMm(width)).toBeCloseTo(width)
    }
  })

  it('grows 3.75 mm per line, like the printer, and never to a sheet size', () => {
    expect(page(58, 11).heightMm - page(58, 1).heightMm).toBeCloseTo(37.5, 1)
    expect(page(58, 40).heightMm).toBeLessThan(297)
  })

  it('places the QR code at the printed module size, centred', () => {
    const laid = page(80, 2, { qr: true })
    const qr = laid.items.find((item) => item.kind === 'qr')
    expect(qr).toMatchObject({ kind: 'qr', data: 'KSG1-1', sizeMm: 18.75 })
    if (qr?.kind === 'qr') expect(qr.xMm + qr.sizeMm / 2).toBeCloseTo(40)
  })

  it('double-height lines take two text rows; blank lines take room but draw nothing', () => {
    const laid = layoutReceiptPage({
      paperWidth: 58,
      columns: 32,
      lines: ['BIG', '', 'small'],
      styles: [{ ...plain, double: true, bold: true }, plain, plain],
      qrData: '',
      qrModules: 21,
      logo: null,
    })
    expect(laid.items).toHaveLength(2)
    const [big, small] = laid.items
    if (big?.kind !== 'text' || small?.kind !== 'text') throw new Error('expected text')
    expect(big.heightMm).toBe(6)
    expect(small.topMm - big.topMm).toBeCloseTo(6.75 + 3.75)
  })
})
