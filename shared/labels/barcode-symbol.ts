import type { RenderOptions } from 'bwip-js/generic'
import { isValidEan13 } from './ean13'

export type Symbology = 'ean13' | 'code128'

/** EAN-13 when the code is one (13 digits, right check digit); anything else as Code 128. */
export function symbologyFor(code: string): Symbology {
  return isValidEan13(code) ? 'ean13' : 'code128'
}

/**
 * Quiet zones in modules that the layout keeps white beside the symbol. bwip-js already leaves
 * ten modules left of an EAN-13 for its leading digit; the standard asks for 11 and 7.
 */
export const quietZones: Readonly<Record<Symbology, { left: number; right: number }>> = {
  ean13: { left: 1, right: 7 },
  code128: { left: 10, right: 10 },
}

/** Human-readable digits under the bars, in bwip-js units (one unit = one module). */
export const BARCODE_TEXT_SIZE = 8

/**
 * The bwip-js options of a label barcode. The SVG on the label and the PNG in the tests are
 * drawn from these same options, so a decoded PNG vouches for the printed symbol.
 */
export function barcodeRenderOptions(code: string, barHeightMm: number): RenderOptions {
  return {
    bcid: symbologyFor(code),
    text: code,
    includetext: true,
    textsize: BARCODE_TEXT_SIZE,
    height: barHeightMm,
    scale: 1,
  }
}

/** BWIPP's QR default is error level M, enough for a label that gets handled. */
export function qrRenderOptions(data: string): RenderOptions {
  return { bcid: 'qrcode', text: data, scale: 1 }
}
