import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Err } from '../../shared/result'
import { isPushTopic } from '../../shared/push/topics'
import type { TopicHub } from '../services/push/topic-hub'
import { topicKeyMatches } from './topic-key'

export const EVENTS_PREFIX = '/events/'
/** A comment line now and then, so a stream idle between sales is not taken for dead. */
const HEARTBEAT_MS = 20_000

export interface EventStreamOptions {
  token: string
  push: TopicHub
  refuse: (res: ServerResponse, status: number, code: Err['code']) => Promise<void>
  heartbeatMs?: number
}

/**
 * Browser mode's push channel: `GET /events/<topic>?key=<topic key>` as server-sent events
 * (EventSource cannot send headers, hence the key in the query; the bridge has already
 * checked Host and Origin). The latest value comes first, then each new one. The stream only
 * sends: nothing a client writes to it is read.
 */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  options: EventStreamOptions,
): Promise<void> {
  if (req.method !== 'GET') return options.refuse(res, 405, 'BAD_REQUEST')
  const topic = decodeURIComponent(url.pathname.slice(EVENTS_PREFIX.length))
  if (!isPushTopic(topic)) return options.refuse(res, 404, 'NOT_FOUND')
  if (!topicKeyMatches(url.searchParams.get('key'), options.token, topic)) {
    return options.refuse(res, 401, 'UNAUTHORIZED')
  }
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'keep-alive',
  })
  res.write('retry: 2000\n\n')
  const unsubscribe = options.push.subscribe(topic, (value) => {
    res.write(`data: ${JSON.stringify(value)}\n\n`)
  })
  const heartbeat = setInterval(
    () => res.write(': keep-alive\n\n'),
    options.heartbeatMs ?? HEARTBEAT_MS,
  )
  heartbeat.unref()
  return new Promise<void>((resolve) => {
    res.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      resolve()
    })
  })
}
