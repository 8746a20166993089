// An ESC/POS reader written apart from the encoder (own command parsing, own code page tables)
// so that receipt tests check the bytes against a second opinion. It is strict on purpose:
// any byte it does not understand throws, so stray bytes cannot slip through a test.

type Align = 'left' | 'center' | 'right'

export type DecodedEvent = { atLine: number } & (
  | { type: 'init' }
  | { type: 'codepage'; page: number }
  | { type: 'align'; align: Align }
  | { type: 'bold'; on: boolean }
  | { type: 'size'; width: number; height: number }
  | { type: 'feed'; lines: number }
  | { type: 'cut'; partial: boolean; feedUnits: number }
  | { type: 'drawer'; pin: 2 | 5; onMs: number; offMs: number }
  | { type: 'qr'; data: string; model: number; moduleSize: number; errorLevel: string }
  | { type: 'raster'; width: number; height: number }
)

export interface DecodedRaster {
  width: number
  height: number
  data: Uint8Array
}

export interface DecodedEscPos {
  /** Paper lines in order, left-padded the way the printer aligns them; QR as `[QR <data>]`. */
  lines: string[]
  events: DecodedEvent[]
  qrData: string[]
  rasters: DecodedRaster[]
}

export interface DecodeOptions {
  /** Characters per line of the paper, needed to reproduce centring and right alignment. */
  columns: number
}

// Reference tables printed by Python's codecs (`bytes(range(128, 256)).decode('cp858')`, and
// 'cp1252' with U+FFFD for its five undefined bytes). Node's TextDecoder is not used: it decodes
// windows-1252 as plain Latin-1, which would hide a wrong byte for € or the curly quotes.
const cp858UpperHalf =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒ' +
  'áíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0'

const cp1252C1Range = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ'

const upperHalves: ReadonlyMap<number, string> = new Map([
  [19, cp858UpperHalf],
  // From 0xA0 on, cp1252 is Latin-1, whose code points equal the byte values.
  [
    16,
    cp1252C1Range + Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''),
  ],
])

function decodeHighByte(byte: number, page: number): string {
  const table = upperHalves.get(page)
  if (table === undefined) {
    throw new Error(`byte 0x${byte.toString(16)} in code page ${page}, which has no table here`)
  }
  const char = table.charAt(byte - 0x80)
  if (char === '\uFFFD') throw new Error(`byte 0x${byte.toString(16)} is undefined in page ${page}`)
  return char
}

const hex = (byte: number | undefined): string =>
  byte === undefined ? 'end of data' : `0x${byte.toString(16).padStart(2, '0')}`

