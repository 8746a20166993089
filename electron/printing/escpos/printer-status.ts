import { statusRequest } from './commands'

export type StatusQuery = 'printer' | 'paper'

/** DLE EOT n: n = 1 asks for the printer status, n = 4 for the paper roll sensor. */
export function encodeStatusRequest(query: StatusQuery = 'paper'): Uint8Array {
  return statusRequest(query === 'printer' ? 1 : 4)
}

export type PaperState = 'ok' | 'near-end' | 'paper-out'

export interface PaperStatus {
  state: PaperState
  nearEnd: boolean
  paperOut: boolean
}

// Every DLE EOT reply has bit 1 and bit 4 set and bits 0 and 7 clear; anything else is a
// stray byte from the serial line, not a status.
const FIXED_MASK = 0b1001_0011
const FIXED_VALUE = 0b0001_0010

function checkStatusByte(byte: number): void {
  if (!Number.isInteger(byte) || byte < 0 || byte > 0xff || (byte & FIXED_MASK) !== FIXED_VALUE) {
    throw new RangeError(`Not a DLE EOT status byte: ${byte}`)
  }
}

/** Reply to DLE EOT 4: bits 2-3 = roll near its end, bits 5-6 = roll has run out. */
export function parsePaperStatus(byte: number): PaperStatus {
  checkStatusByte(byte)
  const nearEnd = (byte & 0b0000_1100) !== 0
  const paperOut = (byte & 0b0110_0000) !== 0
  const state: PaperState = paperOut ? 'paper-out' : nearEnd ? 'near-end' : 'ok'
  return { state, nearEnd, paperOut }
}

export interface PrinterStatus {
  online: boolean
  /** Level of drawer connector pin 3; which level means "open" depends on the drawer. */
  drawerSensorHigh: boolean
  waitingForOnlineRecovery: boolean
  feedButtonPressed: boolean
}

/** Reply to DLE EOT 1. */
export function parsePrinterStatus(byte: number): PrinterStatus {
  checkStatusByte(byte)
  return {
    online: (byte & 0b0000_1000) === 0,
    drawerSensorHigh: (byte & 0b0000_0100) !== 0,
    waitingForOnlineRecovery: (byte & 0b0010_0000) !== 0,
    feedButtonPressed: (byte & 0b0100_0000) !== 0,
  }
}
