/**
 * A 1-bit image as GS v 0 wants it: rows of `width / 8` bytes, leftmost dot in the high bit,
 * 1 = black. `width` is always a multiple of 8.
 */
export interface Bitmap {
  width: number
  height: number
  data: Uint8Array
}

export interface ThresholdOptions {
  /** Luminance (0..255) below which a pixel is printed black. */
  threshold?: number
}

/**
 * Converts RGBA pixels (e.g. a decoded PNG logo) to a printable bitmap. Transparent pixels
 * count as paper, and the width is padded with white up to a whole byte.
 */
export function rgbaToBitmap(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  height: number,
  { threshold = 128 }: ThresholdOptions = {},
): Bitmap {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
    throw new RangeError(`Bitmap size must be positive integers, got ${width}x${height}`)
  }
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`Expected ${width * height * 4} RGBA bytes, got ${rgba.length}`)
  }
  const bytesPerRow = Math.ceil(width / 8)
  const data = new Uint8Array(bytesPerRow * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 4
      const alpha = (rgba[offset + 3] ?? 0) / 255
      const over = (channel: number): number =>
        (rgba[offset + channel] ?? 0) * alpha + 255 * (1 - alpha)
      const luminance = 0.299 * over(0) + 0.587 * over(1) + 0.114 * over(2)
      if (luminance < threshold) {
        const index = y * bytesPerRow + (x >> 3)
        data[index] = (data[index] ?? 0) | (0x80 >> (x & 7))
      }
    }
  }
  return { width: bytesPerRow * 8, height, data }
}
