// Reads the parts of a label SVG that tests check, with regular expressions over the markup
// the layout writes (attribute order included): a deliberately narrow reader, not an XML parser.

export interface BarcodeElement {
  code: string
  symbology: string
  moduleMm: number
  barHeightMm: number
  x: number
  y: number
  width: number
  height: number
  viewBoxWidth: number
  viewBoxHeight: number
  /** Offset of the label cell on a sheet (0,0 on a roll). */
  translate: { x: number; y: number }
}

export function rootSize(svg: string): { widthMm: number; heightMm: number } {
  const match =
    /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="([\d.]+)mm" height="([\d.]+)mm" viewBox="0 0 ([\d.]+) ([\d.]+)">/.exec(
      svg,
    )
  if (!match) throw new Error('no millimetre-sized root <svg>')
  const [, width, height, viewWidth, viewHeight] = match.map(Number)
  // The viewBox is in mm too: one user unit is one millimetre.
  if (width !== viewWidth || height !== viewHeight) throw new Error('viewBox is not in mm')
  return { widthMm: width!, heightMm: height! }
}

const BARCODE =
  /(?:<g transform="translate\(([\d.]+) ([\d.]+)\)">(?:(?!<\/g>).)*?)?<svg data-part="barcode" data-symbology="(\w+)" data-code="([^"]+)" data-module-mm="([\d.]+)" data-bar-height-mm="([\d.]+)" x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" viewBox="0 0 ([\d.]+) ([\d.]+)">/g

export function barcodeElements(svg: string): BarcodeElement[] {
  return [...svg.matchAll(BARCODE)].map((m) => ({
    translate: { x: Number(m[1] ?? 0), y: Number(m[2] ?? 0) },
    symbology: m[3] ?? '',
    code: m[4] ?? '',
    moduleMm: Number(m[5]),
    barHeightMm: Number(m[6]),
    x: Number(m[7]),
    y: Number(m[8]),
    width: Number(m[9]),
    height: Number(m[10]),
    viewBoxWidth: Number(m[11]),
    viewBoxHeight: Number(m[12]),
  }))
}
