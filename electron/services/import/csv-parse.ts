/**
 * A small RFC 4180 CSV reader for what spreadsheet programs write: quoted fields with doubled
 * quotes and line breaks inside, CRLF or LF, a UTF-8 byte-order mark, and the separator
 * Indonesian Excel uses (`;`, because `,` is its decimal mark) or `,` or tab — detected from
 * the header line, outside quotes.
 */
export type CsvSeparator = ';' | ',' | '\t'

export function detectSeparator(text: string): CsvSeparator {
  const counts: Record<CsvSeparator, number> = { ';': 0, ',': 0, '\t': 0 }
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char]++
  }
  // Ties go to ';': a header has no decimal commas, and `;` is what id-ID Excel writes.
  if (counts[';'] >= counts[','] && counts[';'] >= counts['\t'] && counts[';'] > 0) return ';'
  if (counts['\t'] > counts[',']) return '\t'
  return ','
}

/** Rows of fields with each row's starting line number (1-based, as an editor shows it). */
export function parseCsv(
  input: string,
  separator: CsvSeparator = detectSeparator(input.replace(/^\uFEFF/, '')),
): { rows: Array<{ line: number; fields: string[] }>; separator: CsvSeparator } {
  const text = input.replace(/^\uFEFF/, '')
  const rows: Array<{ line: number; fields: string[] }> = []
  let fields: string[] = []
  let field = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let i = 0
  const endRow = () => {
    fields.push(field)
    // A line with nothing on it is not a row (Excel leaves them at the end).
    if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowLine, fields })
    fields = []
    field = ''
  }
  while (i < text.length) {
    const char = text[i] as string
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        quoted = false
      } else {
        if (char === '\n') line++
        field += char
      }
      i++
      continue
    }
    if (char === '"' && field === '') {
      quoted = true
    } else if (char === separator) {
      fields.push(field)
      field = ''
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++
      endRow()
      line++
      rowLine = line
    } else {
      field += char
    }
    i++
  }
  if (field !== '' || fields.length > 0) endRow()
  return { rows, separator }
}

/** UTF-8 when the bytes are valid UTF-8; otherwise Windows-1252, which older Excel writes. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('windows-1252').decode(bytes)
  }
}
