import { createServer } from 'node:net'
import type { AddressInfo, Socket } from 'node:net'

/** Replies of DLE EOT 4 (paper roll sensor). */
export const PAPER_OK = 0x12
export const PAPER_NEAR_END = 0x1e
export const PAPER_OUT = 0x72

/**
 * `accept`: reads everything and answers status requests; `refuse`: accepts and hangs up at
 * once (a printer busy with another host); `hang`: accepts and never reads or answers (a
 * printer stuck with its cover open or its buffer full).
 */
export type FakePrinterMode = 'accept' | 'refuse' | 'hang'

export interface FakeConnection {
  /** Every byte received so far on this connection. */
  bytes(): Uint8Array
  /** Resolves with all the bytes once the client has closed the connection. */
  closed: Promise<Uint8Array>
}

export interface FakePrinter {
  host: string
  port: number
  connections: FakeConnection[]
  setMode(mode: FakePrinterMode): void
  /** The byte sent back for DLE EOT 4; null: status requests are read but never answered. */
  setPaperStatus(byte: number | null): void
  /** Waits until at least `count` connections have been closed by the client. */
  closedConnections(count: number, timeoutMs?: number): Promise<Uint8Array[]>
  close(): Promise<void>
}

const DLE = 0x10
const EOT = 0x04

/** A receipt printer on 127.0.0.1 (port 0: the OS picks a free one) that records all it gets. */
export async function startFakePrinter(
  options: { mode?: FakePrinterMode; paperStatus?: number | null } = {},
): Promise<FakePrinter> {
  let mode: FakePrinterMode = options.mode ?? 'accept'
  let paperStatus: number | null =
    options.paperStatus === undefined ? PAPER_OK : options.paperStatus
  const connections: FakeConnection[] = []
  const sockets = new Set<Socket>()
  const closedBytes: Uint8Array[] = []
  const waiters: Array<() => void> = []

  const server = createServer((socket) => {
    sockets.add(socket)
    const chunks: Buffer[] = []
    const bytes = () => new Uint8Array(Buffer.concat(chunks))
    const closed = new Promise<Uint8Array>((resolve) => {
      socket.once('close', () => {
        sockets.delete(socket)
        const all = bytes()
        closedBytes.push(all)
        resolve(all)
        for (const wake of waiters.splice(0)) wake()
      })
    })
    connections.push({ bytes, closed })
    socket.on('error', () => {})
    if (mode === 'refuse') {
      socket.destroy()
      return
    }
    if (mode === 'hang') {
      socket.pause()
      return
    }
    // DLE EOT n may arrive split across chunks: scan the whole stream, answering each once.
    let scanned = 0
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      const all = Buffer.concat(chunks)
      for (; scanned + 2 < all.length; scanned++) {
        if (all[scanned] !== DLE || all[scanned + 1] !== EOT) continue
        const n = all[scanned + 2]
        if (n === 4 && paperStatus !== null) socket.write(Uint8Array.of(paperStatus))
        if (n === 1) socket.write(Uint8Array.of(0x12))
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    host: '127.0.0.1',
    port,
    connections,
    setMode: (next) => (mode = next),
    setPaperStatus: (byte) => (paperStatus = byte),
    async closedConnections(count, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs
      while (closedBytes.length < count) {
        const left = deadline - Date.now()
        if (left <= 0) throw new Error(`only ${closedBytes.length} of ${count} connections closed`)
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left)
          waiters.push(() => {
            clearTimeout(timer)
            resolve()
          })
        })
      }
      return [...closedBytes]
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A loopback port with nothing listening: connecting to it is refused (ECONNREFUSED). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
