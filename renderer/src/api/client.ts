import type { Channel, InputOf, OutputOf } from '../../../shared/contract'
import type { CallOptions } from '../../../shared/api'
import type { Err, Result } from '../../../shared/result'
import { api } from './transport'

/** An `{ ok: false }` result as an exception, so react-query and forms can handle it. */
export class ApiError extends Error {
  constructor(readonly err: Err) {
    super(err.message)
    this.name = 'ApiError'
  }
  get code() {
    return this.err.code
  }
  /** Field path → translated message, for showing errors next to inputs. */
  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.err.issues ?? []).map((i) => [i.path, i.message]))
  }
}

export async function call<C extends Channel>(
  channel: C,
  input: InputOf<C>,
  options?: CallOptions,
): Promise<OutputOf<C>> {
  const at = channel.indexOf(':')
  const group = (
    api as unknown as Record<
      string,
      Record<string, (i: unknown, o?: CallOptions) => Promise<Result<unknown>>>
    >
  )[channel.slice(0, at)]
  const fn = group?.[channel.slice(at + 1)]
  if (!fn) throw new Error(`No API function for ${channel}`)
  const result = await fn(input, options)
  if (!result.ok) throw new ApiError(result)
  return result.data as OutputOf<C>
}
