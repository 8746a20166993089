/**
 * Characters no text field of Etalase stores: the C0 controls (ESC, NUL, BEL, CR, …) and
 * DEL, the C1 controls, and the bidirectional embeddings, overrides and isolates (U+202A–E,
 * U+2066–9) that make a name read differently from what it is. They break label SVG and XML
 * (which cannot carry them), reach ESC/POS printers as commands, and hide text in the audit
 * trail. Multi-line fields (a note) keep tab and newline; single-line fields refuse both.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u
// eslint-disable-next-line no-control-regex -- as above, less tab (U+0009) and newline (U+000A)
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u

export function hasControlCharacters(text: string, multiline = false): boolean {
  return (multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN).test(text)
}

/** The same characters removed, for text that was stored before the contract refused them. */
export function withoutControlCharacters(text: string, multiline = false): string {
  const forbidden = multiline ? MULTI_LINE_FORBIDDEN : SINGLE_LINE_FORBIDDEN
  return text.replace(new RegExp(forbidden.source, 'gu'), '')
}
