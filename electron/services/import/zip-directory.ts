/**
 * Reads a zip file's central directory (the table of contents at its end) without inflating
 * anything, so an import can refuse a "zip bomb" — a small workbook that unpacks to hundreds
 * of megabytes — before a single byte is unpacked. Format: PKWARE APPNOTE 4.3.
 */

export interface ZipEntry {
  name: string
  /** 0 stored, 8 deflated; anything else is not an Excel file. */
  method: number
  compressedSize: number
  /** As the directory declares it; xlsx-inflate-check.ts proves it by inflating with a cap. */
  uncompressedSize: number
  localHeaderOffset: number
}

export interface ZipDirectory {
  entries: ZipEntry[]
  /** More entries than `maxEntries` were found; reading stopped there. */
  tooManyEntries: boolean
  totalUncompressed: number
}

/** The zip is not one this reader can walk: damaged, split over disks, or not a zip at all. */
export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50
const ZIP64_EOCD_SIGNATURE = 0x06064b50
const CENTRAL_SIGNATURE = 0x02014b50
const EOCD_SIZE = 22
const MAX_COMMENT = 0xffff

const u64 = (view: DataView, at: number) => {
  const value = view.getBigUint64(at, true)
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ZipFormatError('size out of range')
  return Number(value)
}

function findEndOfDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_SIZE - MAX_COMMENT)
  for (let at = view.byteLength - EOCD_SIZE; at >= lowest; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at
  }
  throw new ZipFormatError('no end of central directory')
}

/** Where the directory starts and how long it is, from the zip64 record when the zip has one. */
function directoryBounds(view: DataView, eocd: number): { offset: number; size: number } {
  const size = view.getUint32(eocd + 12, true)
  const offset = view.getUint32(eocd + 16, true)
  const locator = eocd - 20
  if (
    (size === 0xffffffff || offset === 0xffffffff || view.getUint16(eocd + 10, true) === 0xffff) &&
    locator >= 0 &&
    view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE
  ) {
    const record = u64(view, locator + 8)
    if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
      throw new ZipFormatError('bad zip64 end record')
    }
    return { size: u64(view, record + 40), offset: u64(view, record + 48) }
  }
  return { offset, size }
}

/** Sizes and offset that did not fit 32 bits live in the entry's zip64 extra field (0x0001). */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  let at = start
  while (at + 4 <= start + length) {
    const id = view.getUint16(at, true)
    const size = view.getUint16(at + 2, true)
    if (id === 0x0001) {
      let field = at + 4
      const take = () => {
        if (field + 8 > at + 4 + size) throw new ZipFormatError('short zip64 field')
        const value = u64(view, field)
        field += 8
        return value
      }
      if (entry.uncompressedSize === 0xffffffff) entry.uncompressedSize = take()
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = take()
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = take()
      return
    }
    at += 4 + size
  }
}

/**
 * Lists the entries with their declared sizes. Counts what is actually in the directory, not
 * what its header claims, and stops after `maxEntries` so a directory of a million names
 * costs nothing either.
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  if (bytes.byteLength < EOCD_SIZE) throw new ZipFormatError('too short')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const eocd = findEndOfDirectory(view)
  if (view.getUint16(eocd + 4, true) !== 0 || view.getUint16(eocd + 6, true) !== 0) {
    throw new ZipFormatError('split zip')
  }
  const { offset, size } = directoryBounds(view, eocd)
  const end = offset + size
  if (end > bytes.byteLength) throw new ZipFormatError('directory past the end')
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  let totalUncompressed = 0
  let at = offset
  while (at < end) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE) {
      throw new ZipFormatError('bad directory entry')
    }
    if (entries.length === maxEntries) return { entries, tooManyEntries: true, totalUncompressed }
    const nameLength = view.getUint16(at + 28, true)
    const extraLength = view.getUint16(at + 30, true)
    const commentLength = view.getUint16(at + 32, true)
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    }
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry)
    entries.push(entry)
    totalUncompressed += entry.uncompressedSize
    at += 46 + nameLength + extraLength + commentLength
  }
  return { entries, tooManyEntries: false, totalUncompressed }
}
