import { describe, expect, it } from 'vitest'
import { decodeEscPos } from '../../helpers/escpos-decoder'

// Hand-written byte streams: the decoder is checked here without the encoder, so the receipt
// tests that rely on it are not grading the encoder with its own homework.
const ESC = 0x1b
const GS = 0x1d
const text = (value: string): number[] => Array.from(value, (char) => char.charCodeAt(0))
const decode = (bytes: number[], columns = 32) => decodeEscPos(Uint8Array.from(bytes), { columns })

const INIT = [ESC, 0x40]
const LF = [0x0a]
const codePage = (n: number): number[] => [ESC, 0x74, n]
const align = (n: number): number[] => [ESC, 0x61, n]
const bold = (n: number): number[] => [ESC, 0x45, n]
const size = (n: number): number[] => [GS, 0x21, n]
const qrFn = (...payload: number[]): number[] => [GS, 0x28, 0x6b, payload.length, 0, ...payload]

describe('decodeEscPos', () => {
  it('reads text, alignment and styles the way the paper shows them', () => {
    const decoded = decode(
      [
        ...[...INIT, ...codePage(19)],
        ...[...align(1), ...bold(1), ...size(0x01), ...text('Galeri'), ...LF],
        ...[...align(2), ...bold(0), ...size(0x00), ...text('kanan'), ...LF],
        ...[...align(0), ...text('Caf'), 0x82, ...LF, ...LF],
      ],
      10,
    )
    expect(decoded.lines).toEqual(['  Galeri', '     kanan', 'Café', ''])
    expect(decoded.events.map((event) => event.type).join(' ')).toBe(
      'init codepage align bold size align bold size align',
    )
    expect(decoded.events[4]).toEqual({ type: 'size', width: 1, height: 2, atLine: 0 })
  })

  it('reads QR, raster, drawer and cut commands', () => {
    const data = text('KSG1-1')
    const decoded = decode([
      ...INIT,
      ...[ESC, 0x70, 0, 25, 250],
      ...[GS, 0x76, 0x30, 0, 1, 0, 2, 0, 0xf0, 0x0f],
      ...qrFn(49, 65, 50, 0),
      ...qrFn(49, 67, 6),
      ...qrFn(49, 69, 49),
      ...qrFn(49, 80, 48, ...data),
      ...qrFn(49, 81, 48),
      ...[GS, 0x56, 66, 0],
    ])
    expect(decoded.qrData).toEqual(['KSG1-1'])
    expect(decoded.lines).toEqual(['[QR KSG1-1]'])
    expect(decoded.rasters).toEqual([{ width: 8, height: 2, data: Uint8Array.from([0xf0, 0x0f]) }])
    expect(decoded.events).toEqual([
      { type: 'init', atLine: 0 },
      { type: 'drawer', pin: 2, onMs: 50, offMs: 500, atLine: 0 },
      { type: 'raster', width: 8, height: 2, atLine: 0 },
      { type: 'qr', data: 'KSG1-1', model: 2, moduleSize: 6, errorLevel: 'M', atLine: 0 },
      { type: 'cut', partial: true, feedUnits: 0, atLine: 1 },
    ])
  })

  it('has a full 128-character upper half for both code pages', () => {
    for (const page of [16, 19]) {
      const high = Array.from({ length: 128 }, (_, i) => 0x80 + i).filter(
        (byte) => page === 19 || ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(byte),
      )
      const [line] = decode([ESC, 0x74, page, ...high, 0x0a], 1_000).lines
      expect([...(line ?? '')]).toHaveLength(high.length)
    }
  })

  it.each([
    ['a stray NUL', [0x00]],
    ['an unknown ESC command', [ESC, 0x5a]],
    ['an unknown GS command', [GS, 0x6b, 73, 1, 0x41]],
    ['a truncated command', [GS, 0x56]],
    ['DEL', [0x7f]],
    ['a high byte before any code page is chosen', [ESC, 0x40, 0x82, 0x0a]],
    ['a byte 1252 leaves undefined', [ESC, 0x74, 16, 0x81, 0x0a]],
    ['text that never gets its LF', [...text('Rp 15.000')]],
    ['a cut in the middle of a line', [...text('x'), GS, 0x56, 66, 0]],
    ['a QR print with nothing stored', [GS, 0x28, 0x6b, 3, 0, 49, 81, 48]],
    ['an unsupported code page with text', [ESC, 0x74, 0, 0xa0, 0x0a]],
  ])('throws on %s', (_, bytes) => {
    expect(() => decode(bytes)).toThrow()
  })
})
