import type { PNG } from 'pngjs'
import { rgbaToBitmap } from '../../printing/escpos/bitmap'
import type { Bitmap } from '../../printing/escpos/bitmap'

// The receipt logo arrives as a PNG data URL (what a file input or a canvas gives the
// renderer) and is turned into the printer's 1-bit raster here, once, when the settings are
// saved. Main owns the conversion so the printed logo, the preview PNG and the tests all come
// from the same code and thresholds, in Electron and in browser mode alike. pngjs is loaded
// on first use: most starts of the till never touch a logo.

const loadPng = async () => (await import('pngjs')).PNG

/** Dots per line: 58 mm heads print 384, 80 mm heads 576 (8 dots per mm). */
const PAPER_DOTS = { 58: 384, 80: 576 } as const
/** 30 mm of paper: a logo, not a poster. */
export const MAX_LOGO_HEIGHT_DOTS = 240
/** Refuse to inflate absurd images (a 700 KB PNG can claim gigapixels). */
const MAX_SOURCE_PIXELS = 4_000_000

export interface StoredLogo {
  width: number
  height: number
  /** Base64 of the GS v 0 raster rows. */
  data: string
}

export class LogoError extends Error {
  constructor(reason: string) {
    super(reason)
    this.name = 'LogoError'
  }
}

/**
 * The widest logo a receipt takes: the head's dots, or fewer when the line is set to fewer
 * Font A columns (12 dots each), rounded down to whole bytes of raster.
 */
export function logoMaxWidth(paperWidth: 58 | 80, columns: number): number {
  return Math.floor(Math.min(PAPER_DOTS[paperWidth], columns * 12) / 8) * 8
}

async function decodePng(dataUrl: string): Promise<PNG> {
  const match = /^data:image\/png;base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl)
  if (!match) throw new LogoError('not a PNG data URL')
  const bytes = Buffer.from(match[1] ?? '', 'base64')
  // IHDR is the first chunk: width and height sit at bytes 16..23, before any inflating.
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') {
    throw new LogoError('not a PNG')
  }
  const width = bytes.readUInt32BE(16)
  const height = bytes.readUInt32BE(20)
  if (width < 1 || height < 1 || width * height > MAX_SOURCE_PIXELS) {
    throw new LogoError(`unsupported size ${width}x${height}`)
  }
  const PNG = await loadPng()
  try {
    return PNG.sync.read(bytes)
  } catch (error) {
    throw new LogoError(error instanceof Error ? error.message : 'unreadable PNG')
  }
}

/** Area-average downscale over white: thin strokes turn grey rather than vanish. */
function scaleOverWhite(png: PNG, width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4)
  const sx = png.width / width
  const sy = png.height / height
  for (let y = 0; y < height; y++) {
    const y0 = Math.floor(y * sy)
    const y1 = Math.max(y0 + 1, Math.floor((y + 1) * sy))
    for (let x = 0; x < width; x++) {
      const x0 = Math.floor(x * sx)
      const x1 = Math.max(x0 + 1, Math.floor((x + 1) * sx))
      const sum = [0, 0, 0]
      let count = 0
      for (let v = y0; v < y1; v++) {
        for (let u = x0; u < x1; u++) {
          const at = (v * png.width + u) * 4
          const alpha = (png.data[at + 3] ?? 0) / 255
          for (let c = 0; c < 3; c++) {
            sum[c] = (sum[c] ?? 0) + (png.data[at + c] ?? 0) * alpha + 255 * (1 - alpha)
          }
          count += 1
        }
      }
      const to = (y * width + x) * 4
      for (let c = 0; c < 3; c++) out[to + c] = Math.round((sum[c] ?? 0) / count)
      out[to + 3] = 255
    }
  }
  return out
}

/** Decodes, fits into `maxWidth` × 240 dots without enlarging, and thresholds to 1 bit. */
export async function logoToBitmap(dataUrl: string, maxWidth: number): Promise<Bitmap> {
  const png = await decodePng(dataUrl)
  const scale = Math.min(1, maxWidth / png.width, MAX_LOGO_HEIGHT_DOTS / png.height)
  const width = Math.max(1, Math.floor(png.width * scale))
  const height = Math.max(1, Math.floor(png.height * scale))
  return rgbaToBitmap(scaleOverWhite(png, width, height), width, height)
}

export const storeBitmap = (bitmap: Bitmap): StoredLogo => ({
  width: bitmap.width,
  height: bitmap.height,
  data: Buffer.from(bitmap.data).toString('base64'),
})

export const loadBitmap = (stored: StoredLogo): Bitmap => ({
  width: stored.width,
  height: stored.height,
  data: new Uint8Array(Buffer.from(stored.data, 'base64')),
})

/** The raster as a black-on-white PNG data URL: the preview shows the logo as it will print. */
export async function bitmapToPngDataUrl(bitmap: Bitmap): Promise<string> {
  const PNG = await loadPng()
  const png = new PNG({ width: bitmap.width, height: bitmap.height })
  const bytesPerRow = bitmap.width / 8
  for (let y = 0; y < bitmap.height; y++) {
    for (let x = 0; x < bitmap.width; x++) {
      const black = ((bitmap.data[y * bytesPerRow + (x >> 3)] ?? 0) & (0x80 >> (x & 7))) !== 0
      const at = (y * bitmap.width + x) * 4
      png.data.fill(black ? 0 : 255, at, at + 3)
      png.data[at + 3] = 255
    }
  }
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`
}
