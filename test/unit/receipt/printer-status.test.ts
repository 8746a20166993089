import { describe, expect, it } from 'vitest'
import {
  encodeStatusRequest,
  parsePaperStatus,
  parsePrinterStatus,
} from '../../../electron/printing/escpos/printer-status'

describe('printer status', () => {
  it('asks with DLE EOT 4 for paper and DLE EOT 1 for the printer', () => {
    expect([...encodeStatusRequest()]).toEqual([0x10, 0x04, 4])
    expect([...encodeStatusRequest('paper')]).toEqual([0x10, 0x04, 4])
    expect([...encodeStatusRequest('printer')]).toEqual([0x10, 0x04, 1])
  })

  it.each([
    [0x12, { state: 'ok', nearEnd: false, paperOut: false }],
    [0x1e, { state: 'near-end', nearEnd: true, paperOut: false }],
    [0x72, { state: 'paper-out', nearEnd: false, paperOut: true }],
    [0x7e, { state: 'paper-out', nearEnd: true, paperOut: true }],
  ] as const)('reads paper byte 0x%s', (byte, expected) => {
    expect(parsePaperStatus(byte)).toEqual(expected)
  })

  it('reads the printer byte', () => {
    expect(parsePrinterStatus(0x12)).toEqual({
      online: true,
      drawerSensorHigh: false,
      waitingForOnlineRecovery: false,
      feedButtonPressed: false,
    })
    expect(parsePrinterStatus(0x1a).online).toBe(false)
    expect(parsePrinterStatus(0x16).drawerSensorHigh).toBe(true)
  })

  it.each([0x00, 0xff, 0x13, 0x92, 256, -1])(
    'rejects 0x%s, which no status reply can be',
    (byte) => {
      expect(() => parsePaperStatus(byte)).toThrow(RangeError)
      expect(() => parsePrinterStatus(byte)).toThrow(RangeError)
    },
  )
})
