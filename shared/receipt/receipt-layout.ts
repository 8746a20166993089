/** Printed columns of already-printable text: one per code point. */
export function textWidth(text: string): number {
  return [...text].length
}

function splitLongWord(word: string, width: number): string[] {
  const chars = [...word]
  const pieces: string[] = []
  for (let start = 0; start < chars.length; start += width) {
    pieces.push(chars.slice(start, start + width).join(''))
  }
  return pieces
}

/**
 * Greedy word wrap to `width` columns. A word is only broken when it alone is wider than the
 * line, because a product name cut mid-word reads like a different product.
 */
export function wrapWords(text: string, width: number): string[] {
  if (width < 1) throw new RangeError(`width must be positive, got ${width}`)
  const words = text.split(' ').filter((word) => word !== '')
  const lines: string[] = []
  let current = ''
  for (const word of words) {
    const pieces = textWidth(word) > width ? splitLongWord(word, width) : [word]
    for (const piece of pieces) {
      if (current === '') current = piece
      else if (textWidth(current) + 1 + textWidth(piece) <= width) current += ` ${piece}`
      else {
        lines.push(current)
        current = piece
      }
    }
  }
  lines.push(current)
  return lines
}

/** Wraps text into `width` columns, every line starting with `indent` spaces. */
export function wrapIndented(text: string, indent: number, width: number): string[] {
  const pad = ' '.repeat(indent)
  return wrapWords(text, width - indent).map((line) => pad + line)
}

export function padToRight(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - textWidth(text))) + text
}

/**
 * `left ....... right` on one line of exactly `width` columns; when both do not fit, the left
 * text wraps and the right text gets its own right-aligned line so neither is truncated.
 */
export function spreadColumns(left: string, right: string, width: number): string[] {
  const gap = width - textWidth(left) - textWidth(right)
  if (gap >= 1) return [left + ' '.repeat(gap) + right]
  const rightLines = wrapWords(right, width).map((line) => padToRight(line, width))
  return [...wrapWords(left, width), ...rightLines]
}

/**
 * Like `spreadColumns`, but with alternative labels from longest to shortest: the first that
 * fits beside the value on one line wins, so a bilingual label degrades instead of wrapping.
 */
export function spreadWithLabel(labels: readonly string[], value: string, width: number): string[] {
  const fitting = labels.find((label) => textWidth(label) + 1 + textWidth(value) <= width)
  return spreadColumns(fitting ?? labels[labels.length - 1] ?? '', value, width)
}
