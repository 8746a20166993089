import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isPrintableReceiptChar,
  toPrintableReceiptText,
} from '../../../shared/receipt/receipt-charset'
import {
  spreadColumns,
  spreadWithLabel,
  textWidth,
  wrapWords,
} from '../../../shared/receipt/receipt-layout'
import { LONG_NAME } from './receipt-fixtures'

describe('wrapWords', () => {
  it('breaks a long product name on word boundaries', () => {
    expect(wrapWords(LONG_NAME, 32)).toEqual([
      'Gantungan Kunci Getah Nyatu',
      'Motif Burung Enggang Ukuran',
      'Besar',
    ])
    expect(wrapWords(LONG_NAME, 48)).toEqual([
      'Gantungan Kunci Getah Nyatu Motif Burung Enggang',
      'Ukuran Besar',
    ])
  })

  it('cuts a word only when it alone is wider than the line', () => {
    expect(wrapWords('Kalung ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 manik', 32)).toEqual([
      'Kalung',
      'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345',
      '6789 manik',
    ])
  })

  it('keeps every word whole and every line within the width', () => {
    const word = fc.stringMatching(/^[a-zA-Zé]{1,12}$/)
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.integer({ min: 12, max: 48 }),
        (words, width) => {
          const lines = wrapWords(words.join(' '), width)
          for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(width)
          expect(lines.join(' ').split(' ').filter(Boolean)).toEqual(words)
        },
      ),
    )
  })
})

describe('spreadColumns', () => {
  it('puts the value flush right on a line of exactly the width', () => {
    expect(spreadColumns('TOTAL', 'Rp 15.000', 32)).toEqual(['TOTAL                  Rp 15.000'])
  })

  it('moves the value to its own right-aligned line when both do not fit', () => {
    const lines = spreadColumns('1.000 x Rp 1.250.000', 'Rp 1.250.000.000', 32)
    expect(lines).toEqual(['1.000 x Rp 1.250.000', '                Rp 1.250.000.000'])
  })

  it('falls back to a shorter label before wrapping', () => {
    const labels = ['Pembulatan / Rounding', 'Pembulatan/Rounding', 'Pembulatan']
    expect(spreadWithLabel(labels, '-Rp 250', 32)).toEqual(['Pembulatan / Rounding    -Rp 250'])
    expect(spreadWithLabel(labels, 'Rp 2.497.000.000', 32)).toEqual([
      'Pembulatan      Rp 2.497.000.000',
    ])
  })
})

describe('toPrintableReceiptText', () => {
  it('keeps Latin-1 accents and swaps typography for plain characters', () => {
    expect(toPrintableReceiptText('Café Ñ é ü')).toBe('Café Ñ é ü')
    expect(toPrintableReceiptText('“Batik” ‘Dayak’ – Kalteng…')).toBe(
      '"Batik" \'Dayak\' - Kalteng...',
    )
    expect(toPrintableReceiptText('Rp\u00A015.000')).toBe('Rp 15.000')
  })

  it('composes decomposed accents so one letter is one column', () => {
    expect(toPrintableReceiptText('Cafe\u0301')).toBe('Café')
  })

  it('drops accents a code page lacks and marks the rest unknown', () => {
    expect(toPrintableReceiptText('Kraków Şal Žiža ă')).toBe('Kraków Sal Ziza a')
    expect(toPrintableReceiptText('漢 😀')).toBe('? ?')
  })

  it('turns control characters into spaces so they cannot reach the printer', () => {
    expect(toPrintableReceiptText('Tas\u001b@Rotan\nBesar\t!')).toBe('Tas @Rotan Besar !')
  })

  it('only ever returns printable receipt characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        for (const char of toPrintableReceiptText(text)) {
          expect(isPrintableReceiptChar(char)).toBe(true)
        }
      }),
    )
  })
})
