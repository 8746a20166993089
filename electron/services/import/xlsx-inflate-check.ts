import { inflateRawSync } from 'node:zlib'
import { XLSX_MAX_UNPACKED_BYTES, XlsxTooLargeError } from './xlsx-limits'
import { ZipFormatError, type ZipEntry } from './zip-directory'

const LOCAL_SIGNATURE = 0x04034b50

/**
 * The directory's sizes are only claims: a crafted zip declares a few kilobytes and inflates to
 * gigabytes. Inflates every entry once with zlib's output cap set to what the entry declared
 * (and the whole workbook's budget), so a lying entry stops at its claim instead of filling
 * memory, before the spreadsheet reader (which trusts the data) ever sees the file.
 */
export function checkInflatedSizes(bytes: Uint8Array, entries: readonly ZipEntry[]): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let budget = XLSX_MAX_UNPACKED_BYTES
  for (const entry of entries) {
    const at = entry.localHeaderOffset
    if (at + 30 > bytes.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE) {
      throw new ZipFormatError(`bad local header for ${entry.name}`)
    }
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true)
    const data = bytes.subarray(start, start + entry.compressedSize)
    if (data.byteLength !== entry.compressedSize) throw new ZipFormatError('entry past the end')
    if (entry.uncompressedSize > budget) throw new XlsxTooLargeError(entry.name)
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.uncompressedSize) throw new ZipFormatError('stored size')
    } else if (entry.method === 8) {
      let inflated: Buffer
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) })
      } catch (error) {
        if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
          throw new XlsxTooLargeError(`${entry.name} inflates past its declared size`)
        }
        throw new ZipFormatError(`cannot inflate ${entry.name}`)
      }
      if (inflated.byteLength !== entry.uncompressedSize) {
        throw new ZipFormatError(`${entry.name} is not its declared size`)
      }
    } else {
      throw new ZipFormatError(`compression method ${entry.method}`)
    }
    budget -= entry.uncompressedSize
  }
}
