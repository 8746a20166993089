import { mkdirSync, writeFileSync } from 'node:fs'
import { createServer, request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBridgeHandler } from '../../electron/web/web-bridge'
import { tableCounts } from '../helpers/builders'
import { createTestCore, type TestCore } from '../helpers/test-core'

const TOKEN = 'a'.repeat(48)

interface Reply {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function send(
  port: number,
  path: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: opts.method ?? 'POST', headers: opts.headers ?? {} },
      (res) => {
        let body = ''
        res.on('data', (c: Buffer) => (body += c.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

describe('browser-mode HTTP bridge', () => {
  let core: TestCore
  let server: Server
  let port: number
  const api = (channel: string, body: string, headers: Record<string, string> = {}) =>
    send(port, `/api/${channel}`, {
      body,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${TOKEN}`,
        host: `127.0.0.1:${port}`,
        ...headers,
      },
    })

  beforeEach(async () => {
    core = await createTestCore()
    const rendererDir = join(core.dataDir, 'renderer')
    mkdirSync(rendererDir)
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Etalase</title>')
    writeFileSync(join(core.dataDir, 'secret.txt'), 'do not serve')
    const handler = createBridgeHandler({ core, token: TOKEN, rendererDir, port: () => port })
    server = createServer((req, res) => void handler(req, res))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    port = (server.address() as AddressInfo).port
  })
  afterEach(async () => {
    await new Promise((r) => server.close(r))
    await core.dispose()
  })

  it('answers a valid call with the router result', async () => {
    const reply = await api('app:info', '{}')
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: true, data: { deviceCode: 'KSG1' } })
  })

  it('refuses a call without the token, or with a wrong one, and changes nothing', async () => {
    const before = await tableCounts(core)
    const body = JSON.stringify({ name: 'Baru' })
    for (const authorization of ['', 'Bearer nope', `Bearer ${'b'.repeat(48)}`]) {
      const reply = await api('catalog:addCategory', body, { authorization })
      expect(reply.status).toBe(401)
      expect(JSON.parse(reply.body)).toMatchObject({
        ok: false,
        code: 'UNAUTHORIZED',
        message: 'Sesi tidak sah. Muat ulang aplikasi.',
      })
    }
    expect(await tableCounts(core)).toEqual(before)
  })

  it('refuses malformed bodies with a clear error and changes nothing', async () => {
    const before = await tableCounts(core)
    const bad = await api('catalog:addCategory', '{"name": "Bat')
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, code: 'BAD_REQUEST' })
    const wrongType = await api('catalog:addCategory', 'name=Batik', {
      'content-type': 'text/plain',
    })
    expect(wrongType.status).toBe(415)
    const huge = await api('catalog:addCategory', JSON.stringify({ name: 'x'.repeat(2_000_000) }))
    expect(huge.status).toBe(413)
    const invalid = await api('catalog:addCategory', JSON.stringify({ name: 5 }))
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(await tableCounts(core)).toEqual(before)
  })

  it('refuses a foreign Host (DNS rebinding) or a foreign Origin', async () => {
    expect((await api('app:info', '{}', { host: 'evil.example:80' })).status).toBe(421)
    expect((await api('app:info', '{}', { origin: 'http://evil.example' })).status).toBe(403)
    expect((await api('app:info', '{}', { origin: `http://127.0.0.1:${port}` })).status).toBe(200)
  })

  it('serves the renderer with the CSP header and nothing outside its folder', async () => {
    const page = await send(port, '/', { method: 'GET', headers: { host: `127.0.0.1:${port}` } })
    expect(page.status).toBe(200)
    expect(page.body).toContain('<title>Etalase</title>')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    const escape = await send(port, '/..%2fsecret.txt', {
      method: 'GET',
      headers: { host: `127.0.0.1:${port}` },
    })
    expect(escape.body).not.toContain('do not serve')
    const getApi = await send(port, '/api/app:info', {
      method: 'GET',
      headers: { host: `127.0.0.1:${port}` },
    })
    expect(getApi.status).toBe(405)
  })
})
