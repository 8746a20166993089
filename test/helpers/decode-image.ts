import {
  BarcodeFormat,
  BinaryBitmap,
  DecodeHintType,
  HybridBinarizer,
  MultiFormatOneDReader,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library'
import type { Reader, Result } from '@zxing/library'
import { PNG } from 'pngjs'

interface GreyImage {
  width: number
  height: number
  luminance: Uint8ClampedArray
}

const oneDimensionalFormats: readonly BarcodeFormat[] = [
  BarcodeFormat.EAN_13,
  BarcodeFormat.EAN_8,
  BarcodeFormat.UPC_A,
  BarcodeFormat.CODE_128,
  BarcodeFormat.CODE_39,
]

const defaultFormats: readonly BarcodeFormat[] = [BarcodeFormat.QR_CODE, ...oneDimensionalFormats]

function toGrey(png: Buffer): GreyImage {
  const { width, height, data } = PNG.sync.read(png)
  const luminance = new Uint8ClampedArray(width * height)
  for (let pixel = 0; pixel < width * height; pixel++) {
    const offset = pixel * 4
    const alpha = (data[offset + 3] ?? 255) / 255
    // Transparent pixels are paper, not ink: composite over white before weighting the channels.
    const channel = (index: number): number =>
      (data[offset + index] ?? 255) * alpha + 255 * (1 - alpha)
    luminance[pixel] = Math.round(0.299 * channel(0) + 0.587 * channel(1) + 0.114 * channel(2))
  }
  return { width, height, luminance }
}

// 1D readers need ~10 modules of white either side and QR needs 4; label renderers often crop
// that quiet zone away, so a failed scan is retried on a padded copy.
function withWhiteBorder(image: GreyImage, border: number): GreyImage {
  const width = image.width + border * 2
  const height = image.height + border * 2
  const luminance = new Uint8ClampedArray(width * height).fill(255)
  for (let row = 0; row < image.height; row++) {
    const source = image.luminance.subarray(row * image.width, (row + 1) * image.width)
    luminance.set(source, (row + border) * width + border)
  }
  return { width, height, luminance }
}

// MultiFormatReader is avoided on purpose: its decode(image) without hints silently resets the
// hints set earlier, and it console.warns on every reader miss because zxing-js's
// NotFoundException does not extend ReaderException.
function readersFor(
  formats: readonly BarcodeFormat[],
  hints: Map<DecodeHintType, unknown>,
): Reader[] {
  const unsupported = formats.filter(
    (format) => format !== BarcodeFormat.QR_CODE && !oneDimensionalFormats.includes(format),
  )
  if (unsupported.length > 0) {
    throw new Error(
      `decode-image cannot read ${unsupported.map((format) => BarcodeFormat[format]).join(', ')}`,
    )
  }
  const readers: Reader[] = []
  if (formats.includes(BarcodeFormat.QR_CODE)) readers.push(new QRCodeReader())
  if (formats.some((format) => oneDimensionalFormats.includes(format))) {
    readers.push(new MultiFormatOneDReader(hints))
  }
  return readers
}

function decodeGrey(image: GreyImage, formats: readonly BarcodeFormat[]): Result {
  const hints = new Map<DecodeHintType, unknown>([
    [DecodeHintType.POSSIBLE_FORMATS, [...formats]],
    [DecodeHintType.TRY_HARDER, true],
  ])
  const source = new RGBLuminanceSource(image.luminance, image.width, image.height)
  const bitmap = new BinaryBitmap(new HybridBinarizer(source))
  let lastError: unknown = new Error('no barcode format requested')
  for (const reader of readersFor(formats, hints)) {
    try {
      return reader.decode(bitmap, hints)
    } catch (error) {
      lastError = error
    }
  }
  throw lastError
}

/** Throws zxing's NotFoundException (or a checksum/format error) when nothing can be read. */
export function decodeBarcodePng(
  png: Buffer,
  formats: readonly BarcodeFormat[] = defaultFormats,
): { text: string; format: string } {
  const image = toGrey(png)
  let result: Result
  try {
    result = decodeGrey(image, formats)
  } catch {
    const border = Math.max(20, Math.round(image.width * 0.1))
    result = decodeGrey(withWhiteBorder(image, border), formats)
  }
  return { text: result.getText(), format: BarcodeFormat[result.getBarcodeFormat()] }
}

export function decodeQrPng(png: Buffer): string {
  return decodeBarcodePng(png, [BarcodeFormat.QR_CODE]).text
}
