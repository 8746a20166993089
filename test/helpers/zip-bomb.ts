import { constants, crc32, deflateRawSync } from 'node:zlib'

/** One zip entry as it will be written: already deflated, with what its directory claims. */
export interface RawEntry {
  name: string
  deflated: Buffer
  crc: number
  size: number
  /** What the directory and local header claim; a lying zip says less than `size`. */
  declaredSize?: number
}

export const deflatedEntry = (name: string, text: string): RawEntry => {
  const data = Buffer.from(text, 'utf8')
  return { name, deflated: deflateRawSync(data), crc: crc32(data), size: data.byteLength }
}

/**
 * A worksheet that inflates to `megabytes` MB while staying a few hundred kilobytes: one row,
 * then megabytes of blank space between elements (valid XML), the classic bomb. Each 1 MB
 * block of spaces is deflated on its own (a full flush resets the dictionary), so the same
 * compressed block can be repeated and the stream stays valid.
 */
export function bombSheet(megabytes: number): RawEntry {
  const head = Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Nama Produk</t></is></c></row>',
  )
  const block = Buffer.alloc(1024 * 1024, 0x20)
  const tail = Buffer.from('</sheetData></worksheet>')
  const flush = { finishFlush: constants.Z_FULL_FLUSH }
  const deflatedBlock = deflateRawSync(block, { ...flush, level: 9 })
  const parts = [deflateRawSync(head, flush)]
  let crc = crc32(head)
  for (let i = 0; i < megabytes; i++) {
    parts.push(deflatedBlock)
    crc = crc32(block, crc)
  }
  parts.push(deflateRawSync(tail))
  crc = crc32(tail, crc)
  return {
    name: 'xl/worksheets/sheet1.xml',
    deflated: Buffer.concat(parts),
    crc,
    size: head.byteLength + block.byteLength * megabytes + tail.byteLength,
  }
}

/** The other parts of a minimal workbook, so a reader would really go on to the sheet. */
export function workbookParts(): RawEntry[] {
  const ns = 'http://schemas.openxmlformats.org'
  return [
    deflatedEntry(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    deflatedEntry(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflatedEntry(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Produk" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflatedEntry(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
  ]
}

/** Writes a zip (no zip64, no data descriptors) from entries that are already deflated. */
export function writeZip(entries: readonly RawEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const size = entry.declaredSize ?? entry.size
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(entry.crc >>> 0, 14)
    local.writeUInt32LE(entry.deflated.byteLength, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.byteLength, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(entry.crc >>> 0, 16)
    central.writeUInt32LE(entry.deflated.byteLength, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.byteLength, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, entry.deflated)
    centrals.push(central, name)
    offset += local.byteLength + name.byteLength + entry.deflated.byteLength
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.byteLength, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
