import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import {
  bitmapToPngDataUrl,
  loadBitmap,
  LogoError,
  logoMaxWidth,
  logoToBitmap,
  MAX_LOGO_HEIGHT_DOTS,
  storeBitmap,
} from '../../../electron/services/printing/receipt-logo'

function pngDataUrl(
  width: number,
  height: number,
  paint: (x: number, y: number) => [number, number, number, number],
): string {
  const png = new PNG({ width, height })
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) png.data.set(paint(x, y), (y * width + x) * 4)
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
}

const dot = (bitmap: { width: number; data: Uint8Array }, x: number, y: number) =>
  ((bitmap.data[y * (bitmap.width / 8) + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0

describe('receipt logo', () => {
  it('fits the paper: 384 dots on 58 mm, 576 on 80 mm, fewer for fewer columns', () => {
    expect(logoMaxWidth(58, 32)).toBe(384)
    expect(logoMaxWidth(80, 48)).toBe(576)
    expect(logoMaxWidth(80, 42)).toBe(504)
    expect(logoMaxWidth(80, 33)).toBe(392)
  })

  it('keeps a small logo at its size, padding the width to whole bytes', async () => {
    const bitmap = await logoToBitmap(
      pngDataUrl(50, 20, (x) => (x < 10 ? [0, 0, 0, 255] : [255, 255, 255, 255])),
      384,
    )
    expect(bitmap).toMatchObject({ width: 56, height: 20 })
    expect(dot(bitmap, 0, 0)).toBe(true)
    expect(dot(bitmap, 9, 19)).toBe(true)
    expect(dot(bitmap, 10, 0)).toBe(false)
    expect(dot(bitmap, 55, 0)).toBe(false)
  })

  it('scales a wide logo down to the paper and a tall one to 30 mm, keeping the aspect', async () => {
    const black: [number, number, number, number] = [0, 0, 0, 255]
    expect(
      await logoToBitmap(
        pngDataUrl(1000, 100, () => black),
        384,
      ),
    ).toMatchObject({
      width: 384,
      height: 38,
    })
    expect(
      await logoToBitmap(
        pngDataUrl(100, 1000, () => black),
        384,
      ),
    ).toMatchObject({
      width: 24,
      height: MAX_LOGO_HEIGHT_DOTS,
    })
  })

  it('treats transparency as paper', async () => {
    const bitmap = await logoToBitmap(
      pngDataUrl(16, 4, (x) => (x < 8 ? [0, 0, 0, 0] : [0, 0, 0, 255])),
      384,
    )
    expect(dot(bitmap, 0, 0)).toBe(false)
    expect(dot(bitmap, 8, 0)).toBe(true)
  })

  it('refuses what is not a usable PNG', async () => {
    await expect(logoToBitmap('data:image/png;base64,AAAA', 384)).rejects.toThrow(LogoError)
    await expect(logoToBitmap('data:image/jpeg;base64,AAAA', 384)).rejects.toThrow(LogoError)
    // A valid header claiming 100 000 × 100 000 pixels is refused before inflating anything.
    const header = Buffer.from(pngDataUrl(1, 1, () => [0, 0, 0, 255]).split(',')[1]!, 'base64')
    header.writeUInt32BE(100_000, 16)
    header.writeUInt32BE(100_000, 20)
    await expect(
      logoToBitmap(`data:image/png;base64,${header.toString('base64')}`, 384),
    ).rejects.toThrow(/unsupported size/)
  })

  it('round-trips through storage and previews as the printed black and white', async () => {
    const bitmap = await logoToBitmap(
      pngDataUrl(16, 2, (x) => (x % 2 ? [0, 0, 0, 255] : [200, 200, 200, 255])),
      384,
    )
    expect(loadBitmap(storeBitmap(bitmap))).toEqual(bitmap)
    const preview = PNG.sync.read(
      Buffer.from((await bitmapToPngDataUrl(bitmap)).split(',')[1]!, 'base64'),
    )
    expect([preview.width, preview.height]).toEqual([16, 2])
    expect([...preview.data.subarray(0, 8)]).toEqual([255, 255, 255, 255, 0, 0, 0, 255])
  })
})