class Reader {
  #offset = 0
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.#offset >= this.bytes.length
  }

  get offset(): number {
    return this.#offset
  }

  next(what: string): number {
    const byte = this.bytes[this.#offset]
    if (byte === undefined) throw new Error(`truncated ${what} at offset ${this.#offset}`)
    this.#offset++
    return byte
  }

  take(count: number, what: string): Uint8Array {
    if (this.#offset + count > this.bytes.length) {
      throw new Error(`truncated ${what}: wants ${count} bytes at offset ${this.#offset}`)
    }
    const slice = this.bytes.slice(this.#offset, this.#offset + count)
    this.#offset += count
    return slice
  }
}

const alignFromByte = (n: number): Align | undefined =>
  ({ 0: 'left', 48: 'left', 1: 'center', 49: 'center', 2: 'right', 50: 'right' })[n] as
    Align | undefined

export function decodeEscPos(bytes: Uint8Array, { columns }: DecodeOptions): DecodedEscPos {
  const reader = new Reader(bytes)
  const lines: string[] = []
  const events: DecodedEvent[] = []
  const qrData: string[] = []
  const rasters: DecodedRaster[] = []

  let page = 0
  let align: Align = 'left'
  let pending = ''
  let qr = { model: 2, moduleSize: 3, errorLevel: 'L', stored: undefined as Uint8Array | undefined }

  const emit = (event: DecodedEvent): void => {
    events.push(event)
  }
  const at = (): number => lines.length
  const placed = (text: string): string => {
    const room = columns - [...text].length
    if (text === '' || room <= 0 || align === 'left') return text
    return ' '.repeat(align === 'center' ? Math.floor(room / 2) : room) + text
  }
  const requireLineStart = (what: string): void => {
    if (pending !== '') throw new Error(`${what} in the middle of the line "${pending}"`)
  }
  const fail = (what: string, start: number): never => {
    const seen = Array.from(bytes.slice(start, reader.offset + 1), (byte) => hex(byte))
    throw new Error(`unknown command ${what} at offset ${start}: ${seen.join(' ')}`)
  }

  const readEsc = (start: number): void => {
    const command = reader.next('ESC command')
    if (command === 0x40) {
      pending = ''
      page = 0
      align = 'left'
      qr = { model: 2, moduleSize: 3, errorLevel: 'L', stored: undefined }
      emit({ type: 'init', atLine: at() })
    } else if (command === 0x74) {
      const n = reader.next('ESC t')
      page = n
      emit({ type: 'codepage', page: n, atLine: at() })
    } else if (command === 0x61) {
      const next = alignFromByte(reader.next('ESC a'))
      if (next === undefined) fail('ESC a with bad n', start)
      requireLineStart('ESC a')
      align = next ?? 'left'
      emit({ type: 'align', align, atLine: at() })
    } else if (command === 0x45) {
      emit({ type: 'bold', on: (reader.next('ESC E') & 1) === 1, atLine: at() })
    } else if (command === 0x64) {
      requireLineStart('ESC d')
      emit({ type: 'feed', lines: reader.next('ESC d'), atLine: at() })
    } else if (command === 0x70) {
      const m = reader.next('ESC p')
      const onUnits = reader.next('ESC p t1')
      const offUnits = reader.next('ESC p t2')
      const pin =
        m === 0 || m === 48 ? 2 : m === 1 || m === 49 ? 5 : fail('ESC p with bad m', start)
      emit({ type: 'drawer', pin, onMs: onUnits * 2, offMs: offUnits * 2, atLine: at() })
    } else {
      fail('ESC', start)
    }
  }

  const readQrFunction = (start: number): void => {
    const length = reader.next('GS ( k pL') | (reader.next('GS ( k pH') << 8)
    const payload = reader.take(length, 'GS ( k payload')
    const [cn, fn, first, second] = payload
    if (cn !== 49) fail(`GS ( k for symbol cn=${hex(cn)}`, start)
    if (fn === 65 && length === 4 && (first === 49 || first === 50) && second === 0) {
      qr.model = first - 48
    } else if (fn === 67 && length === 3 && first !== undefined && first >= 1 && first <= 16) {
      qr.moduleSize = first
    } else if (fn === 69 && length === 3 && first !== undefined && first >= 48 && first <= 51) {
      qr.errorLevel = 'LMQH'.charAt(first - 48)
    } else if (fn === 80 && length > 3 && first === 48) {
      qr.stored = payload.slice(3)
    } else if (fn === 81 && length === 3 && first === 48) {
      requireLineStart('QR print')
      if (qr.stored === undefined) throw new Error('QR print before any QR data was stored')
      const data = new TextDecoder('utf-8', { fatal: true }).decode(qr.stored)
      const { model, moduleSize, errorLevel } = qr
      emit({ type: 'qr', data, model, moduleSize, errorLevel, atLine: at() })
      qrData.push(data)
      lines.push(placed(`[QR ${data}]`))
    } else {
      fail(`GS ( k fn=${hex(fn)} length=${length}`, start)
    }
  }

  const readGs = (start: number): void => {
    const command = reader.next('GS command')
    if (command === 0x21) {
      const n = reader.next('GS !')
      const width = (n >> 4) + 1
      const height = (n & 0x0f) + 1
      if (width > 8 || height > 8) fail('GS ! with bad n', start)
      emit({ type: 'size', width, height, atLine: at() })
    } else if (command === 0x56) {
      requireLineStart('GS V')
      const m = reader.next('GS V')
      if (m === 65 || m === 66) {
        emit({ type: 'cut', partial: m === 66, feedUnits: reader.next('GS V n'), atLine: at() })
      } else if (m === 0 || m === 48 || m === 1 || m === 49) {
        emit({ type: 'cut', partial: m === 1 || m === 49, feedUnits: 0, atLine: at() })
      } else {
        fail('GS V with bad m', start)
      }
    } else if (command === 0x28) {
      if (reader.next('GS (') !== 0x6b) fail('GS (', start)
      readQrFunction(start)
    } else if (command === 0x76) {
      if (reader.next('GS v') !== 0x30) fail('GS v', start)
      const mode = reader.next('GS v 0 m')
      if (![0, 1, 2, 3, 48, 49, 50, 51].includes(mode)) fail('GS v 0 with bad m', start)
      const bytesPerRow = reader.next('GS v 0 xL') | (reader.next('GS v 0 xH') << 8)
      const height = reader.next('GS v 0 yL') | (reader.next('GS v 0 yH') << 8)
      if (bytesPerRow === 0 || height === 0) fail('GS v 0 with an empty image', start)
      requireLineStart('GS v 0')
      const data = reader.take(bytesPerRow * height, 'GS v 0 image')
      rasters.push({ width: bytesPerRow * 8, height, data })
      emit({ type: 'raster', width: bytesPerRow * 8, height, atLine: at() })
    } else {
      fail('GS', start)
    }
  }

  while (!reader.done) {
    const start = reader.offset
    const byte = reader.next('byte')
    if (byte === 0x0a) {
      lines.push(placed(pending))
      pending = ''
    } else if (byte === 0x1b) {
      readEsc(start)
    } else if (byte === 0x1d) {
      readGs(start)
    } else if (byte >= 0x20 && byte <= 0x7e) {
      pending += String.fromCharCode(byte)
    } else if (byte >= 0x80) {
      pending += decodeHighByte(byte, page)
    } else {
      fail(hex(byte), start)
    }
  }
  if (pending !== '') throw new Error(`text without a closing LF never prints: "${pending}"`)
  return { lines, events, qrData, rasters }
}
