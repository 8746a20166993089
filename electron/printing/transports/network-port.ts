import { createConnection, isIPv6 } from 'node:net'
import type { Socket } from 'node:net'
import { encodeStatusRequest, parsePaperStatus } from '../escpos/printer-status'
import type { PaperStatus } from '../escpos/printer-status'
import { errnoOf, PrinterError } from '../printer-port'
import type { PrinterPort, SendOptions } from '../printer-port'

/** Errors that mean "nobody there": wrong address, printer off, cable out, no route. */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EADDRNOTAVAIL',
])

/** How long a finished job keeps its socket open for the printer to close its side first. */
const LINGER_MS = 1500

export function socketFailure(error: unknown, target: string): PrinterError {
  const code = errnoOf(error)
  if (UNREACHABLE.has(code)) return new PrinterError('PRINTER_UNREACHABLE', { target, cause: code })
  if (code === 'ETIMEDOUT') return new PrinterError('PRINTER_TIMEOUT', { target })
  return new PrinterError('PRINTER_FAILED', { target, detail: code })
}

const closedEarly = (target: string) =>
  new PrinterError('PRINTER_UNREACHABLE', { target, cause: 'CLOSED' })

function connect(host: string, port: number, target: string, timeoutMs: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = createConnection({ host, port })
    const fail = (error: PrinterError) => {
      clearTimeout(timer)
      socket.destroy()
      reject(error)
    }
    const timer = setTimeout(() => fail(new PrinterError('PRINTER_TIMEOUT', { target })), timeoutMs)
    socket.once('error', (error) => fail(socketFailure(error, target)))
    socket.once('connect', () => {
      clearTimeout(timer)
      socket.removeAllListeners('error')
      resolve(socket)
    })
  })
}

/**
 * Closes politely: our FIN is sent, and the socket stays readable until the printer closes
 * its side. Destroying at once could answer a late status byte with a TCP reset, and some
 * printers drop the unprinted tail of their buffer on a reset.
 */
function linger(socket: Socket): void {
  const timer = setTimeout(() => socket.destroy(), LINGER_MS)
  timer.unref()
  socket.once('close', () => clearTimeout(timer))
  socket.on('error', () => socket.destroy())
  socket.resume()
  if (!socket.writableEnded) socket.end()
}

/**
 * Runs one exchange on a fresh socket with a deadline. `attach` wires the listeners and calls
 * `done` or `fail`; after either, late events are ignored and the socket lingers or dies.
 */
function exchange<T>(
  socket: Socket,
  target: string,
  timeoutMs: number,
  attach: (done: (value: T) => void, fail: (error: PrinterError) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false
    const timer = setTimeout(() => fail(new PrinterError('PRINTER_TIMEOUT', { target })), timeoutMs)
    function done(value: T) {
      if (settled) return
      settled = true
      clearTimeout(timer)
      linger(socket)
      resolve(value)
    }
    function fail(error: PrinterError) {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      reject(error)
    }
    socket.on('error', (error) => fail(socketFailure(error, target)))
    attach(done, fail)
  })
}

export interface NetworkPortOptions {
  host: string
  port: number
}

export const networkTarget = ({ host, port }: NetworkPortOptions): string =>
  isIPv6(host) ? `[${host}]:${port}` : `${host}:${port}`

/**
 * Raw TCP to a network receipt printer (port 9100, "JetDirect"). The printer reads ESC/POS
 * straight off the socket. Connect, write and reply each have the caller's deadline.
 */
export function createNetworkPort(options: NetworkPortOptions): PrinterPort {
  const target = networkTarget(options)
  return {
    target,

    async send(bytes: Uint8Array, { timeoutMs }: SendOptions): Promise<void> {
      const socket = await connect(options.host, options.port, target, timeoutMs)
      await exchange<void>(socket, target, timeoutMs, (done, fail) => {
        let flushed = false
        // Unsolicited status bytes (Epson ASB) are read and dropped.
        socket.on('data', () => {})
        // A printer that hangs up before taking the job did not print it.
        socket.once('end', () => {
          if (!flushed) fail(closedEarly(target))
        })
        socket.once('finish', () => {
          flushed = true
          done()
        })
        socket.end(bytes)
      })
    },

    async status({ timeoutMs }: SendOptions): Promise<PaperStatus> {
      const socket = await connect(options.host, options.port, target, timeoutMs)
      return exchange<PaperStatus>(socket, target, timeoutMs, (done, fail) => {
        socket.on('data', (chunk: Buffer) => {
          for (const byte of chunk) {
            try {
              done(parsePaperStatus(byte))
              return
            } catch {
              // Not a status byte (an ASB block or line noise): keep waiting for one.
            }
          }
        })
        socket.once('end', () => fail(closedEarly(target)))
        socket.write(encodeStatusRequest('paper'))
      })
    },
  }
}
