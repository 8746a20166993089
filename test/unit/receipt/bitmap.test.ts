import { describe, expect, it } from 'vitest'
import { rgbaToBitmap } from '../../../electron/printing/escpos/bitmap'

const pixel = (r: number, g: number, b: number, a = 255): number[] => [r, g, b, a]

describe('rgbaToBitmap', () => {
  it('packs dark pixels MSB-first and pads the width to whole bytes with white', () => {
    // 10 x 2: row 0 = black, white, black, then seven white; row 1 = all black.
    const white = pixel(255, 255, 255)
    const black = pixel(0, 0, 0)
    const row0 = [black, white, black, ...Array.from({ length: 7 }, () => white)]
    const row1 = Array.from({ length: 10 }, () => black)
    const rgba = Uint8Array.from([...row0, ...row1].flat())
    expect(rgbaToBitmap(rgba, 10, 2)).toEqual({
      width: 16,
      height: 2,
      data: Uint8Array.from([0b1010_0000, 0b0000_0000, 0b1111_1111, 0b1100_0000]),
    })
  })

  it('treats transparent pixels as paper and honours the threshold', () => {
    const rgba = Uint8Array.from(
      [pixel(0, 0, 0, 0), pixel(100, 100, 100), pixel(200, 200, 200)].flat(),
    )
    expect([...rgbaToBitmap(rgba, 3, 1).data]).toEqual([0b0100_0000])
    expect([...rgbaToBitmap(rgba, 3, 1, { threshold: 220 }).data]).toEqual([0b0110_0000])
  })

  it('refuses pixel data of the wrong size', () => {
    expect(() => rgbaToBitmap(new Uint8Array(12), 2, 2)).toThrow(RangeError)
    expect(() => rgbaToBitmap(new Uint8Array(0), 0, 0)).toThrow(RangeError)
  })
})
