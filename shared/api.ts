import type { Channel, InputOf, OutputOf } from './contract'
import type { Result } from './result'

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type ActionOf<C extends string, D extends string> = C extends `${D}:${infer A}` ? A : never
type Join<D extends string, A extends string> = Extract<`${D}:${A}`, Channel>

/** `window.etalase`: one async function per channel, grouped by domain (`etalase.sales.checkout`). */
export type EtalaseApi = {
  [D in DomainOf<Channel>]: {
    [A in ActionOf<Channel, D>]: (
      input: InputOf<Join<D, A>>,
    ) => Promise<Result<OutputOf<Join<D, A>>>>
  }
}

/** Single-use approval grants travel beside the input of the one call they authorise. */
export interface CallOptions {
  grants?: string[]
  /** The calling window's language: main's messages answer in it (`id` / `en`). */
  locale?: 'id' | 'en'
}

export type Invoke = (
  channel: string,
  input: unknown,
  options?: CallOptions,
) => Promise<Result<unknown>>

/**
 * Builds the API object from the channel names and one transport function. Used by the
 * preload (over ipcRenderer.invoke) and by browser mode (over HTTP), so both expose
 * exactly the contract and nothing else.
 */
export function buildApi(names: readonly string[], invoke: Invoke): EtalaseApi {
  const api: Record<
    string,
    Record<string, (input: unknown, options?: CallOptions) => Promise<Result<unknown>>>
  > = {}
  for (const name of names) {
    const at = name.indexOf(':')
    const domain = name.slice(0, at)
    const action = name.slice(at + 1)
    api[domain] ??= {}
    api[domain][action] = (input: unknown, options?: CallOptions) => invoke(name, input, options)
  }
  return api as unknown as EtalaseApi
}
