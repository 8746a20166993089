import { Agent, createServer, request } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Core } from '../../electron/core/start-core'
import { createBridgeHandler } from '../../electron/web/web-bridge'

/**
 * Browser mode's HTTP bridge over the bench's own core, on loopback, with a Node client that
 * keeps its connection open as a browser does: what a call costs between the page's fetch and
 * the router (HTTP parsing, token, body, the caller, the JSON answer), without Chromium.
 */
export async function startBridge(core: Pick<Core, 'route' | 'currentCaller'>) {
  const token = 'b'.repeat(48)
  let port = 0
  const handle = createBridgeHandler({ core, token, rendererDir: '/nonexistent', port: () => port })
  const server = createServer((req, res) => {
    handle(req, res).catch(() => res.writeHead(500).end())
  })
  // Idle gaps between bench sections must not close the kept connection under the client.
  server.keepAliveTimeout = 10 * 60_000
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  port = (server.address() as AddressInfo).port
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })

  const call = (channel: string, input: unknown) =>
    new Promise<unknown>((resolve, reject) => {
      const body = JSON.stringify(input)
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: `/api/${encodeURIComponent(channel)}`,
          method: 'POST',
          agent,
          headers: {
            host: `127.0.0.1:${port}`,
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'content-length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
              ok: boolean
              data?: unknown
              code?: string
            }
            if (result.ok) resolve(result.data)
            else reject(new Error(`${channel} over the bridge failed: ${result.code}`))
          })
        },
      )
      req.on('error', reject)
      req.end(body)
    })

  return {
    call,
    close: async () => {
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
