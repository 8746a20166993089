import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'
import { errorMessage } from '../../shared/error-messages'
import type { Err } from '../../shared/result'
import type { Core } from '../core/start-core'
import type { CallOptions } from '../ipc/caller'
import type { TopicHub } from '../services/push/topic-hub'
import { EVENTS_PREFIX, streamEvents } from './event-stream'
import { readStatic } from './static-files'

const MAX_BODY_BYTES = 1_000_000

export interface BridgeOptions {
  /** The running core, or the recovery core: the bridge only routes. */
  core: Pick<Core, 'route' | 'currentCaller'>
  token: string
  rendererDir: string
  port: () => number
  /** Main's push channel, served as server-sent events under /events/ (absent: 404). */
  push?: TopicHub
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(json)
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '')
  const expected = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}

/** Reads the body; an oversized one is drained (so the client gets our 413) and dropped. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > MAX_BODY_BYTES) {
    req.resume()
    return null
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size <= MAX_BODY_BYTES) chunks.push(chunk as Buffer)
  }
  return size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')
}

/**
 * Browser mode: the same router as Electron, behind HTTP on loopback. Every API call needs
 * the per-run token; the Host header must be loopback (no DNS rebinding), and a foreign
 * Origin is refused.
 */
export function createBridgeHandler(options: BridgeOptions) {
  const { core, token } = options

  const refuse = async (res: ServerResponse, status: number, code: Err['code']) => {
    const { locale } = await core.currentCaller()
    send(res, status, { ok: false, code, message: errorMessage(code, locale) } satisfies Err)
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host ?? ''
    const allowedHosts = [`127.0.0.1:${options.port()}`, `localhost:${options.port()}`]
    if (!allowedHosts.includes(host)) return refuse(res, 421, 'BAD_REQUEST')
    const origin = req.headers.origin
    if (origin && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'FORBIDDEN')
    }
    const url = new URL(req.url ?? '/', `http://${host}`)

    if (url.pathname.startsWith(EVENTS_PREFIX) && options.push) {
      return streamEvents(req, res, url, { token, push: options.push, refuse })
    }

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return refuse(res, 405, 'BAD_REQUEST')
      if (!tokenMatches(req.headers.authorization, token)) return refuse(res, 401, 'UNAUTHORIZED')
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return refuse(res, 415, 'BAD_REQUEST')
      }
      const text = await readBody(req)
      if (text === null) return refuse(res, 413, 'BAD_REQUEST')
      let input: unknown
      try {
        input = text.length === 0 ? {} : JSON.parse(text)
      } catch {
        return refuse(res, 400, 'BAD_REQUEST')
      }
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      // Single-use approval grants travel in their own header, beside the input they
      // authorise (comma-separated); the window's language in another (the router checks both).
      const callOptions: Record<string, unknown> = {}
      const grants = req.headers['x-etalase-grants']
      if (typeof grants === 'string') callOptions.grants = grants.split(',')
      const locale = req.headers['x-etalase-locale']
      if (typeof locale === 'string') callOptions.locale = locale
      const result = await core.route(
        channel,
        input,
        await core.currentCaller(),
        callOptions as CallOptions,
      )
      return send(res, 200, result)
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'BAD_REQUEST')
    const file =
      (await readStatic(options.rendererDir, url.pathname)) ??
      (await readStatic(options.rendererDir, '/'))
    if (!file) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'content-type': file.contentType,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    })
    res.end(req.method === 'HEAD' ? undefined : file.body)
  }
}
