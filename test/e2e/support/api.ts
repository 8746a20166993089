import type { Channel, InputOf, OutputOf } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { ChannelCall } from '../../helpers/receive-stock'
import type { WebApp } from './web-app'

/**
 * Calls a channel on the test's own server, as the renderer does: arranges data the spec
 * is not about and checks what was recorded. Throws with the error code and message when
 * the call is refused, so a failed arrangement is obvious.
 */
export async function apiCall<C extends Channel>(
  web: Pick<WebApp, 'port' | 'token'>,
  channel: C,
  input: InputOf<C>,
): Promise<OutputOf<C>> {
  const response = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${web.token}` },
    body: JSON.stringify(input),
  })
  const result = (await response.json()) as Result<OutputOf<C>>
  if (!result.ok) throw new Error(`${channel} refused: ${result.code} ${result.message}`)
  return result.data
}

/** `apiCall` on one server, in the shape the shared test helpers take (e.g. `receiveStock`). */
export const viaApi =
  (web: Pick<WebApp, 'port' | 'token'>): ChannelCall =>
  (channel, input) =>
    apiCall(web, channel, input)
