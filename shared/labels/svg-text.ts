// Plain SVG text helpers for labels. There is no font metrics engine here (the layout runs in
// Node and in the renderer alike), so widths are estimated from Arial's advances by character
// class, with a margin for the wider DejaVu Sans that Linux falls back to.

import { withoutControlCharacters } from '../text-controls'

export const LABEL_FONT_FAMILY = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif'

const SAFETY = 1.12
const BOLD_FACTOR = 1.07

function advanceEm(char: string): number {
  if (/[iljI.,:;'!|]/.test(char)) return 0.28
  if (/[ frt()-]/.test(char)) return 0.34
  if (/[mwMW]/.test(char)) return 0.86
  if (/[A-Z]/.test(char)) return 0.7
  return 0.56
}

/** Cap height to baseline: where to put the baseline so a line's ink starts at its top. */
export const ASCENT_EM = 0.78

/**
 * Text as XML character data. Control characters are dropped first: XML cannot carry them
 * (one ESC made the whole label SVG unreadable), and a name stored before the contract
 * refused them must still print.
 */
export function escapeXml(text: string): string {
  return withoutControlCharacters(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
}

/** Millimetres with at most three decimals: short attributes, no float noise. */
export function num(value: number): string {
  return String(Math.round(value * 1000) / 1000)
}

export function estimateWidth(text: string, fontSize: number, bold = false): number {
  const ems = [...text].reduce((sum, char) => sum + advanceEm(char), 0)
  return ems * fontSize * SAFETY * (bold ? BOLD_FACTOR : 1)
}

function ellipsize(text: string, maxWidth: number, fontSize: number, bold: boolean): string {
  let chars = [...text]
  if (estimateWidth(text, fontSize, bold) <= maxWidth) return text
  while (chars.length > 1 && estimateWidth(`${chars.join('')}…`, fontSize, bold) > maxWidth) {
    chars = chars.slice(0, -1)
  }
  return `${chars.join('').trimEnd()}…`
}

/**
 * Word-wraps into at most `maxLines` lines of `maxWidth` mm; the last line is shortened with
 * an ellipsis when the text does not fit.
 */
export function fitLines(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines: number,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter((word) => word !== '')
  const lines: string[] = []
  let current = ''
  let rest = 0
  for (; rest < words.length; rest++) {
    const word = words[rest] ?? ''
    const candidate = current === '' ? word : `${current} ${word}`
    if (current === '' || estimateWidth(candidate, fontSize, bold) <= maxWidth) {
      current = candidate
      continue
    }
    if (lines.length === maxLines - 1) break
    lines.push(ellipsize(current, maxWidth, fontSize, bold))
    current = word
  }
  const remainder = [current, ...words.slice(rest)].filter((part) => part !== '').join(' ')
  if (remainder !== '') lines.push(ellipsize(remainder, maxWidth, fontSize, bold))
  return lines
}

export interface TextLine {
  text: string
  x: number
  /** Top of the line box; the baseline goes ASCENT_EM below it. */
  top: number
  fontSize: number
  bold?: boolean
  anchor?: 'start' | 'middle' | 'end'
}

export function svgText(line: TextLine): string {
  const weight = line.bold ? ' font-weight="700"' : ''
  const anchor = line.anchor && line.anchor !== 'start' ? ` text-anchor="${line.anchor}"` : ''
  const baseline = line.top + line.fontSize * ASCENT_EM
  return (
    `<text x="${num(line.x)}" y="${num(baseline)}" font-size="${num(line.fontSize)}"` +
    `${weight}${anchor}>${escapeXml(line.text)}</text>`
  )
}
