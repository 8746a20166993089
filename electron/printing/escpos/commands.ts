import type { ReceiptAlign, ReceiptTextSize } from '../../../shared/receipt/receipt-blocks'
import type { Bitmap } from './bitmap'

const ESC = 0x1b
const GS = 0x1d
const DLE = 0x10
const EOT = 0x04
export const LF = 0x0a

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values)

export const initialize = (): Uint8Array => bytes(ESC, 0x40)

export const selectCodePage = (n: number): Uint8Array => bytes(ESC, 0x74, n)

const alignCodes: Readonly<Record<ReceiptAlign, number>> = { left: 0, center: 1, right: 2 }
export const setAlign = (align: ReceiptAlign): Uint8Array => bytes(ESC, 0x61, alignCodes[align])

export const setBold = (on: boolean): Uint8Array => bytes(ESC, 0x45, on ? 1 : 0)

// GS ! n: low nibble is height magnification, high nibble width; 'double' keeps width at 1x.
const sizeCodes: Readonly<Record<ReceiptTextSize, number>> = { normal: 0x00, double: 0x01 }
export const setSize = (size: ReceiptTextSize): Uint8Array => bytes(GS, 0x21, sizeCodes[size])

/** ESC d n: print and feed n lines, for printers without a cutter to clear the tear bar. */
export const feedLines = (n: number): Uint8Array => bytes(ESC, 0x64, n)

/** GS V 66 0: feed to the cutter, then a partial cut that leaves a tab to tear. */
export const partialCutAfterFeed = (): Uint8Array => bytes(GS, 0x56, 66, 0)

/** ESC p 0 25 250: pulse drawer pin 2 for 50 ms on, 500 ms off (units of 2 ms). */
export const kickCashDrawer = (): Uint8Array => bytes(ESC, 0x70, 0, 25, 250)

export const statusRequest = (n: 1 | 4): Uint8Array => bytes(DLE, EOT, n)

const QR_MAX_BYTES = 7089

// GS ( k with cn = 49 (QR). pL pH count the bytes after themselves.
const qrFunction = (fn: number, ...params: number[]): number[] => {
  const length = params.length + 2
  return [GS, 0x28, 0x6b, length & 0xff, length >> 8, 49, fn, ...params]
}

export type QrErrorLevel = 'L' | 'M' | 'Q' | 'H'
const qrErrorCodes: Readonly<Record<QrErrorLevel, number>> = { L: 48, M: 49, Q: 50, H: 51 }

/** Select model 2, module size, error level; store the data; print the symbol. */
export function printQr(
  data: Uint8Array,
  moduleSize: number,
  errorLevel: QrErrorLevel,
): Uint8Array {
  if (data.length < 1 || data.length > QR_MAX_BYTES) {
    throw new RangeError(`QR data must be 1..${QR_MAX_BYTES} bytes, got ${data.length}`)
  }
  if (!Number.isInteger(moduleSize) || moduleSize < 1 || moduleSize > 16) {
    throw new RangeError(`QR module size must be 1..16, got ${moduleSize}`)
  }
  return Uint8Array.from([
    ...qrFunction(65, 50, 0),
    ...qrFunction(67, moduleSize),
    ...qrFunction(69, qrErrorCodes[errorLevel]),
    ...qrFunction(80, 48, ...data),
    ...qrFunction(81, 48),
  ])
}

/** GS v 0 m=0 (normal density): xL xH = bytes per row, yL yH = rows. */
export function printRaster(bitmap: Bitmap): Uint8Array {
  const bytesPerRow = bitmap.width / 8
  if (!Number.isInteger(bytesPerRow) || bytesPerRow < 1 || bitmap.height < 1) {
    throw new RangeError(`Raster width must be a positive multiple of 8, got ${bitmap.width}`)
  }
  if (bitmap.height > 0xffff || bytesPerRow > 0xffff) {
    throw new RangeError(`Raster ${bitmap.width}x${bitmap.height} is too large`)
  }
  if (bitmap.data.length !== bytesPerRow * bitmap.height) {
    throw new RangeError(`Raster data must be ${bytesPerRow * bitmap.height} bytes`)
  }
  const header = [GS, 0x76, 0x30, 0, bytesPerRow & 0xff, bytesPerRow >> 8]
  const command = new Uint8Array(header.length + 2 + bitmap.data.length)
  command.set([...header, bitmap.height & 0xff, bitmap.height >> 8])
  command.set(bitmap.data, header.length + 2)
  return command
}
