import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { PrinterError } from '../../../electron/printing/printer-port'
import {
  createNetworkPort,
  networkTarget,
  socketFailure,
} from '../../../electron/printing/transports/network-port'
import {
  closedPort,
  PAPER_NEAR_END,
  PAPER_OK,
  PAPER_OUT,
  startFakePrinter,
  type FakePrinter,
} from '../../helpers/fake-printer'
import { GENEROUS_BOUND_MS } from '../../helpers/hang-bound'

const TIMEOUT = { timeoutMs: 300 }

async function failure(promise: Promise<unknown>): Promise<PrinterError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof PrinterError) return error
    throw error
  }
  throw new Error('expected a PrinterError')
}

describe('network printer port (raw TCP 9100)', () => {
  let printer: FakePrinter
  beforeEach(async () => (printer = await startFakePrinter()))
  afterEach(async () => printer.close())

  const port = () => createNetworkPort({ host: printer.host, port: printer.port })

  it('sends every byte on one connection and closes it', async () => {
    const bytes = Uint8Array.from({ length: 200_000 }, (_, i) => (i * 7) % 251)
    await port().send(bytes, { timeoutMs: 2000 })
    expect(await printer.connections[0]!.closed).toEqual(bytes)
    expect(printer.connections).toHaveLength(1)
  })

  it.each([
    [PAPER_OK, 'ok'],
    [PAPER_NEAR_END, 'near-end'],
    [PAPER_OUT, 'paper-out'],
  ] as const)('status byte %i reads as %s', async (byte, state) => {
    printer.setPaperStatus(byte)
    expect((await port().status!(TIMEOUT)).state).toBe(state)
    expect(await printer.connections[0]!.closed).toEqual(Uint8Array.of(0x10, 0x04, 0x04))
  })

  it('skips bytes that are not a status reply (automatic status blocks, noise)', async () => {
    const server = createServer((socket) => {
      socket.on('error', () => {})
      socket.once('data', () => socket.write(Uint8Array.of(0x00, 0xff, 0x12 | 0x0c | 0x60)))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port: noisy } = server.address() as AddressInfo
    const status = await createNetworkPort({ host: '127.0.0.1', port: noisy }).status!(TIMEOUT)
    expect(status).toEqual({ state: 'paper-out', nearEnd: true, paperOut: true })
    server.close()
  })

  it('connection refused: PRINTER_UNREACHABLE with host:port and the cause', async () => {
    const dead = await closedPort()
    const error = await failure(
      createNetworkPort({ host: '127.0.0.1', port: dead }).send(Uint8Array.of(1), TIMEOUT),
    )
    expect(error.code).toBe('PRINTER_UNREACHABLE')
    expect(error.params).toEqual({ target: `127.0.0.1:${dead}`, cause: 'ECONNREFUSED' })
  })

  it('a printer that hangs up before answering is unreachable, not a success', async () => {
    printer.setMode('refuse')
    const error = await failure(port().status!(TIMEOUT))
    expect(error).toMatchObject({ code: 'PRINTER_UNREACHABLE', params: { cause: 'CLOSED' } })
  })

  it('a printer that never reads times out within the deadline', async () => {
    printer.setMode('hang')
    const started = Date.now()
    const error = await failure(port().status!(TIMEOUT))
    expect(error).toMatchObject({
      code: 'PRINTER_TIMEOUT',
      params: { target: networkTarget(printer) },
    })
    expect(Date.now() - started, 'cut off by the deadline, not hung').toBeLessThan(
      GENEROUS_BOUND_MS,
    )
  })

  it('an unanswered status request times out', async () => {
    printer.setPaperStatus(null)
    await expect(port().status!(TIMEOUT)).rejects.toMatchObject({ code: 'PRINTER_TIMEOUT' })
  })

  it('a host that does not answer the connect times out', async () => {
    // TEST-NET-1 (RFC 5737) is never routed: the SYN goes nowhere (or the OS says no route).
    const error = await failure(
      createNetworkPort({ host: '192.0.2.1', port: 9100 }).send(Uint8Array.of(1), TIMEOUT),
    )
    expect(['PRINTER_TIMEOUT', 'PRINTER_UNREACHABLE']).toContain(error.code)
    expect(error.params.target).toBe('192.0.2.1:9100')
  })

  it('maps socket errors to stable codes', () => {
    const target = 'printer:9100'
    const err = (code: string) => Object.assign(new Error(code), { code })
    expect(socketFailure(err('EHOSTUNREACH'), target)).toMatchObject({
      code: 'PRINTER_UNREACHABLE',
      params: { target, cause: 'EHOSTUNREACH' },
    })
    expect(socketFailure(err('ENOTFOUND'), target).code).toBe('PRINTER_UNREACHABLE')
    expect(socketFailure(err('ETIMEDOUT'), target).code).toBe('PRINTER_TIMEOUT')
    expect(socketFailure(err('ECONNRESET'), target)).toMatchObject({
      code: 'PRINTER_FAILED',
      params: { detail: 'ECONNRESET' },
    })
    expect(networkTarget({ host: 'fe80::1', port: 9100 })).toBe('[fe80::1]:9100')
  })
})
