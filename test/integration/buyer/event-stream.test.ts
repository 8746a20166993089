import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, request, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { channelNames } from '../../../shared/channels'
import { buyerScreenPath, topicKey } from '../../../electron/web/topic-key'
import { createBridgeHandler } from '../../../electron/web/web-bridge'
import { saleId, stockedProduct, tableCounts } from '../../helpers/builders'
import { createTestCore, type TestCore } from '../../helpers/test-core'

const TOKEN = 'c'.repeat(48)

interface Reply {
  status: number
  headers: IncomingMessage['headers']
  body: string
}

/** One request; an event stream is read until `until` is seen in it, then closed. */
function send(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string; until?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: opts.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...opts.headers },
      },
      (res) => {
        let body = ''
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body })
        res.on('data', (c: Buffer) => {
          body += c.toString()
          if (opts.until && body.includes(opts.until)) {
            done()
            req.destroy()
          }
        })
        res.on('end', done)
      },
    )
    req.on('error', (error) => (req.destroyed ? undefined : reject(error)))
    req.end(opts.body)
  })
}

describe('browser mode: server-sent events for the buyer screen', () => {
  let core: TestCore
  let server: Server
  let port: number
  const buyerKey = topicKey(TOKEN, 'buyer-display')

  beforeEach(async () => {
    core = await createTestCore()
    const rendererDir = join(core.dataDir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Etalase</title>')
    const handler = createBridgeHandler({
      core,
      token: TOKEN,
      rendererDir,
      port: () => port,
      push: core.push,
    })
    server = createServer((req, res) => void handler(req, res))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterEach(async () => {
    server.closeAllConnections()
    await new Promise((r) => server.close(r))
    await core.dispose()
  })

  it('the key is HMAC(token, topic), and the buyer path carries it', () => {
    expect(buyerKey).toMatch(/^[0-9a-f]{64}$/)
    expect(buyerKey).not.toContain(TOKEN)
    expect(buyerScreenPath(TOKEN)).toBe(`/#/pembeli?key=${buyerKey}`)
  })

  it('streams the latest state first, then each change as the till saves its cart', async () => {
    const product = await stockedProduct(core, 5, { name: 'Tas Anyaman Rotan', price: 27500 })
    const stream = send(port, `/events/buyer-display?key=${buyerKey}`, { until: 'Tas Anyaman' })
    // Give the stream a moment to deliver the greeting before the cart changes.
    await new Promise((r) => setTimeout(r, 100))
    await core.must('till:saveCart', {
      cart: {
        id: saleId(),
        lines: [
          {
            productId: product.id,
            name: product.name,
            sku: product.sku,
            qty: 2,
            listPrice: 27500,
            unitPrice: 27500,
          },
        ],
      },
    })
    const reply = await stream
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/event-stream; charset=utf-8')
    expect(reply.headers['cache-control']).toBe('no-store')
    const events = reply.body
      .split('\n\n')
      .filter((block) => block.startsWith('data: '))
      .map((block) => JSON.parse(block.slice('data: '.length)) as { phase: string })
    expect(events[0]).toMatchObject({ phase: 'welcome' })
    expect(events.at(-1)).toMatchObject({
      phase: 'cart',
      lines: [{ name: 'Tas Anyaman Rotan', qty: 2, amount: 55000 }],
      total: 55000,
    })
  })

  it('refuses a stream without the key, with a wrong key, or with the run token itself', async () => {
    for (const query of ['', '?key=', `?key=${'0'.repeat(64)}`, `?key=${TOKEN}`]) {
      const reply = await send(port, `/events/buyer-display${query}`)
      expect(reply.status, query).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' })
    }
  })

  it('refuses an unknown topic and any method but GET', async () => {
    expect((await send(port, `/events/other?key=${buyerKey}`)).status).toBe(404)
    expect((await send(port, `/events/__proto__?key=${buyerKey}`)).status).toBe(404)
    const post = await send(port, `/events/buyer-display?key=${buyerKey}`, { method: 'POST' })
    expect(post.status).toBe(405)
  })

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin, even with the key', async () => {
    const path = `/events/buyer-display?key=${buyerKey}`
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`]) {
      expect((await send(port, path, { headers: { host } })).status, host).toBe(421)
    }
    const origin = await send(port, path, { headers: { origin: 'http://evil.example' } })
    expect(origin.status).toBe(403)
  })

  it('the buyer key cannot call a single API channel, and nothing is written', async () => {
    const before = await tableCounts(core)
    const replies = await Promise.all(
      channelNames.map((channel) =>
        send(port, `/api/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${buyerKey}` },
          body: '{}',
        }),
      ),
    )
    for (const [i, reply] of replies.entries()) {
      expect(reply.status, channelNames[i]).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, code: 'UNAUTHORIZED' })
    }
    expect(await tableCounts(core)).toEqual(before)
  })

  it('many streams at once all get the same state, and closed ones are let go', async () => {
    const streams = await Promise.all(
      Array.from({ length: 12 }, () =>
        send(port, `/events/buyer-display?key=${buyerKey}`, { until: '"phase":"welcome"' }),
      ),
    )
    for (const reply of streams) expect(reply.body).toContain('"phase":"welcome"')
    await expect.poll(() => core.push.subscriberCount('buyer-display')).toBe(0)
  })
})
